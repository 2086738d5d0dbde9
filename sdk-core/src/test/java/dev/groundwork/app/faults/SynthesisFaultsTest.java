package dev.groundwork.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.app.SynthResult;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * Faults during synthesis: each test injects one and checks what the user sees and that the
 * output directory holds the previous complete assembly, with nothing half-written beside it.
 */
class SynthesisFaultsTest {
  private static final String MARKER = "previous-assembly.marker";
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(2);

  @TempDir Path tmp;
  private Path outdir;

  @BeforeEach
  void setUp() {
    outdir = tmp.resolve("cdk.out");
  }

  @Nested
  class InTheConstructs {
    @Test
    void aConstructThatFailsValidationNamesTheEnvironmentAndKeepsThePreviousAssembly() throws IOException {
      previousGoodAssembly();
      Run run = execute(() -> {
        PlatformApp app = FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {});
        Stack broken = app.environment("prod").addStack("broken");
        broken.getNode().addValidation(() -> List.of("the queue needs a dead-letter queue"));
        return app;
      });
      assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(run.err.lines().findFirst().orElseThrow())
          .startsWith("[groundwork] synthesis of environment prod (2/2, PROD tier, 333333333333/eu-west-1) failed: ")
          .contains(outdir.toString(), "was not changed");
      assertThat(run.err).contains("the queue needs a dead-letter queue")
          .endsWith(SynthCommand.RESULT_PREFIX + "synthesis of environment 'prod' failed" + System.lineSeparator())
          .doesNotContain("\tat ");
      assertPreviousAssemblyIntactAndNothingStaged();
    }

    @Test
    void aConstructCallbackThatThrowsNamesTheEnvironmentAndKeepsThePreviousAssembly() throws IOException {
      previousGoodAssembly();
      Run run = execute(() -> FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {
        throw new IllegalStateException("the aspect cannot read its settings");
      }));
      assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(run.err.lines().findFirst().orElseThrow())
          .startsWith("[groundwork] synthesis of environment prod (2/2")
          .contains("the aspect cannot read its settings");
      assertThat(run.err).doesNotContain("\tat ");
      assertPreviousAssemblyIntactAndNothingStaged();
    }

    /**
     * A bucket in one stack lets a role of another read it through its own policy (the readers'
     * stack uses the bucket) and its bucket policy names the role (the bucket's stack uses the
     * role): each stack depends on the other.
     */
    @Test
    void aDependencyCycleNamesBothStacksAndBothReferencesInOneLine() throws IOException {
      previousGoodAssembly();
      Run run = execute(() -> {
        PlatformApp app = FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {});
        Stack storage = app.environment("prod").addStack("storage");
        Stack readers = app.environment("prod").addStack("readers");
        Bucket files = Bucket.Builder.create(storage, "Files").build();
        Role reader = Role.Builder.create(readers, "Reader").assumedBy(new ServicePrincipal("ec2.amazonaws.com")).build();
        files.grantRead(reader);
        files.addToResourcePolicy(PolicyStatement.Builder.create().principals(List.of(reader))
            .actions(List.of("s3:GetObject")).resources(List.of(files.arnForObjects("*"))).build());
        return app;
      });
      assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(run.err.lines().toList()).hasSize(2);
      assertThat(run.err.lines().findFirst().orElseThrow())
          .startsWith("[groundwork] synthesis of environment prod (2/2, PROD tier, 333333333333/eu-west-1) failed: stacks ")
          .contains("faulty-prod-storage", "faulty-prod-readers", " depend on each other: ",
              "faulty-prod-readers uses prod/storage/Files/Resource.Arn",
              "faulty-prod-storage uses prod/readers/Reader/Resource.Arn",
              "getting-started guide, \"A dependency cycle between stacks\"", outdir + " was not changed")
          .doesNotContain("DependencyCycle", "would create a cyclic reference");
      assertThat(run.err).endsWith(SynthCommand.RESULT_PREFIX + "dependency cycle between stacks "
          + "faulty-prod-storage and faulty-prod-readers" + System.lineSeparator());
      assertPreviousAssemblyIntactAndNothingStaged();
    }

    @Test
    void aThrowingRuleIsAnErrorFindingOnTheResourceAndTheReportsAreStillWritten() throws IOException {
      RuleInfo info = RuleInfo.builder("ACME_BROKEN_RULE").title("t").severity(Severity.INFO)
          .resourceTypes("AWS::SQS::Queue").rationale("r").remediation("m").build();
      PolicyOptions broken = PolicyOptions.builder()
          .addRules(Rule.of(info, ctx -> { throw new IllegalStateException("boom"); })).build();
      SynthResult result = FaultyApp.build(outdir, broken, () -> {}).synth();
      assertThat(result.policy().errors()).filteredOn(f -> f.ruleId().value().equals("GW_POLICY_RULE_FAILED"))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.message()).contains("rule ACME_BROKEN_RULE failed", "boom"))
          .anySatisfy(f -> assertThat(f.constructPath()).contains("Jobs"));
      // An ERROR rejects the assembly: it and its reports go beside the output directory.
      Path rejected = outdir.resolveSibling(outdir.getFileName() + ".rejected");
      assertThat(result.assemblyDirectory()).isEqualTo(rejected);
      assertThat(rejected.resolve("groundwork-report.json")).content().contains("GW_POLICY_RULE_FAILED");
      assertThat(rejected.resolve("groundwork-report.sarif")).isRegularFile();
    }

    @Test
    void aSuccessfulSynthesisReplacesThePreviousAssemblyWhole() throws IOException {
      previousGoodAssembly();
      SynthResult result = FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}).synth();
      assertThat(result.assemblyDirectory()).isEqualTo(outdir);
      assertThat(outdir.resolve(MARKER)).doesNotExist();
      assertThat(result.templatePaths()).allSatisfy(p -> assertThat(p).startsWith(outdir).isRegularFile());
      assertThat(result.app().stacks()).allSatisfy(s -> assertThat(s.templatePath().orElseThrow()).isRegularFile());
      assertThat(outdir.resolve("groundwork-report.json")).isRegularFile();
      assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSecondSynthOfTheSameAppFailsClearlyAndLeavesItsAssemblyAlone() throws IOException {
      PlatformApp app = FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {});
      app.synth();
      Files.writeString(outdir.resolve(MARKER), "previous");
      assertThatThrownBy(app::synth).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("PlatformApp 'faulty' has already been synthesized into " + outdir)
          .hasMessageContaining("create a new PlatformApp");
      assertPreviousAssemblyIntactAndNothingStaged();
    }
  }

  @Nested
  class OutputDirectoryCannotBeWritten {
    @Test
    void aReadOnlyOutputDirectoryIsNamedWithTheFixBeforeAnythingIsSynthesized() throws IOException {
      previousGoodAssembly();
      ReadOnly.make(outdir);
      try {
        Run run = execute(() -> FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}));
        assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
        assertThat(run.err).contains("cannot write the cloud assembly to " + outdir + ": the directory is read-only",
                "chmod -R u+w " + outdir, "PlatformAppProps.outdir (or CDK_OUTDIR)")
            .endsWith(SynthCommand.RESULT_PREFIX + "output directory not writable" + System.lineSeparator())
            .doesNotContain("\tat ", "Exception");
      } finally {
        ReadOnly.undo(outdir);
      }
      assertPreviousAssemblyIntactAndNothingStaged();
    }

    @Test
    void aReadOnlyParentDirectoryIsNamedWithTheFix() throws IOException {
      Path parent = Files.createDirectories(tmp.resolve("locked"));
      ReadOnly.make(parent);
      try {
        Path inside = parent.resolve("cdk.out");
        Run run = execute(() -> FaultyApp.build(inside, PolicyOptions.defaults(), () -> {}));
        assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
        assertThat(run.err).contains("cannot write the cloud assembly to " + inside,
                "its parent directory " + parent + " cannot be written", "Make " + parent + " a writable directory")
            .doesNotContain("\tat ");
      } finally {
        ReadOnly.undo(parent);
      }
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamedWithTheFix() throws IOException {
      Files.writeString(outdir, "not a directory");
      Run run = execute(() -> FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}));
      assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(run.err).contains(outdir + ": a file is where the directory should be",
              "Move or delete that file")
          .doesNotContain("\tat ");
      assertThat(outdir).hasContent("not a directory");
    }

    @Test
    void aFileWhereTheParentShouldBeIsNamedWithTheFix() throws IOException {
      Path file = Files.writeString(tmp.resolve("build"), "a file");
      Path inside = file.resolve("cdk.out");
      Run run = execute(() -> FaultyApp.build(inside, PolicyOptions.defaults(), () -> {}));
      assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(run.err).contains("cannot write the cloud assembly to " + inside, "Make " + file)
          .doesNotContain("\tat ");
    }

    @Test
    void aDirectoryHoldingOtherFilesIsNotReplaced() throws IOException {
      Files.createDirectories(outdir);
      Files.writeString(outdir.resolve("notes.txt"), "keep me");
      Run run = execute(() -> FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}));
      assertThat(run.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(run.err).contains(outdir + " holds files but no cloud assembly", "new or empty directory");
      assertThat(outdir.resolve("notes.txt")).hasContent("keep me");
    }
  }

  /** Faults that end a process: the app runs in a JVM of its own ({@link FaultyApp#main}). */
  @Nested
  class InAJvmOfItsOwn {
    @Test
    void nodeKilledMidSynthesisNamesTheEnvironmentExitsNonZeroAndKeepsThePreviousAssembly() throws Exception {
      previousGoodAssembly();
      Path stdout = tmp.resolve("stdout.txt");
      Path stderr = tmp.resolve("stderr.txt");
      Process child = launch("kill-node").redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      assertThat(child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("child ended").isTrue();
      String err = Files.readString(stderr);
      assertThat(child.exitValue()).as(err).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
      assertThat(err.lines().filter(l -> l.startsWith("[groundwork] synthesis of")).toList())
          .singleElement().asString()
          .startsWith("[groundwork] synthesis of environment prod (2/2, PROD tier, 333333333333/eu-west-1) failed: "
              + "the Node.js process that jsii runs AWS CDK in ended unexpectedly")
          .contains(outdir.toString());
      assertThat(err).contains(SynthCommand.RESULT_PREFIX + "synthesis of environment 'prod' failed")
          .doesNotContain("\tat ");
      assertPreviousAssemblyIntactAndNothingStaged();
    }

    @Test
    void aSecondSynthesisFailsClearlyWhileOneRunsAndSigtermEndsNodeAndRemovesTheStagedAssembly() throws Exception {
      previousGoodAssembly();
      Process child = launch("hang").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try {
        long nodePid = awaitHanging(child);
        ProcessHandle node = ProcessHandle.of(nodePid).orElseThrow();
        assertThat(leftovers()).as("the running synthesis stages beside the output directory").hasSize(1);

        Run second = execute(() -> FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}));
        assertThat(second.status).isEqualTo(SynthCommand.SYNTHESIS_FAILED);
        assertThat(second.err)
            .contains("another synthesis is writing the cloud assembly " + outdir,
                "process " + child.pid() + " holds the lock", "give each job its own output directory")
            .endsWith(SynthCommand.RESULT_PREFIX + "output directory in use by another synthesis"
                + System.lineSeparator());
        assertThat(outdir.resolve(MARKER)).hasContent("previous");

        child.destroy(); // SIGTERM
        assertThat(child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("JVM ended on SIGTERM").isTrue();
        assertThat(child.exitValue()).isNotZero();
        assertThat(node.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("Node.js ended with the JVM").isFalse();
        assertPreviousAssemblyIntactAndNothingStaged();
      } finally {
        child.destroyForcibly();
      }
      SynthResult after = FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}).synth();
      assertThat(after.templatePaths()).allSatisfy(p -> assertThat(p).isRegularFile());
    }

    private long awaitHanging(Process child) throws Exception {
      CompletableFuture<Long> hanging = CompletableFuture.supplyAsync(() -> {
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = reader.readLine()) != null) {
            if (line.startsWith(FaultyApp.HANGING)) {
              return Long.parseLong(line.substring(FaultyApp.HANGING.length()));
            }
          }
          throw new IllegalStateException("the child ended before it hung, exit " + child.waitFor());
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      return hanging.get(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private ProcessBuilder launch(String mode) {
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      return new ProcessBuilder(java.toString(), "-cp", classpath, FaultyApp.class.getName(), mode,
          outdir.toString());
    }
  }

  private void previousGoodAssembly() throws IOException {
    FaultyApp.build(outdir, PolicyOptions.defaults(), () -> {}).synth();
    Files.writeString(outdir.resolve(MARKER), "previous");
  }

  private void assertPreviousAssemblyIntactAndNothingStaged() throws IOException {
    assertThat(outdir.resolve(MARKER)).hasContent("previous");
    assertThat(outdir.resolve("manifest.json")).isRegularFile();
    assertThat(leftovers()).isEmpty();
  }

  /** Staging or previous directories beside the output directory. */
  private List<Path> leftovers() throws IOException {
    try (Stream<Path> siblings = Files.list(outdir.getParent())) {
      return siblings.filter(p -> p.getFileName().toString().startsWith(".cdk.out.")
          && !p.getFileName().toString().endsWith(".lock")).toList();
    }
  }

  private static Run execute(Supplier<PlatformApp> app) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SynthCommand.execute(app, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String err) {}

  /**
   * Makes a directory unwritable for this process: by permissions, or, for root (whom permissions
   * do not stop), with the file system's immutable attribute.
   */
  private static final class ReadOnly {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    static void make(Path dir) throws IOException {
      if (ROOT) {
        run("chattr", "+i", dir);
      } else {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
      }
    }

    static void undo(Path dir) throws IOException {
      if (ROOT) {
        run("chattr", "-i", dir);
      } else {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
    }

    private static void run(String command, String flag, Path dir) throws IOException {
      try {
        Process process = new ProcessBuilder(command, flag, dir.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
          throw new IOException(command + " " + flag + " " + dir + " failed");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }
}
