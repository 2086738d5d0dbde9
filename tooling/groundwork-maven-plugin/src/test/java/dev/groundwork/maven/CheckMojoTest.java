package dev.groundwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
  /** The hand-written templates groundwork-core's check is tested on. */
  private static final Path FIXTURES = Path.of("..", "..", "sdk-core", "src", "test", "resources", "dev",
      "groundwork", "check").toAbsolutePath().normalize();

  @TempDir Path dir;

  private CheckMojo mojo(String... paths) {
    CheckMojo mojo = new CheckMojo();
    mojo.paths = List.of(paths);
    mojo.tier = "PROD";
    mojo.basedir = dir.toFile();
    mojo.outputDirectory = dir.resolve("reports").toFile();
    return mojo;
  }

  @Test
  void policyErrorsFailTheBuildWithTheResultLineAndTheReportsAreWritten() {
    CheckMojo mojo = mojo(FIXTURES.resolve("mixed").toString());
    mojo.suppressions = FIXTURES.resolve("suppressions.yaml").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageMatching("[1-9][0-9]* policy errors").hasNoCause();
    assertThat(dir.resolve("reports/groundwork-report.sarif")).isNotEmptyFile();
    assertThat(dir.resolve("reports/groundwork-report.html")).isNotEmptyFile();
  }

  @Test
  void aTemplateWithoutErrorsPasses() throws Exception {
    Files.writeString(dir.resolve("handle.yaml"), "Resources:\n  Handle:\n    Type: AWS::CloudFormation::WaitConditionHandle\n");
    mojo("handle.yaml").execute();
    assertThat(Files.readString(dir.resolve("reports/groundwork-report.json"))).contains("\"passed\" : true");
  }

  @Test
  void parametersBecomeTheCommandLineOfTheCheck() {
    CheckMojo mojo = mojo("templates", "cdk.out");
    mojo.tiers = Map.of("dev", "DEV");
    mojo.rules = List.of("com.acme.AcmeRules");
    mojo.packs = List.of("acme");
    mojo.disabledRules = List.of("GW_EC2_SG_NO_OPEN_EGRESS");
    mojo.regrades = Map.of("GW_S3_BUCKET_VERSIONING_ENABLED", "INFO");
    mojo.suppressions = new File("suppressions.yaml");
    assertThat(mojo.arguments()).containsExactly("--tier", "PROD", "--tier", "dev=DEV", "--rules", "com.acme.AcmeRules",
        "--pack", "acme", "--disable", "GW_EC2_SG_NO_OPEN_EGRESS", "--regrade", "GW_S3_BUCKET_VERSIONING_ENABLED=INFO",
        "--suppressions", "suppressions.yaml", "--output", dir.resolve("reports").toString(), "templates", "cdk.out");
  }

  @Test
  void aWrongConfigurationFailsWithEveryProblemAndNoStackTrace() {
    CheckMojo mojo = mojo("templates");
    mojo.tier = "QA";
    mojo.regrades = Map.of("GW_X_Y", "LOUD");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("[CHECK_TIER]").hasMessageContaining("[CHECK_REGRADE]").hasNoCause();
  }

  @Test
  void rulesComeFromThePluginsClassPath() throws Exception {
    Files.writeString(dir.resolve("queue.json"), "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
    CheckMojo mojo = mojo("queue.json");
    mojo.rules = List.of(QueueRules.class.getName());
    mojo.packs = List.of("queues");
    assertThatThrownBy(mojo::execute).hasMessage("1 policy error");
    assertThat(Files.readString(dir.resolve("reports/groundwork-report.json"))).contains("ACME_QUEUE_NAMED");
  }

  @Test
  void skipDoesNothing() throws Exception {
    CheckMojo mojo = mojo("does-not-exist");
    mojo.skip = true;
    mojo.execute();
    assertThat(dir.resolve("reports")).doesNotExist();
  }
}
