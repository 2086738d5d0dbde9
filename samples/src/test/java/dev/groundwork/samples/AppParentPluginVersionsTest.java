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
 * Apps inherit their build plugins' versions from groundwork-app-parent (Maven 3.8's defaults do
 * not build them); those must be the versions this build uses, which are written once in the root
 * {@code pom.xml}. Otherwise a plugin upgrade here would leave apps on the old version. The
 * generated project pins none of its own, so the parent's are the ones that apply.
 */
class AppParentPluginVersionsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theAppParentPinsTheBuildsPluginVersions() throws Exception {
    Map<String, String> parent = pluginVersions(ROOT.resolve("tooling/groundwork-app-parent/pom.xml"));
    Map<String, String> build = pluginVersions(ROOT.resolve("pom.xml"));
    assertThat(parent).as("pinned plugins of groundwork-app-parent")
        .containsKeys("maven-clean-plugin", "maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin",
            "maven-jar-plugin", "maven-install-plugin", "maven-deploy-plugin");
    assertThat(build).containsAllEntriesOf(parent);
  }

  @Test
  void theGeneratedProjectPinsNoPluginOfItsOwn() throws Exception {
    assertThat(pluginVersions(ROOT.resolve(
        "tooling/groundwork-app-archetype/src/main/resources/archetype-resources/pom.xml"))).isEmpty();
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
