package dev.groundwork.replacement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.app.SynthResult;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.policy.suppress.Suppressions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * The guard end to end: a real app synthesized twice into the same output directory, the second
 * time with that directory as the previous assembly (read before it is replaced) and three
 * buckets renamed: one acknowledged, one acknowledged with an expired date, one not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviousAssemblySynthTest {
  private Path dir;
  private SynthResult second;

  private PlatformApp app(Path outdir, Optional<Path> previous, String suffix) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders").team("payments").costCenter("cc-1").outdir(outdir).previousAssembly(previous)
        .policy(PolicyOptions.builder().packs().build())
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .build());
    Stack data = app.environments().get(0).addStack("data");
    for (String name : new String[] {"Acknowledged", "Expired", "Unacknowledged"}) {
      Bucket bucket = Bucket.Builder.create(data, name).bucketName("orders-" + name.toLowerCase() + suffix)
          .removalPolicy(RemovalPolicy.RETAIN).build();
      if (!suffix.isEmpty() && !name.equals("Unacknowledged")) {
        LocalDate until = name.equals("Expired") ? LocalDate.now().minusDays(1) : LocalDate.now().plusDays(30);
        Suppressions.of(bucket).add("GW_REPLACE_STATEFUL_REPLACED",
            "bucket is empty; renamed to the new naming scheme in OPS-7", until);
      }
    }
    return app;
  }

  @BeforeAll
  void synthesizeTwiceIntoTheSameDirectory(@TempDir Path dir) {
    this.dir = dir;
    Path outdir = dir.resolve("cdk.out");
    app(outdir, Optional.empty(), "").synth();
    second = app(outdir, Optional.of(outdir), "-v2").synth();
  }

  @Test
  void reportsTheUnacknowledgedReplacementAndTheExpiredAcknowledgement() {
    assertThat(second.policy().findings()).extracting(f -> f.ruleId().value() + " " + f.constructPath())
        .containsExactlyInAnyOrder(
            "GW_REPLACE_STATEFUL_REPLACED dev/data/Unacknowledged/Resource",
            "GW_REPLACE_STATEFUL_REPLACED dev/data/Expired/Resource",
            "GW_POLICY_SUPPRESSION_EXPIRED dev/data/Expired");
    assertThat(second.policy().suppressed()).extracting(s -> s.finding().constructPath())
        .containsExactly("dev/data/Acknowledged/Resource");
    assertThat(second.policy().findings()).filteredOn(f -> f.constructPath().contains("Unacknowledged"))
        .extracting(Finding::message).singleElement().asString()
        .contains("BucketName changed", "orphaned with the data (UpdateReplacePolicy Retain)");
  }

  @Test
  void theFindingsAreInTheWrittenReportsAndTheirRulesInTheSarifCatalog() throws Exception {
    String json = Files.readString(second.assemblyDirectory().resolve(PolicyReports.JSON_FILE));
    assertThat(json).contains("GW_REPLACE_STATEFUL_REPLACED");
    String sarif = Files.readString(second.assemblyDirectory().resolve(PolicyReports.SARIF_FILE));
    assertThat(sarif).contains("GW_REPLACE_STATELESS_REPLACED", "GW_REPLACE_RETAINED_ORPHANED");
  }

  @Test
  void aMissingPreviousAssemblyIsInvalidInputWithoutAStackTrace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(() -> app(dir.resolve("third"), Optional.of(dir.resolve("nowhere")), ""),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("[PREVIOUS_ASSEMBLY_MISSING]", "nowhere", "leave it unset for a first deployment")
        .doesNotContain("\tat ");
  }
}
