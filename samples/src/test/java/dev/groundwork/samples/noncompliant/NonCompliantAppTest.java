package dev.groundwork.samples.noncompliant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.policy.formats.PolicyReports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs the non-compliant app through the synth command once and reads what it reported. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonCompliantAppTest {

  int status;
  String console;
  JsonNode report;
  Path outdir;
  /** Where a rejected assembly and its reports go: beside the output directory, never into it. */
  Path rejected;

  @BeforeAll
  void synthesize() throws Exception {
    outdir = Files.createTempDirectory("noncompliant");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    status = SynthCommand.execute(() -> NonCompliantApp.create(Optional.of(outdir)),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    console = out.toString(StandardCharsets.UTF_8);
    rejected = outdir.resolveSibling(outdir.getFileName() + PlatformApp.REJECTED_SUFFIX);
    report = new ObjectMapper().readTree(rejected.resolve(PolicyReports.JSON_FILE).toFile());
  }

  Set<String> rules(String environment) {
    Set<String> ids = new HashSet<>();
    report.path("findings").forEach(f -> {
      if (f.path("environment").asText().equals(environment)) {
        ids.add(f.path("rule").asText());
      }
    });
    return ids;
  }

  @Nested
  class Synthesis {
    @Test
    void failsWithNonZeroExit() {
      assertThat(status).isEqualTo(SynthCommand.POLICY_ERRORS).isNotZero();
      assertThat(console).contains("policy: ", "FAILED");
    }

    @Test
    void writesTheThreeReportsNextToTheRejectedAssemblyAndLeavesTheOutputDirectoryAlone() {
      assertThat(rejected.resolve(PolicyReports.SARIF_FILE)).isRegularFile();
      assertThat(rejected.resolve(PolicyReports.JUNIT_FILE)).isRegularFile();
      assertThat(rejected.resolve("manifest.json")).isRegularFile();
      assertThat(outdir.resolve("manifest.json")).doesNotExist();
      assertThat(outdir.resolve(PolicyReports.JSON_FILE)).doesNotExist();
    }
  }

  @Nested
  class Findings {
    @Test
    void reportTheExpectedRules() {
      assertThat(rules("dev")).contains(
          "GW_S3_BUCKET_ENCRYPTION_REQUIRED", "GW_S3_BUCKET_PUBLIC_ACCESS_BLOCKED",
          "GW_S3_BUCKET_TLS_REQUIRED", "GW_EC2_SG_NO_OPEN_INGRESS", "GW_VPC_FLOW_LOGS_ENABLED",
          "GW_SQS_QUEUE_ENCRYPTED", "GW_SQS_QUEUE_TLS_REQUIRED", "GW_ENV_NO_PLAINTEXT_SECRETS",
          "GW_ENV_NO_HARDCODED_ENDPOINTS", "GW_IAM_NO_ADMINISTRATOR_ACCESS", "GW_LOGS_RETENTION_SET");
    }

    @Test
    void nameTheConstructAndTheOffendingValue() {
      assertThat(console).contains("dev/web/Bastion/Resource", "0.0.0.0/0 on tcp/ports 22-22",
          "fix: ");
    }

    @Test
    void escalateWarningsInProdOnly() {
      assertThat(report.path("findings")).anySatisfy(f -> {
        assertThat(f.path("rule").asText()).isEqualTo("GW_S3_BUCKET_VERSIONING_ENABLED");
        assertThat(f.path("environment").asText()).isEqualTo("prod");
        assertThat(f.path("severity").asText()).isEqualTo("ERROR");
      }).anySatisfy(f -> {
        assertThat(f.path("rule").asText()).isEqualTo("GW_S3_BUCKET_VERSIONING_ENABLED");
        assertThat(f.path("environment").asText()).isEqualTo("dev");
        assertThat(f.path("severity").asText()).isEqualTo("WARNING");
      });
    }

    @Test
    void listTheSuppressedFindingWithItsReason() {
      assertThat(report.path("suppressed")).anySatisfy(s -> {
        assertThat(s.path("rule").asText()).isEqualTo("GW_LOGS_KMS_ENCRYPTED");
        assertThat(s.path("reason").asText()).contains("DPO-7");
      });
    }

    @Test
    void raiseNoTagFindingsBecausePlatformAppTagsEverything() {
      assertThat(rules("dev")).doesNotContain("GW_TAGS_REQUIRED");
    }
  }
}
