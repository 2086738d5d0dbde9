package dev.groundwork.testing;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.policy.formats.JsonReport;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.testing.internal.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link SynthesizedApp}: pick an environment, a stack or all stacks, or the report. */
public final class SynthesizedAppAssert extends AbstractAssert<SynthesizedAppAssert, SynthesizedApp> {
  private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  SynthesizedAppAssert(SynthesizedApp actual) {
    super(actual, SynthesizedAppAssert.class);
  }

  /** Assertions across every stack of the environment {@code name}. */
  public TemplatesAssert environment(String name) {
    isNotNull();
    if (!actual.environments().contains(name)) {
      failWithMessage("%s", "Expected an environment '" + name + "' but the app has " + actual.environments());
    }
    return new TemplatesAssert(actual.environment(name), actual.templates());
  }

  /** Assertions on the stack named {@code stackName}. */
  public TemplatesAssert stack(String stackName) {
    isNotNull();
    if (actual.stacks().stream().noneMatch(s -> s.stackName().equals(stackName))) {
      failWithMessage("%s", "Expected a stack '" + stackName + "' but the app has "
          + actual.stacks().stream().map(StackTemplate::stackName).toList());
    }
    return new TemplatesAssert(Templates.of(actual.stack(stackName)), actual.templates());
  }

  /** Assertions across every stack of every environment. */
  public TemplatesAssert allStacks() {
    isNotNull();
    return new TemplatesAssert(actual.templates());
  }

  /** The app has exactly these environments, in this order. */
  public SynthesizedAppAssert hasEnvironments(String... names) {
    isNotNull();
    if (!actual.environments().equals(List.of(names))) {
      failWithMessage("%s", "Expected environments " + List.of(names) + " but found " + actual.environments());
    }
    return this;
  }

  /**
   * Every stack is named {@code <app>-<environment>-<purpose>}, its environment being the one it
   * was synthesized in and the purpose {@code [a-z][a-z0-9-]{0,31}}.
   */
  public SynthesizedAppAssert hasStackNamesFollowingConvention(String appName) {
    isNotNull();
    List<String> offending = actual.stacks().stream().filter(s -> {
      String prefix = appName + "-" + s.environment().orElse("?") + "-";
      return !s.stackName().startsWith(prefix) || !PURPOSE.matcher(s.stackName().substring(prefix.length())).matches();
    }).map(s -> s.stackName() + " (environment " + s.environment().orElse("unknown") + ")").toList();
    if (!offending.isEmpty()) {
      failWithMessage("%s", "Expected every stack to be named " + appName + "-<environment>-<purpose> but these are not:"
          + Messages.list(offending));
    }
    return this;
  }

  /**
   * Assertions on the policy report synthesis wrote beside the assembly ({@value
   * PolicyReports#JSON_FILE}); fails if it wrote none. A test given the synthesis can also take
   * the {@code PolicyReport} itself as a parameter.
   */
  public PolicyReportAssert report() {
    isNotNull();
    Path file = actual.assemblyDirectory().resolve(PolicyReports.JSON_FILE);
    if (!Files.isRegularFile(file)) {
      failWithMessage("%s", "Expected a policy report (" + PolicyReports.JSON_FILE + ") in "
          + actual.assemblyDirectory() + " but synthesis made none");
    }
    return new PolicyReportAssert(JsonReport.read(file));
  }
}
