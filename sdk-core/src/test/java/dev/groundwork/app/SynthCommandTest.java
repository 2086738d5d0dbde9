package dev.groundwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.Tier;
import dev.groundwork.cost.CostOptions;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.suppress.Suppressions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.Key;

class SynthCommandTest {

  @Test
  void printsTheProblemsAndExits2OnInvalidInput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(() -> new PlatformApp(PlatformAppProps.builder()
            .name("orders").team("payments").costCenter("cc-1")
            .addEnvironments(EnvironmentProps.of("dev", "12", "eu-west-1", Tier.DEV)).build()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("the app description is invalid", "[ACCOUNT_ID_FORMAT]", "'12'")
        .endsWith(SynthCommand.RESULT_PREFIX + "invalid app: 1 problem" + System.lineSeparator())
        .doesNotContain("\tat ");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /** One key (1.00 a month) against a 0.50 budget graded ERROR: the budget fails synthesis. */
  @Test
  void printsTheCostTableAfterThePolicyReportAndFailsOnABudgetErrorWhenAsked(@TempDir Path outdir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(() -> {
          PlatformApp app = new PlatformApp(PlatformAppProps.builder()
              .name("orders").team("payments").costCenter("cc-1").outdir(outdir)
              .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
              .cost(CostOptions.builder().putMonthlyBudgets("dev", new BigDecimal("0.50"))
                  .budgetSeverity(Severity.ERROR).build())
              .build());
          Key.Builder.create(app.environments().get(0).addStack("data"), "Key")
              .enableKeyRotation(true).removalPolicy(RemovalPolicy.RETAIN).build();
          return app;
        },
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(SynthCommand.POLICY_ERRORS);
    assertThat(printed).contains("GW_COST_MONTHLY_BUDGET", "over the budget of 0.50 USD", "dev (eu-west-1)",
        "by stack: orders-dev-data 1.00", "cost estimate: ");
    assertThat(printed.lines().filter(l -> l.startsWith("  data/Key "))).singleElement().asString()
        .contains("1.00", "Key");
    assertThat(printed.indexOf("cost estimate (USD")).isGreaterThan(printed.indexOf("policy: "));
    // The budget ERROR rejects the assembly: it and every report go beside the output directory.
    Path rejected = outdir.resolveSibling(outdir.getFileName() + ".rejected");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("rejected: the assembly and its reports are in "
        + rejected);
    assertThat(rejected.resolve("groundwork-cost.json")).isRegularFile();
    assertThat(rejected.resolve("groundwork-report.html")).isRegularFile();
    assertThat(rejected.resolve("groundwork-diagram-dev.svg")).isRegularFile();
  }

  @Test
  void aBlankSuppressionReasonIsInvalidInputNotABug(@TempDir Path outdir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(() -> {
          PlatformApp app = new PlatformApp(PlatformAppProps.builder()
              .name("orders").team("payments").costCenter("cc-1")
              .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
              .outdir(java.util.Optional.of(outdir.resolve("cdk.out"))).build());
          Suppressions.of(app.environments().get(0).addStack("data"))
              .add("GW_S3_BUCKET_TLS_REQUIRED", " ");
          return app;
        },
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("[SUPPRESSION_REASON_REQUIRED]", "reason must be")
        .doesNotContain("\tat ", "IllegalArgumentException");
  }

  @Test
  void underTheCdkCliTheReportGoesToStandardErrorSoStandardOutputStaysClean() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(SynthCommand.reportStream(Map.of("CDK_OUTDIR", "/tmp/cdk.out"), out, err)).isSameAs(err);
    assertThat(SynthCommand.reportStream(Map.of("PATH", "/usr/bin"), out, err)).isSameAs(out);
  }

  @Test
  void saysWhetherCdksOwnValidatorRuns() {
    assertThat(SynthCommand.cdkValidatorStatus("false")).startsWith("off");
    assertThat(SynthCommand.cdkValidatorStatus(null)).startsWith("on").contains("CDK_VALIDATION=false");
  }

  /** Mains as apps have them, for appOf. */
  public static final class MainOfAnApp {
    private MainOfAnApp() {}

    public static void main(String[] args) {
      SynthCommand.run(() -> {
        throw new IllegalStateException("appOf hands the factory over without calling it: " + String.join(" ", args));
      });
    }
  }

  public static final class MainWithoutRun {
    private MainWithoutRun() {}

    public static void main(String[] args) {}
  }

  public static final class MainRunningTwice {
    private MainRunningTwice() {}

    public static void main(String[] args) {
      SynthCommand.run(() -> null);
      SynthCommand.run(() -> null);
    }
  }

  @Test
  void appOfHandsOverTheFactoryAMainPassesToRunInsteadOfExiting() {
    Supplier<PlatformApp> factory = SynthCommand.appOf(MainOfAnApp.class, "a", "b");
    assertThatThrownBy(factory::get).hasMessageEndingWith("calling it: a b");
  }

  @Test
  void appOfNamesAMainThatDoesNotEndInRunExactlyOnce() {
    assertThatThrownBy(() -> SynthCommand.appOf(MainWithoutRun.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(MainWithoutRun.class.getName() + ".main() called SynthCommand.run 0 times; it must call it exactly "
            + "once, as its last statement");
    assertThatThrownBy(() -> SynthCommand.appOf(MainRunningTwice.class))
        .hasMessageContaining("called SynthCommand.run 2 times");
    assertThatThrownBy(() -> SynthCommand.appOf(SynthCommandTest.class))
        .hasMessage(SynthCommandTest.class.getName() + " has no public static void main(String[] args); give the class "
            + "whose main calls SynthCommand.run");
  }
}
