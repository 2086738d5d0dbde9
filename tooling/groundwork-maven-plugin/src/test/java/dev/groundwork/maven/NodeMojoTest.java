package dev.groundwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node goal hands its Node.js on through the project property the test configuration reads. */
class NodeMojoTest {
  @TempDir Path dir;
  final List<String> logged = new ArrayList<>();

  private NodeMojo mojo(String packaging, Map<String, String> environment) {
    NodeMojo mojo = new NodeMojo();
    mojo.project = new MavenProject();
    mojo.project.setPackaging(packaging);
    mojo.environment = environment;
    mojo.nodeCache = dir.resolve("cache").toFile();
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        logged.add(content.toString());
      }
    });
    return mojo;
  }

  private Path fakeNode(String version) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin-" + version));
    Path node = bin.resolve("node");
    Files.writeString(node, "#!/bin/sh\necho v" + version + "\n");
    Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    return node;
  }

  @Test
  void setsGroundworkNodeToTheNodeItProvides() throws Exception {
    Path node = fakeNode("24.1.0");
    NodeMojo mojo = mojo("jar", Map.of("PATH", node.getParent().toString()));
    mojo.execute();
    assertThat(mojo.project.getProperties()).containsEntry("groundwork.node", node.toString());
    assertThat(logged).containsExactly("Node.js v24.1.0 for CDK: " + node + " (on the PATH)");
    assertThat(TestConfiguration.NODE_EXPRESSION).isEqualTo("${groundwork.node}");
  }

  @Test
  void doesNothingInAPomProjectSuchAsTheParentThatBindsIt() throws Exception {
    NodeMojo mojo = mojo("pom", Map.of("PATH", ""));
    mojo.execute();
    assertThat(mojo.project.getProperties()).doesNotContainKey("groundwork.node");
  }

  @Test
  void aProblemFailsTheBuildWithTheProvidersMessage() throws Exception {
    NodeMojo mojo = mojo("jar", Map.of("PATH", ""));
    mojo.node = fakeNode("20.20.2").toString();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("which is Node.js v20.20.2, past its end of life").hasNoCause();
  }

  @Test
  void registryCredentialsFromSettingsAreSentAsBasicOrAsABearerToken() {
    assertThat(NodeProvidingMojo.authorizationHeader("deployer", "s3cret"))
        .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("deployer:s3cret".getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(NodeProvidingMojo.authorizationHeader(null, "npm_token")).isEqualTo("Bearer npm_token");
  }

  @Test
  void aNodeVersionThatIsNoReleaseIsRefused() {
    NodeMojo mojo = mojo("jar", Map.of("PATH", ""));
    mojo.nodeVersion = "18";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("nodeVersion must be Node.js 22 or newer (older lines are past their end of life), got '18'");
  }
}
