package dev.groundwork.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.groundwork.core.NodeRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRuntimeTest {
  @TempDir Path dir;

  @Test
  void acceptsTheNodeOnThisMachine() {
    assertThat(NodeRuntime.requireSupported()).matches("v\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void explainsWhatToInstallWhenNodeIsMissing() {
    assertThatThrownBy(() -> NodeRuntime.requireSupported(dir.resolve("no-such-node").toString()))
        .isInstanceOf(NodeRuntimeException.class)
        .hasMessageContaining("Node.js 22 or newer")
        .hasMessageContaining("was not found")
        .hasMessageContaining("install Node.js 24 LTS (or 22)")
        .hasMessageContaining("JSII_NODE");
  }

  @Test
  void namesThePluginsWayBeforeAManualInstall() {
    Throwable thrown = catchThrowable(() -> NodeRuntime.requireSupported(dir.resolve("none").toString()));
    assertThat(thrown).isInstanceOf(NodeRuntimeException.class);
    String message = thrown.getMessage();
    assertThat(message).contains("groundwork-maven-plugin provides one", "groundwork-app-parent",
        "Node.js 24 LTS from the npm registry");
    assertThat(message.indexOf("groundwork-maven-plugin")).as("the plugin's way comes first")
        .isLessThan(message.indexOf("install Node.js 24 LTS"));
    // What only Groundwork's own repository has means nothing in a user's project.
    assertThat(message).doesNotContain("ensure-node", "scripts/", ".tools");
  }

  @Test
  void rejectsANodePastItsEndOfLife() throws IOException {
    Path fake = script("echo v20.20.2");
    assertThatThrownBy(() -> NodeRuntime.requireSupported(fake.toString()))
        .isInstanceOf(NodeRuntimeException.class)
        .hasMessageContaining("found Node.js v20.20.2 at '" + fake + "', which is past its end of life")
        .hasMessageContaining("install Node.js 24 LTS (or 22)")
        .hasMessageContaining("Build with Maven and groundwork-maven-plugin provides one");
  }

  @Test
  void rejectsABinaryThatDoesNotPrintAVersion() throws IOException {
    Path fake = script("echo hello");
    assertThatThrownBy(() -> NodeRuntime.requireSupported(fake.toString()))
        .isInstanceOf(NodeRuntimeException.class).hasMessageContaining("printed 'hello'");
  }

  @Test
  void acceptsTheOldestMaintainedLts() throws IOException {
    assertThat(NodeRuntime.requireSupported(script("echo v22.0.0").toString())).isEqualTo("v22.0.0");
  }

  private Path script(String body) throws IOException {
    Path file = dir.resolve("node-" + Math.abs(body.hashCode()));
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
