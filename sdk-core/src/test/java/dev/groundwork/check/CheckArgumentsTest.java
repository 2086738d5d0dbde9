package dev.groundwork.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckArgumentsTest {
  private static final Path BASE = Path.of("/repo");

  @Test
  void readsEveryOption() {
    CheckRequest request = CheckArguments.parse(List.of("--tier", "staging", "--tier", "prod=PROD",
        "--rules", "com.acme.AcmeRules", "--pack", "baseline", "--pack", "acme", "--disable", "GW_EC2_SG_NO_OPEN_EGRESS",
        "--regrade", "GW_S3_BUCKET_VERSIONING_ENABLED=info", "--suppressions", "policy/suppressions.yaml",
        "--output", "out", "templates", "cdk.out"), BASE);
    assertThat(request.paths()).containsExactly(Path.of("/repo/templates"), Path.of("/repo/cdk.out"));
    assertThat(request.tier()).isEqualTo(Tier.STAGING);
    assertThat(request.tierOf("prod")).isEqualTo(Tier.PROD);
    assertThat(request.tierOf("dev")).isEqualTo(Tier.STAGING);
    assertThat(request.rules()).containsExactly("com.acme.AcmeRules");
    assertThat(request.packs()).contains(List.of("baseline", "acme"));
    assertThat(request.disabled()).containsExactly("GW_EC2_SG_NO_OPEN_EGRESS");
    assertThat(request.severities()).containsEntry("GW_S3_BUCKET_VERSIONING_ENABLED", Severity.INFO);
    assertThat(request.suppressions()).contains(Path.of("/repo/policy/suppressions.yaml"));
    assertThat(request.output()).isEqualTo(Path.of("/repo/out"));
  }

  @Test
  void defaultsToProdEveryPackAndGroundworkReports() {
    CheckRequest request = CheckArguments.parse(List.of("templates"), BASE);
    assertThat(request.tier()).isEqualTo(Tier.PROD);
    assertThat(request.packs()).isEqualTo(Optional.empty());
    assertThat(request.output()).isEqualTo(Path.of("/repo/groundwork-reports"));
  }

  @Test
  void reportsEveryProblemOfTheCommandLineAtOnce() {
    assertThatThrownBy(() -> CheckArguments.parse(List.of("--tier", "QA", "--regrade", "GW_X_Y", "--bogus", "1",
        "--disable", "not-an-id", "--output"), BASE))
        .isInstanceOf(GroundworkValidationException.class)
        .satisfies(e -> assertThat(((GroundworkValidationException) e).problems()).extracting(Problem::code)
            .containsExactly("CHECK_TIER", "CHECK_REGRADE", "CHECK_OPTION_UNKNOWN", "CHECK_RULE_ID",
                "CHECK_OPTION_VALUE", "CHECK_PATHS_REQUIRED"));
  }

  @Test
  void aWrongCommandLineExitsWithTheInvalidInputStatusAndNoStackTrace(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CheckCommand.execute(List.of("--tier", "QA", "x"), dir, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), getClass().getClassLoader());
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("[CHECK_TIER] groundwork check: --tier must be")
        .endsWith(SynthCommand.RESULT_PREFIX + "invalid input: 1 problem" + System.lineSeparator())
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingPathOrARulesClassThatIsNotThereIsInvalidInput(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CheckCommand.execute(List.of("--rules", "com.acme.Missing", "no-such-dir"), dir,
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
        getClass().getClassLoader());
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("CHECK_RULES_CLASS", "com.acme.Missing (not on the class path)");
  }

  @Test
  void anEmptyDirectoryIsInvalidInput(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CheckCommand.execute(List.of("."), dir, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), getClass().getClassLoader());
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("CHECK_NOTHING_FOUND");
  }

  @Test
  void helpPrintsTheUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = CheckCommand.execute(List.of("--help"), BASE, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()), getClass().getClassLoader());
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CheckArguments.USAGE);
  }
}
