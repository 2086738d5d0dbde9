package dev.groundwork.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The project the archetype generates pins its build plugins (Maven 3.8's defaults do not build
 * it); those pins must be the versions this build uses, which are written once in the root
 * {@code pom.xml}. Otherwise a plugin upgrade here would leave new projects on the old version.
 */
class GeneratedProjectPluginVersionsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void generatedPomPinsTheBuildsPluginVersions() throws Exception {
    Map<String, String> generated = pluginVersions(ROOT.resolve(
        "tooling/groundwork-app-archetype/src/main/resources/archetype-resources/pom.xml"));
    Map<String, String> build = pluginVersions(ROOT.resolve("pom.xml"));
    assertThat(generated).as("pinned plugins of the generated pom")
        .containsKeys("maven-compiler-plugin", "maven-surefire-plugin");
    assertThat(build).containsAllEntriesOf(generated);
  }

  /** artifactId to version of every plugin with a literal version. */
  private static Map<String, String> pluginVersions(Path pom) throws Exception {
    NodeList plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(pom.toFile()).getElementsByTagName("plugin");
    Map<String, String> versions = new TreeMap<>();
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      String artifactId = child(plugin, "artifactId");
      String version = child(plugin, "version");
      if (!version.isEmpty() && !version.contains("${")) {
        versions.put(artifactId, version);
      }
    }
    return versions;
  }

  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }
}
