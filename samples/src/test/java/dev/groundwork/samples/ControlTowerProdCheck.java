package dev.groundwork.samples;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import dev.groundwork.policy.rules.controltower.guard.CfnGuard;
import dev.groundwork.policy.rules.controltower.guard.GuardControl;
import dev.groundwork.policy.rules.controltower.guard.GuardPackage;
import dev.groundwork.policy.rules.controltower.guard.GuardVerdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * AWS's Control Tower guard rules (every control of the pinned package, one cfn-guard run) over
 * the reference app's PROD-tier templates, compared with the failures docs/control-tower.md
 * lists: the AWS-imposed exceptions and the known failures still to fix.
 */
final class ControlTowerProdCheck {

  static final Path PAGE = Path.of("..", "docs", "control-tower.md");
  static final String KNOWN = "control-tower-known-failures";
  static final String EXCEPTIONS = "control-tower-exceptions";
  static final String REGENERATE = "mvn -q -pl samples -am test -Dtest='ReferenceAppTest$ControlTower' "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgroundwork.writeDocs=true";
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  /** The reference app's PROD-tier environments. */
  static final Set<String> PROD_ENVIRONMENTS = Set.of("prod", "delivery");

  /**
   * One control failing on one resource.
   *
   * @param control the control id, e.g. {@code CT.KMS.PR.3}
   * @param resource the resource's construct path, e.g. {@code prod/data/DataKey/Key/Resource}
   */
  record Failure(String control, String resource) implements Comparable<Failure> {
    @Override
    public int compareTo(Failure other) {
      int byControl = GuardControl.ID_ORDER.compare(control, other.control);
      return byControl != 0 ? byControl : resource.compareTo(other.resource);
    }

    @Override
    public String toString() {
      return control + " on " + resource;
    }
  }

  private ControlTowerProdCheck() {}

  /** The stacks of PROD-tier environments (prod and delivery). */
  static List<StackTemplate> prodStacks(SynthesizedApp app) {
    return app.stacks().stream().filter(s -> s.tier().orElseThrow() == Tier.PROD).toList();
  }

  /** What cfn-guard reports with every control's rule file: one run over all the templates. */
  static Set<Failure> guardFailures(List<StackTemplate> stacks, Path workDirectory) {
    Map<String, StackTemplate> byFile = new HashMap<>();
    try {
      Files.createDirectories(workDirectory);
      try (Stream<Path> old = Files.list(workDirectory)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      for (StackTemplate stack : stacks) {
        Path copy = workDirectory.resolve(stack.stackName() + ".template.json");
        Files.copy(stack.templatePath().orElseThrow(), copy);
        byFile.put(copy.getFileName().toString(), stack);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, GuardControl> byRule = GuardPackage.get().controls().values().stream()
        .collect(Collectors.toMap(GuardControl::ruleName, c -> c));
    Set<Failure> failures = new TreeSet<>();
    for (GuardVerdict verdict : CfnGuard.packaged().validate(GuardPackage.get().rulesDirectory(), workDirectory)) {
      GuardControl control = byRule.get(verdict.ruleName());
      if (control == null || verdict.status() != GuardVerdict.Status.FAIL) {
        continue;
      }
      StackTemplate stack = byFile.get(Path.of(verdict.template()).getFileName().toString());
      Set<String> evaluated = stack.resources().stream()
          .filter(r -> control.resourceTypes().contains(r.type())).map(Resource::logicalId)
          .collect(Collectors.toSet());
      Set<String> failing = verdict.restrictedTo(evaluated).failingResources();
      if (failing.isEmpty()) {
        failures.add(new Failure(control.id(), stack.stackName() + " (cfn-guard names no resource)"));
      }
      failing.forEach(id -> failures.add(new Failure(control.id(), pathOf(stack, stack.resource(id).orElseThrow()))));
    }
    return failures;
  }

  /** What the Java pack reports on the same stacks, as failures of the controls it mirrors. */
  static Set<Failure> javaFindings(List<StackTemplate> stacks) {
    RulePack pack = ControlTowerRules.pack();
    PolicyOptions options = PolicyOptions.builder().packs(pack).build();
    Map<String, String> controls = ControlTowerRules.all().stream().collect(Collectors.toMap(
        r -> r.info().id().value(), r -> ControlTowerRules.controlId(r.info())));
    Set<Failure> failures = new TreeSet<>();
    PolicyReport report = PolicyEngine.create(BaselineRules.library(), options).evaluate(stacks);
    // Suppressed findings too (the AWS-imposed exceptions Groundwork's constructs suppress): the
    // rule's verdict is what is compared with cfn-guard's.
    List<Finding> verdicts = new ArrayList<>(report.findings());
    report.suppressed().forEach(s -> verdicts.add(s.finding()));
    for (Finding finding : verdicts) {
      String control = controls.get(finding.ruleId().value());
      if (control != null) {
        failures.add(new Failure(control, finding.constructPath()));
      }
    }
    return failures;
  }

  /** The Control Tower findings {@code report} lists as suppressed in the PROD-tier environments. */
  static Set<Failure> suppressedInProd(PolicyReport report) {
    Map<String, String> controls = ControlTowerRules.all().stream().collect(Collectors.toMap(
        r -> r.info().id().value(), r -> ControlTowerRules.controlId(r.info())));
    Set<Failure> failures = new TreeSet<>();
    report.suppressed().stream().map(s -> s.finding())
        .filter(f -> PROD_ENVIRONMENTS.contains(f.environment()) && controls.containsKey(f.ruleId().value()))
        .forEach(f -> failures.add(new Failure(controls.get(f.ruleId().value()), f.constructPath())));
    return failures;
  }

  /** The controls the pack mirrors. */
  static Set<String> mirroredControls() {
    return ControlTowerRules.all().stream().map(r -> ControlTowerRules.controlId(r.info()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The failures the page's table between {@code <!-- marker -->} and {@code <!-- /marker -->} lists. */
  static Set<Failure> listed(String page, String marker) {
    Set<Failure> listed = new TreeSet<>();
    for (String row : section(page, marker).split("\n")) {
      String[] cells = row.split("\\|");
      if (cells.length < 3 || !cells[1].trim().startsWith("CT.")) {
        continue;
      }
      Matcher resource = CODE.matcher(cells[2]);
      while (resource.find()) {
        listed.add(new Failure(cells[1].trim(), resource.group(1)));
      }
    }
    return listed;
  }

  /** The rows of the exceptions table, each as its cells: control, resources, reason, documentation. */
  static List<List<String>> exceptionRows(String page) {
    List<List<String>> rows = new ArrayList<>();
    for (String row : section(page, EXCEPTIONS).split("\n")) {
      String[] cells = row.split("\\|");
      if (cells.length >= 2 && cells[1].trim().startsWith("CT.")) {
        rows.add(Stream.of(cells).skip(1).map(String::trim).toList());
      }
    }
    return rows;
  }

  /** The page with its known-failures table replaced by {@code failures}. */
  static String withKnownFailures(String page, Set<Failure> failures) {
    StringBuilder table = new StringBuilder("\n| control | resource |\n|---|---|\n");
    failures.forEach(f -> table.append("| ").append(f.control()).append(" | `").append(f.resource()).append("` |\n"));
    String start = "<!-- " + KNOWN + " -->";
    String end = "<!-- /" + KNOWN + " -->";
    return page.substring(0, page.indexOf(start) + start.length()) + table + page.substring(page.indexOf(end));
  }

  static String page() {
    try {
      return Files.readString(PAGE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String section(String page, String marker) {
    int start = page.indexOf("<!-- " + marker + " -->");
    int end = page.indexOf("<!-- /" + marker + " -->");
    if (start < 0 || end < start) {
      throw new IllegalStateException(PAGE + " has no <!-- " + marker + " --> … <!-- /" + marker + " --> section");
    }
    return page.substring(start, end);
  }

  private static String pathOf(StackTemplate stack, Resource resource) {
    return resource.constructPath().orElse(stack.stackName() + "/" + resource.logicalId());
  }
}
