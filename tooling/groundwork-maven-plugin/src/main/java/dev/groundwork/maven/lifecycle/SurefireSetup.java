package dev.groundwork.maven.lifecycle;

import dev.groundwork.maven.TestConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Adds Groundwork's test configuration ({@link TestConfiguration}) to the surefire and failsafe
 * plugins of one project model, leaving alone every value the project sets itself.
 *
 * <p>The environment variables go into each plugin's {@code environmentVariables}; the C1 flag goes
 * into the {@code argLine} property (which surefire reads, and which coverage agents such as
 * JaCoCo's extend) unless the project sets an {@code argLine} of its own.
 */
final class SurefireSetup {
  static final String GROUNDWORK_PLUGIN = "dev.groundwork:groundwork-maven-plugin";
  static final List<String> TEST_PLUGINS = List.of(
      "org.apache.maven.plugins:maven-surefire-plugin", "org.apache.maven.plugins:maven-failsafe-plugin");
  /** surefire and failsafe run JUnit 5 (the JUnit Platform) from 2.22.0 on; older ones find no test and pass. */
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

  private SurefireSetup() {}

  /** Whether the project declares groundwork-maven-plugin. */
  static boolean declaresGroundwork(Model model) {
    return model.getBuild() != null && model.getBuild().getPlugins().stream()
        .anyMatch(p -> p.getKey().equals(GROUNDWORK_PLUGIN));
  }

  /**
   * Applies the test configuration to {@code model}.
   *
   * @param userProperties the build's {@code -D} properties ({@code groundwork.cdkValidation}, {@code argLine})
   * @return the problem that stops the build (a test plugin too old to run JUnit 5), if any
   */
  static Optional<String> apply(Model model, Properties userProperties) {
    boolean cdkValidation = Boolean.parseBoolean(userProperties.getProperty("groundwork.cdkValidation",
        model.getProperties().getProperty("groundwork.cdkValidation", "false")));
    Map<String, String> environment = TestConfiguration.environmentVariables(cdkValidation);
    boolean ownArgLine = userProperties.containsKey("argLine") || model.getProperties().containsKey("argLine");
    for (Plugin plugin : model.getBuild().getPlugins()) {
      if (!TEST_PLUGINS.contains(plugin.getKey())) {
        continue;
      }
      Optional<String> tooOld = tooOldForJUnit5(plugin);
      if (tooOld.isPresent()) {
        return tooOld;
      }
      // Maven has already copied the plugin's configuration into each execution's: set both.
      ownArgLine |= addEnvironment(plugin.getConfiguration(), environment, plugin::setConfiguration);
      for (PluginExecution execution : plugin.getExecutions()) {
        ownArgLine |= addEnvironment(execution.getConfiguration(), environment, execution::setConfiguration);
      }
    }
    if (!ownArgLine) {
      model.getProperties().setProperty("argLine", TestConfiguration.ARG_LINE);
    }
    return Optional.empty();
  }

  private static Optional<String> tooOldForJUnit5(Plugin plugin) {
    Matcher m = VERSION.matcher(plugin.getVersion() == null ? "" : plugin.getVersion());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major > 2 || (major == 2 && minor >= 22)) {
      return Optional.empty();
    }
    return Optional.of(plugin.getArtifactId() + " " + plugin.getVersion() + " runs no JUnit 5 test (it would find none "
        + "and pass): pin " + plugin.getArtifactId() + " 3.5.2 or newer in <build><pluginManagement>");
  }

  /** Adds the variables {@code configuration} does not set; whether it sets its own {@code argLine}. */
  private static boolean addEnvironment(Object configuration, Map<String, String> environment,
      Consumer<Object> setter) {
    Xpp3Dom dom = configuration instanceof Xpp3Dom d ? d : new Xpp3Dom("configuration");
    Xpp3Dom variables = child(dom, "environmentVariables");
    environment.forEach((name, value) -> {
      if (variables.getChild(name) == null) {
        Xpp3Dom variable = new Xpp3Dom(name);
        variable.setValue(value);
        variables.addChild(variable);
      }
    });
    setter.accept(dom);
    return dom.getChild("argLine") != null;
  }

  private static Xpp3Dom child(Xpp3Dom parent, String name) {
    Xpp3Dom child = parent.getChild(name);
    if (child == null) {
      child = new Xpp3Dom(name);
      parent.addChild(child);
    }
    return child;
  }
}
