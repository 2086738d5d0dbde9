package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.formats.PolicyReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.services.s3.Bucket;

/** The one synth-based test class of this module: everything else reads fixtures. */
class SynthesisExtensionTest {
  /** Syntheses the extension ran for the class (into its own temporary directory). */
  private static final AtomicInteger CACHED_SYNTHESES = new AtomicInteger();
  /** Every call of the factory, including synthesizeInto. */
  private static final AtomicInteger SYNTHESES = new AtomicInteger();

  private static final List<SynthResult> STEPS_SEEN = new CopyOnWriteArrayList<>();

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    SYNTHESES.incrementAndGet();
    if (outdir.getParent().getFileName().toString().startsWith("groundwork-synth-")) {
      CACHED_SYNTHESES.incrementAndGet();
    }
    return smallApp(outdir);
  }).afterSynthesis(result -> STEPS_SEEN.add(result));

  static PlatformApp smallApp(Path outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("web").costCenter("cc-7")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .outdir(Optional.of(outdir))
        .build());
    for (PlatformEnvironment env : app.environments()) {
      new Bucket(env.addStack("data"), "Uploads");
    }
    return app;
  }

  private static SynthesizedApp fromBeforeAll;

  @BeforeAll
  static void lifecycleMethodsCanTakeTheAppToo(SynthesizedApp app) {
    fromBeforeAll = app;
  }

  @Nested
  class Injection {
    @Test
    void injectsTheSynthesizedApp(SynthesizedApp app) {
      assertThat(app).hasEnvironments("dev", "prod").hasStackNamesFollowingConvention("shop");
      assertThat(app).environment("prod").resourcesOfType("AWS::S3::Bucket").singleResource()
          .hasConstructPath("prod/data/Uploads/Resource").isRetained().hasTags("environment", "team", "cost-center");
    }

    @Test
    void injectsAllTemplatesAndTheRawResult(Templates templates, SynthResult result) {
      assertThat(templates).hasResourceCount("AWS::S3::Bucket", 2);
      assertThat(result.stacks()).extracting(s -> s.stackName()).containsExactly("shop-dev-data", "shop-prod-data");
    }

    @Test
    void injectsTheReportSynthesisReturnedNotACopyReadFromItsFile(PolicyReport report, SynthResult result) {
      assertThat(report).isSameAs(result.policy());
      assertThat(report.stacks()).hasSize(2);
      assertThat(result.assemblyDirectory().resolve(PolicyReports.JSON_FILE)).isRegularFile();
    }

    @Test
    void runsTheAfterSynthesisStepOnceOnTheResultTestsSee(SynthResult result) {
      assertThat(STEPS_SEEN).containsOnlyOnce(result);
    }

    @Test
    void synthesizesOncePerClassAcrossTestsNestedClassesAndLifecycleMethods(SynthesizedApp app) {
      assertThat(CACHED_SYNTHESES.get()).isEqualTo(1);
      assertThat(app).isSameAs(fromBeforeAll);
    }

    @Test
    void writesIntoATemporaryDirectory(SynthesizedApp app) {
      // cdk.out, or cdk.out.rejected where the policy check finds an ERROR, in a directory of its own.
      assertThat(app.assemblyDirectory().getParent().getFileName().toString()).startsWith("groundwork-synth-");
      assertThat(app.assemblyDirectory().getFileName().toString()).startsWith("cdk.out");
      assertThat(app.assemblyDirectory().resolve("manifest.json")).isRegularFile();
    }
  }

  @Nested
  class SynthesizingAgain {
    @Test
    void synthesizeIntoBypassesTheCache(@TempDir Path dir) throws Exception {
      int before = SYNTHESES.get();
      SynthesizedApp again = SYNTH.synthesizeInto(dir.resolve("cdk.out"));
      assertThat(SYNTHESES.get()).isEqualTo(before + 1);
      // The small app's plain buckets fail baseline rules: its assembly is the rejected one, beside cdk.out.
      assertThat(again.assemblyDirectory()).isEqualTo(dir.resolve("cdk.out.rejected"));
      assertThat(STEPS_SEEN).as("the after-synthesis step runs again too")
          .anySatisfy(result -> assertThat(result.assemblyDirectory()).isEqualTo(again.assemblyDirectory()));
      assertThat(Files.readString(again.stack("shop-prod-data").templatePath().orElseThrow())).contains("AWS::S3::Bucket");
    }
  }

  @Nested
  class CdkValidatorSetting {
    @Test
    void theBuildRunsTestsWithTheValidatorOff() {
      assertThat(System.getenv(SynthesisExtension.VARIABLE)).isEqualTo("false");
    }

    @Test
    void offIsRequiredByDefaultAndTheMessageSaysWhereToSetIt() {
      assertThatCode(() -> SynthesisExtension.requireCdkValidationSetting("false", false)).doesNotThrowAnyException();
      assertThatExceptionOfType(ExtensionConfigurationException.class)
          .isThrownBy(() -> SynthesisExtension.requireCdkValidationSetting(null, false))
          .withMessageContaining("CDK_VALIDATION is not set in this JVM's environment")
          .withMessageContaining("<environmentVariables><CDK_VALIDATION>false</CDK_VALIDATION></environmentVariables>")
          .withMessageContaining("cannot be changed from inside it")
          .withMessageContaining("withCdkValidator()");
      assertThatExceptionOfType(ExtensionConfigurationException.class)
          .isThrownBy(() -> SynthesisExtension.requireCdkValidationSetting("true", false))
          .withMessageContaining("CDK_VALIDATION is 'true'");
    }

    @Test
    void optingInRequiresTheValidatorToBeReallyOn() {
      assertThatCode(() -> SynthesisExtension.requireCdkValidationSetting(null, true)).doesNotThrowAnyException();
      assertThatExceptionOfType(ExtensionConfigurationException.class)
          .isThrownBy(() -> SynthesisExtension.requireCdkValidationSetting("false", true))
          .withMessageContaining("asks for CDK's built-in validator")
          .withMessageContaining("-Dgroundwork.cdkValidation=true");
    }
  }
}
