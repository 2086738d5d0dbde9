package dev.groundwork.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.SynthesisFailedException;
import dev.groundwork.replacement.PreviousAssembly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssemblyDirectoryTest {
  @TempDir Path dir;

  @Test
  void defaultsToCdkOutInTheWorkingDirectory() {
    assertThat(AssemblyDirectory.resolve(Optional.empty(), null))
        .isEqualTo(Paths.get("cdk.out").toAbsolutePath());
  }

  @Test
  void honoursTheCdkCliOutdirOverTheConfiguredOne() {
    assertThat(AssemblyDirectory.resolve(Optional.of(dir.resolve("mine")), dir.resolve("cli").toString()))
        .isEqualTo(dir.resolve("cli"));
    assertThat(AssemblyDirectory.resolve(Optional.of(dir.resolve("mine")), ""))
        .isEqualTo(dir.resolve("mine"));
  }

  @Test
  void stagesBesideTheOutputDirectoryAndReplacesItWholeOnCommit() throws IOException {
    Path outdir = previousAssembly();
    AssemblyDirectory assembly = AssemblyDirectory.prepare(outdir);
    assertThat(assembly.staging().getParent()).isEqualTo(dir);
    assertThat(assembly.staging()).isEmptyDirectory();
    Files.writeString(assembly.staging().resolve("manifest.json"), "{\"new\": true}");
    assembly.lock();
    assembly.commit();
    assertThat(outdir.resolve("manifest.json")).hasContent("{\"new\": true}");
    assertThat(outdir.resolve("assembly-dev")).as("stacks removed from the code do not linger").doesNotExist();
    assertThat(besideOutdir()).containsOnly(".cdk.out.lock");
  }

  @Test
  void discardKeepsThePreviousAssembly() throws IOException {
    Path outdir = previousAssembly();
    AssemblyDirectory assembly = AssemblyDirectory.prepare(outdir);
    Files.writeString(assembly.staging().resolve("half-written.template.json"), "{");
    assembly.lock();
    assembly.discard();
    assertThat(outdir.resolve("assembly-dev/removed-stack.template.json")).exists();
    assertThat(besideOutdir()).containsOnly(".cdk.out.lock");
  }

  @Test
  void commitRemovesWhatAKilledProcessLeftBeside() throws IOException {
    Path outdir = previousAssembly();
    long deadPid = new ProcessBuilder("true").start().onExit().join().pid();
    Files.createDirectories(dir.resolve(".cdk.out.staging-" + deadPid + "-1/assembly-dev"));
    Files.createDirectories(dir.resolve(".cdk.out.staging-" + ProcessHandle.current().pid() + "-999"));
    AssemblyDirectory assembly = AssemblyDirectory.prepare(outdir);
    assembly.lock();
    assembly.commit();
    assertThat(besideOutdir()).containsOnly(".cdk.out.lock",
        ".cdk.out.staging-" + ProcessHandle.current().pid() + "-999");
  }

  @Test
  void aSecondLockOnTheSameOutputDirectoryFailsNamingIt() throws IOException {
    Path outdir = previousAssembly();
    AssemblyDirectory first = AssemblyDirectory.prepare(outdir);
    AssemblyDirectory second = AssemblyDirectory.prepare(outdir);
    first.lock();
    try {
      assertThatThrownBy(second::lock).isInstanceOf(SynthesisFailedException.class)
          .hasMessageContaining("another synthesis is writing the cloud assembly " + outdir)
          .hasMessageContaining("process " + ProcessHandle.current().pid() + " holds the lock");
    } finally {
      first.discard();
      second.discard();
    }
    AssemblyDirectory third = AssemblyDirectory.prepare(outdir);
    third.lock();
    third.discard();
  }

  @Test
  void theCdkClisLockFileIsNotOtherFilesAndSurvivesTheReplacement() throws IOException {
    Path outdir = Files.createDirectories(dir.resolve("cdk.out"));
    Files.writeString(outdir.resolve("synth.lock"), "4242");
    AssemblyDirectory assembly = AssemblyDirectory.prepare(outdir);
    assembly.lock();
    assembly.commit();
    assertThat(outdir.resolve("synth.lock")).hasContent("4242");
  }

  @Test
  void aRejectedAssemblyGoesBesideTheOutputDirectoryWhichKeepsTheLastOneThatPassed() throws IOException {
    Path outdir = previousAssembly();
    AssemblyDirectory assembly = AssemblyDirectory.prepare(outdir);
    Files.writeString(assembly.staging().resolve("manifest.json"), "{\"rejected\": 1}");
    assembly.lock();
    Path rejected = assembly.reject("2 policy errors");
    assertThat(rejected).isEqualTo(dir.resolve("cdk.out.rejected"));
    assertThat(rejected.resolve("manifest.json")).hasContent("{\"rejected\": 1}");
    assertThat(rejected.resolve(PreviousAssembly.REJECTED_MARKER)).content()
        .contains("rejected: 2 policy errors", outdir.toString());
    assertThat(outdir.resolve("manifest.json")).as("the last assembly that passed").hasContent("{}");
    assertThat(outdir.resolve("assembly-dev/removed-stack.template.json")).exists();
    assertThat(besideOutdir()).containsOnly(".cdk.out.lock", "cdk.out.rejected");
  }

  @Test
  void aSecondRejectionReplacesTheFirstAndAnAcceptedSynthesisRemovesIt() throws IOException {
    Path outdir = previousAssembly();
    for (int run = 1; run <= 2; run++) {
      AssemblyDirectory assembly = AssemblyDirectory.prepare(outdir);
      Files.writeString(assembly.staging().resolve("manifest.json"), "{\"run\": " + run + "}");
      assembly.lock();
      assembly.reject("1 policy error");
    }
    assertThat(dir.resolve("cdk.out.rejected/manifest.json")).hasContent("{\"run\": 2}");
    AssemblyDirectory accepted = AssemblyDirectory.prepare(outdir);
    Files.writeString(accepted.staging().resolve("manifest.json"), "{\"run\": 3}");
    accepted.lock();
    accepted.commit();
    assertThat(outdir.resolve("manifest.json")).hasContent("{\"run\": 3}");
    assertThat(besideOutdir()).as("a rejection an accepted synthesis superseded").containsOnly(".cdk.out.lock");
  }

  @Test
  void aDirectoryOfTheRejectedNameThatGroundworkDidNotWriteIsNeverDeleted() throws IOException {
    Path outdir = previousAssembly();
    Path foreign = Files.createDirectories(dir.resolve("cdk.out.rejected"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    AssemblyDirectory rejecting = AssemblyDirectory.prepare(outdir);
    rejecting.lock();
    assertThatThrownBy(() -> rejecting.reject("1 policy error")).isInstanceOf(SynthesisFailedException.class)
        .hasMessageContaining("cannot put the rejected assembly at " + foreign)
        .hasMessageContaining(outdir + " keeps the last assembly that passed");
    rejecting.discard();
    AssemblyDirectory accepted = AssemblyDirectory.prepare(outdir);
    accepted.lock();
    accepted.commit();
    assertThat(foreign.resolve("notes.txt")).hasContent("mine");
  }

  private Path previousAssembly() throws IOException {
    Path outdir = dir.resolve("cdk.out");
    Files.createDirectories(outdir.resolve("assembly-dev"));
    Files.writeString(outdir.resolve("manifest.json"), "{}");
    Files.writeString(outdir.resolve("assembly-dev/removed-stack.template.json"), "{}");
    return outdir;
  }

  private List<String> besideOutdir() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("cdk.out")).toList();
    }
  }
}
