package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heartbeat liveness command, run the way ECS runs a {@code CMD-SHELL} check: by {@code
 * /bin/sh -c} with the image's {@code date} and {@code stat}. Here that is the build machine's
 * POSIX shell and coreutils, as in the Debian and Ubuntu based images (the reference app's worker
 * runs on one).
 */
class LivenessHeartbeatTest {
  @TempDir
  Path directory;

  @Test
  void isWrittenForTheShell() {
    List<String> command = heartbeat(directory.resolve("heartbeat"), 120);
    assertThat(command).hasSize(2).first().isEqualTo("CMD-SHELL");
  }

  @Test
  void passesWhileTheProcessKeepsTouchingTheFile() throws Exception {
    Path file = Files.createFile(directory.resolve("heartbeat"));
    assertThat(run(heartbeat(file, 120))).isZero();
  }

  @Test
  void failsOnceTheFileIsOlderThanTheLimit() throws Exception {
    Path file = Files.createFile(directory.resolve("heartbeat"));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(180)));
    assertThat(run(heartbeat(file, 120))).isNotZero();
    assertThat(run(heartbeat(file, 300))).isZero();
  }

  @Test
  void failsBeforeTheFirstHeartbeat() throws Exception {
    assertThat(run(heartbeat(directory.resolve("never-written"), 120))).isNotZero();
  }

  private static List<String> heartbeat(Path file, int maxAgeSeconds) {
    return ContainerOptions.builder().image("repo:1.0").cpu(256).memoryMiB(512)
        .livenessHeartbeat(file.toString(), maxAgeSeconds).build().livenessCommand().orElseThrow();
  }

  /** The exit status of the check's shell command. */
  private static int run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("/bin/sh", "-c", command.get(1))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the check ends").isTrue();
    return process.exitValue();
  }
}
