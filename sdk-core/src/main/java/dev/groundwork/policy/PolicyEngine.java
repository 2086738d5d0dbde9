package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.internal.SuppressionLedger;
import dev.groundwork.policy.suppress.Suppression;
import dev.groundwork.policy.suppress.SuppressionRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates synthesized templates against the active rules and produces a {@link PolicyReport}.
 *
 * <p>Rules are grouped by resource type once; each template is indexed once; each resource is
 * evaluated by the rules of its type (and the all-type rules), so the cost is linear in the
 * number of resources. Suppressions are applied here, once, for every rule.
 *
 * <pre>{@code
 * PolicyReport report = PolicyEngine.create(PolicyOptions.defaults()).evaluate(stacks);
 * }</pre>
 */
public final class PolicyEngine {

  private final Map<RuleId, ActiveRule> active;
  private final Map<String, List<ActiveRule>> byType = new HashMap<>();
  private final List<ActiveRule> allTypes = new ArrayList<>();
  private final Clock clock;
  private final List<Suppression> suppressions;

  private record ActiveRule(Rule rule, Severity severity, int index) {
    Severity severityIn(Tier tier) {
      return severity == Severity.WARNING && rule.info().escalates()
              && tier.defaults().escalateWarnings()
          ? Severity.ERROR
          : severity;
    }
  }

  private PolicyEngine(PolicyOptions options, Clock clock) {
    this.clock = clock;
    this.suppressions = options.suppressions();
    Map<RuleId, Rule> known = new LinkedHashMap<>();
    for (Rule rule : BaselineRules.all()) {
      known.put(rule.info().id(), rule);
    }
    // A user rule with a built-in id replaces the built-in (e.g. the tags rule with other keys).
    Map<RuleId, Rule> users = new HashMap<>();
    for (Rule rule : options.rules()) {
      Rule previous = users.put(rule.info().id(), rule);
      checkArgument(previous == null || previous == rule,
          "two rules share the id %s; ids are unique and permanent", rule.info().id());
      known.put(rule.info().id(), rule);
    }
    Map<RuleId, Severity> severities = new TreeMap<>();
    for (RulePack pack : options.packs()) {
      for (RuleId id : pack.ruleIds()) {
        checkArgument(known.containsKey(id),
            "pack '%s' names %s, which is not a known rule; register it with addRules(...)",
            pack.name(), id);
        severities.put(id, pack.severityOverrides().getOrDefault(id, known.get(id).info().severity()));
      }
    }
    options.rules().forEach(r -> severities.putIfAbsent(r.info().id(), r.info().severity()));
    options.severityOverrides().forEach((id, severity) -> {
      checkArgument(known.containsKey(id), "cannot re-grade unknown rule %s", id);
      severities.put(id, severity);
    });
    options.disabled().forEach(severities::remove);
    this.active = new TreeMap<>();
    severities.forEach((id, severity) -> {
      ActiveRule rule = new ActiveRule(known.get(id), severity, active.size());
      active.put(id, rule);
      if (rule.rule().info().appliesToAllTypes()) {
        allTypes.add(rule);
      } else {
        rule.rule().info().resourceTypes()
            .forEach(t -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(rule));
      }
    });
  }

  /** An engine running the rules {@code options} turns on, with today's date for expiry. */
  public static PolicyEngine create(PolicyOptions options) {
    return new PolicyEngine(options, Clock.systemUTC());
  }

  /** As {@link #create(PolicyOptions)}, deciding suppression expiry with {@code clock}. */
  public static PolicyEngine create(PolicyOptions options, Clock clock) {
    return new PolicyEngine(options, clock);
  }

  /** The active rules' ids with their effective severity before tier escalation. */
  public Map<RuleId, Severity> activeRules() {
    Map<RuleId, Severity> out = new TreeMap<>();
    active.forEach((id, rule) -> out.put(id, rule.severity()));
    return out;
  }

  /** Evaluates every stack and returns the sorted report. */
  public PolicyReport evaluate(List<StackTemplate> stacks) {
    List<Finding> findings = new ArrayList<>();
    List<UnknownResult> unknowns = new ArrayList<>();
    List<StackSummary> summaries = new ArrayList<>();
    SuppressionLedger ledger = new SuppressionLedger(LocalDate.now(clock), suppressions);
    for (StackTemplate stack : stacks) {
      summaries.add(evaluateStack(stack, ledger, findings, unknowns));
    }
    findings.addAll(ledger.suppressionFindings());
    List<RuleInfo> rules = new ArrayList<>();
    active.values().forEach(r -> rules.add(r.rule().info()));
    rules.addAll(SuppressionRules.all());
    rules.sort(Comparator.comparing(RuleInfo::id));
    findings.sort(Finding.ORDER);
    unknowns.sort(Comparator.comparing(UnknownResult::environment)
        .thenComparing(UnknownResult::stack).thenComparing(UnknownResult::rule)
        .thenComparing(UnknownResult::logicalId));
    summaries.sort(Comparator.comparing(StackSummary::environment).thenComparing(StackSummary::stack));
    return new PolicyReport(rules, findings, ledger.suppressed(), unknowns, summaries);
  }

  private StackSummary evaluateStack(
      StackTemplate stack, SuppressionLedger ledger, List<Finding> findings,
      List<UnknownResult> unknowns) {
    int[] applicable = new int[active.size()];
    int firstFinding = findings.size();
    List<Resource> resources = new ArrayList<>(stack.template().resources());
    resources.addAll(parameters(stack.template()));
    for (Resource resource : resources) {
      ledger.register(stack, resource);
      List<ActiveRule> typed = byType.getOrDefault(resource.type(), List.of());
      if (typed.isEmpty() && allTypes.isEmpty()) {
        continue;
      }
      RuleContext ctx = new RuleContext(resource, stack);
      String path = null;
      for (int i = 0, n = typed.size() + allTypes.size(); i < n; i++) {
        ActiveRule rule = i < typed.size() ? typed.get(i) : allTypes.get(i - typed.size());
        Evaluation evaluation = evaluate(rule.rule(), ctx);
        RuleInfo info = rule.rule().info();
        switch (evaluation.outcome()) {
          case NOT_APPLICABLE -> { }
          case COMPLIANT -> applicable[rule.index()]++;
          case UNKNOWN -> {
            applicable[rule.index()]++;
            path = path != null ? path : constructPath(stack, resource);
            unknowns.add(new UnknownResult(info.id(), stack.environment(), stack.stackName(),
                resource.logicalId(), path, evaluation.unknownReason()));
          }
          case NON_COMPLIANT -> {
            applicable[rule.index()]++;
            path = path != null ? path : constructPath(stack, resource);
            for (Violation violation : evaluation.violations()) {
              Finding finding = new Finding(info, rule.severityIn(stack.tier()),
                  stack.environment(), stack.stackName(), stack.templateFile(),
                  resource.logicalId(), path, violation.propertyPath(), violation.message());
              if (!ledger.trySuppress(resource, finding)) {
                findings.add(finding);
              }
            }
          }
        }
      }
    }
    // Sorted per stack while small; the final sort then merges these runs in near-linear time.
    findings.subList(firstFinding, findings.size()).sort(Finding.ORDER);
    Map<RuleId, Integer> counts = new TreeMap<>();
    active.values().forEach(rule -> counts.put(rule.rule().info().id(), applicable[rule.index()]));
    return new StackSummary(stack.environment(), stack.tier(), stack.stackName(),
        stack.templateFile(), resources.size(), counts);
  }

  private static String constructPath(StackTemplate stack, Resource resource) {
    return resource.constructPath().orElse(stack.stackName() + "/" + resource.logicalId());
  }

  private static Evaluation evaluate(Rule rule, RuleContext ctx) {
    try {
      Evaluation evaluation = rule.evaluate(ctx);
      if (evaluation == null) {
        throw new IllegalStateException("returned null");
      }
      return evaluation;
    } catch (RuntimeException e) {
      throw new IllegalStateException(String.format(
          "rule %s failed on %s in stack %s: %s (rules must be total: return unknown or not "
              + "applicable instead of throwing)",
          rule.info().id(), ctx.resource(), ctx.stack().stackName(), e), e);
    }
  }

  private static List<Resource> parameters(Template template) {
    List<Resource> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = template.parameters().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> parameter = fields.next();
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("Type", RuleInfo.TEMPLATE_PARAMETER);
      body.set("Properties", parameter.getValue());
      out.add(new Resource(parameter.getKey(), RuleInfo.TEMPLATE_PARAMETER, body));
    }
    return out;
  }
}
