package dev.groundwork.maven.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeArchiveTest {
  @TempDir Path dir;

  private Path write(byte[] tarball) throws IOException {
    return Files.write(dir.resolve("package.tgz"), tarball);
  }

  @Test
  void unpacksTheExecutableExecutableAndLeavesTheRestOut() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Path binary = NodeArchive.unpack(write(FakeRegistry.tarball("24.1.0")), "bin/node", out);
    assertThat(binary).isEqualTo(out.resolve("bin/node")).isExecutable();
    assertThat(out.resolve("package.json")).exists();
    assertThat(out.resolve("include")).doesNotExist();
  }

  @Test
  void anExecutablePathOutsideThePackageIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path tarball = write(FakeRegistry.tarball(Map.of("package/bin/node", "x")));
    Path out = Files.createDirectory(dir.resolve("out"));
    assertThatThrownBy(() -> NodeArchive.unpack(tarball, "../../etc/profile", out))
        .isInstanceOf(NodeUnavailableException.class)
        .hasMessage("the package names its executable '../../etc/profile', which is not a path inside the package");
    assertThatThrownBy(() -> NodeArchive.unpack(tarball, "/usr/bin/node", out))
        .isInstanceOf(NodeUnavailableException.class);
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aPackageWithoutItsExecutableIsRefused() throws Exception {
    Path tarball = write(FakeRegistry.tarball(Map.of("package/LICENSE", "MIT")));
    assertThatThrownBy(() -> NodeArchive.unpack(tarball, "bin/node", Files.createDirectory(dir.resolve("out"))))
        .hasMessage("the package holds no package/bin/node");
  }

  @Test
  void anExecutableThatIsALinkIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      TarArchiveEntry link = new TarArchiveEntry("package/bin/node", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("/bin/sh");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
    }
    Path tarball = write(bytes.toByteArray());
    assertThatThrownBy(() -> NodeArchive.unpack(tarball, "bin/node", Files.createDirectory(dir.resolve("out"))))
        .hasMessage("the package's package/bin/node is not a regular file");
  }
}
