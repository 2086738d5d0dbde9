package dev.groundwork.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        .hasMessageContaining("needs Node.js 20 or newer")
        .hasMessageContaining("was not found")
        .hasMessageContaining("JSII_NODE");
  }

  @Test
  void rejectsANodeOlderThanAwsCdkSupports() throws IOException {
    Path fake = script("echo v18.19.0");
    assertThatThrownBy(() -> NodeRuntime.requireSupported(fake.toString()))
        .isInstanceOf(NodeRuntimeException.class)
        .hasMessageContaining("found Node.js v18.19.0")
        .hasMessageContaining("Install Node.js 22 or 24");
  }

  @Test
  void rejectsABinaryThatDoesNotPrintAVersion() throws IOException {
    Path fake = script("echo hello");
    assertThatThrownBy(() -> NodeRuntime.requireSupported(fake.toString()))
        .isInstanceOf(NodeRuntimeException.class).hasMessageContaining("printed 'hello'");
  }

  @Test
  void acceptsASupportedVersion() throws IOException {
    assertThat(NodeRuntime.requireSupported(script("echo v22.11.0").toString())).isEqualTo("v22.11.0");
  }

  @Test
  void notesAnEndOfLifeVersionInOneLine() {
    assertThat(NodeRuntime.endOfLifeNotice("v20.20.2")).hasValueSatisfying(
        notice -> assertThat(notice).contains("v20.20.2", "end of life", "22 or 24"));
    assertThat(NodeRuntime.endOfLifeNotice("v22.11.0")).isEmpty();
  }

  private Path script(String body) throws IOException {
    Path file = dir.resolve("node-" + Math.abs(body.hashCode()));
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }
}
