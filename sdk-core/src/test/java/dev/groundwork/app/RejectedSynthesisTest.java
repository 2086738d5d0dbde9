package dev.groundwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.replacement.PreviousAssembly;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.CfnDeletionPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.CfnDBCluster;

/**
 * A rejected synthesis never replaces the last good assembly: a database renamed in code (a new
 * logical id, so CloudFormation would replace it) is rejected by the replacement guard, and the
 * retry the docs describe, against {@code cdk.out}, is rejected the same way, because {@code
 * cdk.out} still holds the assembly that passed. Four syntheses through {@link SynthCommand}, as
 * {@code main} runs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedSynthesisTest {
  private Path outdir;
  private Path rejected;
  private Run good;
  private Run renamed;
  private Run retry;
  private String goodTemplate;

  record Run(int status, String out, String err) {}

  /** The app with its database under {@code databaseId}; the previous assembly as the options say. */
  private PlatformApp app(String databaseId, Optional<Path> previous) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("ledger").team("finance").costCenter("cc-9").outdir(outdir).previousAssembly(previous)
        .policy(PolicyOptions.builder().packs().build())
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .build());
    Stack data = app.environment("prod").addStack("data");
    CfnDBCluster database = CfnDBCluster.Builder.create(data, databaseId)
        .engine("aurora-postgresql").masterUsername("ledger").manageMasterUserPassword(true)
        .storageEncrypted(true).deletionProtection(true)
        .build();
    database.getCfnOptions().setDeletionPolicy(CfnDeletionPolicy.SNAPSHOT);
    database.getCfnOptions().setUpdateReplacePolicy(CfnDeletionPolicy.SNAPSHOT);
    return app;
  }

  private static Run run(Supplier<PlatformApp> app) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(app, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The data stack's template in {@code assembly}. */
  private static String template(Path assembly) throws IOException {
    try (Stream<Path> files = Files.list(assembly.resolve("assembly-prod"))) {
      Path template = files.filter(f -> f.getFileName().toString().endsWith(".template.json")).findFirst()
          .orElseThrow(() -> new AssertionError("no template in " + assembly));
      return Files.readString(template);
    }
  }

  @BeforeAll
  void synthesizeGoodThenRenamedThenRetry(@TempDir Path dir) throws IOException {
    outdir = dir.resolve("cdk.out");
    rejected = dir.resolve("cdk.out.rejected");
    good = run(() -> app("Ledger", Optional.empty()));
    assertThat(good.status()).as("the first synthesis: %s%s", good.out(), good.err()).isEqualTo(SynthCommand.OK);
    goodTemplate = template(outdir);
    // No previous assembly named: the guard compares with cdk.out, the last assembly that passed.
    renamed = run(() -> app("LedgerDatabase", Optional.empty()));
    // The documented retry: -Dgroundwork.previousAssembly=cdk.out.
    retry = run(() -> app("LedgerDatabase", Optional.of(outdir)));
  }

  @Test
  void theFirstSynthesisPassesIntoTheOutputDirectory() {
    assertThat(good.status()).as(good.err()).isEqualTo(SynthCommand.OK);
    assertThat(goodTemplate).contains("\"Ledger\"").doesNotContain("LedgerDatabase");
  }

  @Test
  void theRenameFailsAndSoDoesTheRetry() {
    for (Run run : new Run[] {renamed, retry}) {
      assertThat(run.status()).as(run.out() + run.err()).isEqualTo(SynthCommand.POLICY_ERRORS);
      assertThat(run.out()).contains("GW_REPLACE_STATEFUL", "prod/data/Ledger");
      assertThat(run.err()).contains("[groundwork] rejected: the assembly and its reports are in " + rejected,
          outdir + " keeps the last assembly that passed", SynthCommand.RESULT_PREFIX);
    }
  }

  @Test
  void theOutputDirectoryStillHoldsTheAssemblyThatPassed() throws IOException {
    assertThat(template(outdir)).isEqualTo(goodTemplate);
    assertThat(outdir.resolve(PreviousAssembly.REJECTED_MARKER)).doesNotExist();
  }

  @Test
  void theRejectedAssemblyAndItsReportsAreBesideIt() throws IOException {
    assertThat(template(rejected)).contains("LedgerDatabase");
    assertThat(rejected.resolve(PolicyReports.JSON_FILE)).content().contains("GW_REPLACE_STATEFUL");
    assertThat(rejected.resolve(PreviousAssembly.REJECTED_MARKER)).content().contains("policy error");
  }

  @Test
  void theRejectedAssemblyCannotBeThePreviousOne() {
    Run against = run(() -> app("LedgerDatabase", Optional.of(rejected)));
    assertThat(against.status()).isEqualTo(SynthCommand.INVALID_INPUT);
    assertThat(against.err()).contains("[PREVIOUS_ASSEMBLY_REJECTED]", rejected.toString(),
        "comparing with a rejected one would let the same change pass").doesNotContain("\tat ");
  }
}
