package dev.groundwork.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.maven.TestConfiguration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plugin declaration alone gives a project's tests the configuration groundwork-app-parent
 * writes for its children; nothing the project sets itself is overridden.
 */
class SurefireSetupTest {

  private static Model project(Plugin surefire) {
    Model model = new Model();
    model.setBuild(new Build());
    Plugin groundwork = new Plugin();
    groundwork.setGroupId("dev.groundwork");
    groundwork.setArtifactId("groundwork-maven-plugin");
    model.getBuild().addPlugin(groundwork);
    model.getBuild().addPlugin(surefire);
    return model;
  }

  private static Plugin surefire(String version) {
    Plugin surefire = new Plugin();
    surefire.setGroupId("org.apache.maven.plugins");
    surefire.setArtifactId("maven-surefire-plugin");
    surefire.setVersion(version);
    // Maven copies the plugin's configuration into the lifecycle's execution before participants run.
    PluginExecution test = new PluginExecution();
    test.setId("default-test");
    surefire.addExecution(test);
    return surefire;
  }

  private static Map<String, String> environmentOf(Object configuration) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Xpp3Dom variable : ((Xpp3Dom) configuration).getChild("environmentVariables").getChildren()) {
      env.put(variable.getName(), variable.getValue());
    }
    return env;
  }

  @Test
  void addsTheEnvironmentToThePluginAndItsExecutionsAndTheC1FlagAsArgLine() {
    Plugin surefire = surefire("3.5.2");
    Model model = project(surefire);
    assertThat(SurefireSetup.apply(model, new Properties())).isEmpty();
    Map<String, String> expected = TestConfiguration.environmentVariables(false);
    assertThat(environmentOf(surefire.getConfiguration())).isEqualTo(expected);
    assertThat(environmentOf(surefire.getExecutions().get(0).getConfiguration())).isEqualTo(expected);
    assertThat(expected).containsEntry("CDK_VALIDATION", "false").containsEntry("JSII_NODE", "${groundwork.node}");
    assertThat(model.getProperties()).containsEntry("argLine", "-XX:TieredStopAtLevel=1");
  }

  @Test
  void keepsWhatTheProjectSetsItself() {
    Plugin surefire = surefire("3.5.2");
    Xpp3Dom configuration = Xpp3Dom.mergeXpp3Dom(new Xpp3Dom("configuration"), null);
    Xpp3Dom variables = new Xpp3Dom("environmentVariables");
    Xpp3Dom own = new Xpp3Dom("JSII_NODE");
    own.setValue("/opt/node/bin/node");
    variables.addChild(own);
    configuration.addChild(variables);
    surefire.setConfiguration(configuration);
    Model model = project(surefire);
    model.getProperties().setProperty("argLine", "-Xmx1g");
    Properties user = new Properties();
    user.setProperty("groundwork.cdkValidation", "true");
    SurefireSetup.apply(model, user);
    assertThat(environmentOf(surefire.getConfiguration())).containsEntry("JSII_NODE", "/opt/node/bin/node")
        .containsEntry("CDK_VALIDATION", "true");
    assertThat(model.getProperties()).containsEntry("argLine", "-Xmx1g");
  }

  @Test
  void aSurefireThatRunsNoJUnit5TestStopsTheBuild() {
    assertThat(SurefireSetup.apply(project(surefire("2.12.4")), new Properties())).contains(
        "maven-surefire-plugin 2.12.4 runs no JUnit 5 test (it would find none and pass): pin maven-surefire-plugin "
            + "3.5.2 or newer in <build><pluginManagement>");
    assertThat(SurefireSetup.apply(project(surefire("2.22.2")), new Properties())).isEmpty();
  }

  @Test
  void onlyProjectsThatDeclareThePluginAreTouched() {
    Model other = new Model();
    other.setBuild(new Build());
    other.getBuild().addPlugin(surefire("3.5.2"));
    assertThat(SurefireSetup.declaresGroundwork(other)).isFalse();
    assertThat(SurefireSetup.declaresGroundwork(project(surefire("3.5.2")))).isTrue();
  }

  /** groundwork-app-parent writes the same test configuration as XML: the two must not drift apart. */
  @Test
  void isTheConfigurationGroundworkAppParentWrites() throws Exception {
    Element parent = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("../groundwork-app-parent/pom.xml").toFile()).getDocumentElement();
    Map<String, String> properties = children(first(parent, "properties"));
    Element surefire = null;
    for (Node n = first(first(first(parent, "build"), "pluginManagement"), "plugins").getFirstChild(); n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element plugin && children(plugin).get("artifactId").equals("maven-surefire-plugin")) {
        surefire = plugin;
      }
    }
    Map<String, String> environment = new LinkedHashMap<>(children(first(first(surefire, "configuration"),
        "environmentVariables")));
    environment.replaceAll((name, value) -> value.equals("${groundwork.cdkValidation}")
        ? properties.get("groundwork.cdkValidation") : value);
    assertThat(environment).isEqualTo(TestConfiguration.environmentVariables(false));
    assertThat(properties).containsEntry("argLine", TestConfiguration.ARG_LINE)
        .containsEntry("groundwork.cdkValidation", "false");
    assertThat(properties.get("groundwork.version")).as("the parent's own version, written out")
        .isEqualTo(children(parent).get("version"));
  }

  private static Element first(Element parent, String name) {
    return (Element) parent.getElementsByTagName(name).item(0);
  }

  private static Map<String, String> children(Element parent) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        values.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    return values;
  }
}
