package dev.groundwork.policy.cdk;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.formats.RuleCatalog;
import dev.groundwork.policy.rules.BaselineRules;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awscdk.IPolicyValidationContext;
import software.amazon.awscdk.IPolicyValidationPlugin;
import software.amazon.awscdk.PolicyValidationPluginReport;
import software.amazon.awscdk.PolicyValidationStack;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * The Groundwork policy engine as a CDK policy-validation plugin: register it with
 * {@code Validations.of(app).addPlugins(GroundworkValidationPlugin.create(options, tiers))} and
 * {@code cdk synth} shows the findings in CDK's validation report (and fails on ERRORs).
 */
public final class GroundworkValidationPlugin implements IPolicyValidationPlugin {

  private final PolicyOptions options;
  private final Function<String, Tier> tiers;
  private volatile PolicyReport lastReport;

  private GroundworkValidationPlugin(PolicyOptions options, Function<String, Tier> tiers) {
    this.options = options;
    this.tiers = tiers;
  }

  /**
   * A plugin running {@code options}; {@code tiers} maps an environment (the Stage name, or
   * {@value StackTemplate#APP_LEVEL_ENVIRONMENT} for stacks directly in the App) to its tier.
   */
  public static GroundworkValidationPlugin create(PolicyOptions options, Function<String, Tier> tiers) {
    return new GroundworkValidationPlugin(options, tiers);
  }

  @Override
  public String getName() {
    return "groundwork-policy";
  }

  @Override
  public PolicyValidationPluginReport validate(IPolicyValidationContext context) {
    IConstruct app = context.getAppConstruct();
    List<StackTemplate> stacks = new ArrayList<>();
    Set<Path> assemblyDirs = new TreeSet<>();
    for (PolicyValidationStack stack : context.getStackTemplates()) {
      String path = stack.getStackConstructPath();
      int slash = path.lastIndexOf('/');
      Optional<String> environment = slash < 0 ? Optional.empty() : Optional.of(path.substring(0, slash));
      Path template = Path.of(stack.getTemplatePath());
      assemblyDirs.add(template.toAbsolutePath().getParent());
      Tier tier = tiers.apply(environment.orElse(StackTemplate.APP_LEVEL_ENVIRONMENT));
      stacks.add(StackTemplate.read(stackName(app, path), environment, Optional.ofNullable(tier),
          template.toAbsolutePath().getParent(), template));
    }
    PolicyReport report = PolicyEngine.create(BaselineRules.library(), options).evaluate(stacks);
    lastReport = report;
    writeCatalog(report, assemblyDirs);
    return PolicyValidationPluginReport.builder()
        .success(!report.hasErrors())
        .violations(violations(report))
        .pluginVersion("1")
        .metadata(Map.of("summary", report.summaryLine()))
        .build();
  }

  /**
   * Writes the catalog the violations' documentation links point to ({@link RuleInfo#DOCS_PAGE})
   * beside the templates, so the links resolve from CDK's validation report too.
   */
  private static void writeCatalog(PolicyReport report, Set<Path> assemblyDirs) {
    String catalog = RuleCatalog.renderFor(report.rules());
    for (Path dir : assemblyDirs) {
      try {
        Files.writeString(dir.resolve(RuleInfo.DOCS_PAGE), catalog, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the rule catalog to " + dir, e);
      }
    }
  }

  /** The report of the last validation, for tests and for callers that also want the files. */
  public PolicyReport lastReport() {
    return lastReport;
  }

  private static List<PolicyViolation> violations(PolicyReport report) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byRule.computeIfAbsent(f.ruleId() + "|" + f.severity(), k -> new ArrayList<>()).add(f);
    }
    List<PolicyViolation> out = new ArrayList<>();
    byRule.forEach((key, findings) -> {
      Finding first = findings.get(0);
      List<PolicyViolatingResource> resources = new ArrayList<>();
      for (Finding f : findings) {
        resources.add(PolicyViolatingResource.builder()
            .resourceLogicalId(f.logicalId())
            .templatePath(f.templateFile())
            .constructPath(f.constructPath())
            .locations(List.of(f.propertyPath() + ": " + f.message()))
            .build());
      }
      out.add(PolicyViolation.builder()
          .ruleName(first.ruleId().value())
          .description(first.rule().title())
          .fix(first.rule().remediation())
          .severity(first.severity() == Severity.INFO ? "info" : first.severity().name().toLowerCase(java.util.Locale.ROOT))
          .ruleMetadata(Map.of("documentation", first.rule().documentation()))
          .violatingResources(resources)
          .build());
    });
    return out;
  }

  private static String stackName(IConstruct app, String path) {
    IConstruct node = app;
    for (String part : path.split("/")) {
      node = node == null ? null : node.getNode().tryFindChild(part);
    }
    return node != null && Stack.isStack(node) ? ((Stack) node).getStackName() : path.replace('/', '-');
  }
}
