package dev.groundwork.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
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
  void clearsAPreviousAssembly() throws IOException {
    Files.writeString(dir.resolve("manifest.json"), "{}");
    Files.createDirectories(dir.resolve("assembly-dev"));
    Files.writeString(dir.resolve("assembly-dev/removed-stack.template.json"), "{}");
    AssemblyDirectory.clearPreviousAssembly(dir);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void leavesADirectoryThatIsNotAnAssemblyAlone() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    AssemblyDirectory.clearPreviousAssembly(dir);
    assertThat(dir.resolve("notes.txt")).exists();
  }
}
