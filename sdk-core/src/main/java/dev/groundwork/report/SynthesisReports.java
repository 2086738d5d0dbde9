package dev.groundwork.report;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.bootstrap.ExecutionPolicy;
import dev.groundwork.cost.CostBudget;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.cost.CostEstimator;
import dev.groundwork.cost.CostJson;
import dev.groundwork.cost.CostOptions;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.diagram.ArchitectureSvg;
import dev.groundwork.diagram.DeliveryFlow;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ChangeJson;
import dev.groundwork.replacement.RefactorMappings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything synthesis writes into the directory it is handed, from the one parsed model: the
 * cost estimate (its budget findings joined to the policy report), the policy reports, given a
 * previous assembly {@value ChangeJson#FILE} and, when a resource moved to another stack, the
 * stack-refactor mappings ({@value RefactorMappings#FILE} and one per environment), {@value
 * CostJson#FILE}, each environment's CloudFormation execution policy for its CDK bootstrap and the
 * commands that apply them ({@value ExecutionPolicy#COMMANDS_FILE}), one architecture diagram per
 * environment, the delivery flow ({@value DeliveryFlow#FILE}, when the app has a pipeline) and
 * {@value HtmlReport#FILE}.
 *
 * @param app the model
 * @param policy the policy report, including the budget findings
 * @param changes the comparison with the previous assembly, if one was given
 * @param cost the cost estimate
 */
public record SynthesisReports(SynthesizedApp app, PolicyReport policy, Optional<AssemblyDiff> changes,
    CostEstimate cost) {

  /**
   * Estimates cost, adds the budget findings to the policy report, and writes every report
   * into {@code directory}.
   *
   * @param app the parsed app
   * @param evaluated the policy engine's report on {@code app}
   * @param changes the comparison with the previous assembly, if one was given: written as JSON
   *     (and refactor mappings) and summarized in the HTML report
   * @param accounts the account of each environment, by name
   * @param regions the region of each environment, by name
   */
  public static SynthesisReports write(SynthesizedApp app, PolicyReport evaluated, Optional<AssemblyDiff> changes,
      CostOptions options, Map<String, String> accounts, Map<String, String> regions, Path directory) {
    CostEstimate cost = CostEstimator.of(options.prices(), options.assumptions())
        .estimate(app, environment -> Optional.ofNullable(regions.get(environment)));
    PolicyReport report = withFindings(evaluated, CostBudget.check(app, cost, options));
    PolicyReports.write(report, directory);
    changes.ifPresent(diff -> {
      write(directory, ChangeJson.FILE, ChangeJson.render(diff));
      RefactorMappings refactor = RefactorMappings.of(diff);
      if (!refactor.isEmpty()) {
        write(directory, RefactorMappings.FILE, refactor.cdkOverrideFile(accounts, regions));
        refactor.environments().forEach(environment -> write(directory, RefactorMappings.fileFor(environment),
            refactor.resourceMappings(environment)));
      }
    });
    write(directory, CostJson.FILE, CostJson.render(cost));
    Map<String, ExecutionPolicy> bootstrap = ExecutionPolicy.of(app, accounts, regions);
    bootstrap.forEach((environment, policy) -> write(directory, ExecutionPolicy.fileFor(environment), policy.document()));
    write(directory, ExecutionPolicy.COMMANDS_FILE, ExecutionPolicy.commandsFile(app, bootstrap, accounts));
    List<ArchitectureGraph> graphs = new ArrayList<>(app.environments().stream()
        .map(e -> ArchitectureGraph.of(app, e)).toList());
    DeliveryFlow.of(app).ifPresent(graphs::add);
    // Laid out once each: the report holds the same drawings as the files.
    Map<String, String> svgs = new LinkedHashMap<>();
    for (ArchitectureGraph graph : graphs) {
      String svg = ArchitectureSvg.render(graph);
      svgs.put(graph.environment(), svg);
      write(directory, graph.environment().equals(DeliveryFlow.NAME) ? DeliveryFlow.FILE
          : ArchitectureSvg.fileName(graph.environment()), svg);
    }
    write(directory, HtmlReport.FILE, HtmlReport.render(report, cost, graphs, svgs, changes));
    return new SynthesisReports(app, report, changes, cost);
  }

  private static void write(Path directory, String file, String text) {
    try {
      Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + " to " + directory, e);
    }
  }

  /** {@code report} with {@code extra} findings (and their rules) in report order. */
  static PolicyReport withFindings(PolicyReport report, List<Finding> extra) {
    if (extra.isEmpty()) {
      return report;
    }
    List<Finding> findings = new ArrayList<>(report.findings());
    findings.addAll(extra);
    findings.sort(Finding.ORDER);
    Map<String, RuleInfo> rules = new TreeMap<>();
    report.rules().forEach(r -> rules.put(r.id().value(), r));
    extra.forEach(f -> rules.putIfAbsent(f.rule().id().value(), f.rule()));
    return new PolicyReport(ImmutableList.copyOf(rules.values()), findings, report.suppressed(),
        report.unknowns(), report.stacks());
  }
}
