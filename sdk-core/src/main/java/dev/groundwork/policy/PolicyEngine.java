package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Parameter;
import dev.groundwork.assembly.ParameterDefault;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.TemplateElement;
import dev.groundwork.core.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates synthesized templates against the active rules and produces a {@link PolicyReport}.
 *
 * <p>Rules are grouped by resource type once; each template is indexed once; each resource is
 * evaluated by the rules of its type (and the all-type rules), so the cost is linear in the
 * number of resources. Suppressions are applied here, once, for every rule.
 *
 * <p>Rules see each template as deployed without parameter values ({@link
 * StackTemplate#withParameterDefaults()}): a value that references a parameter with a default is
 * judged on that default, and a finding about it says so. A rule that throws on a resource
 * becomes a {@link RuleFailures#FAILED} finding on that resource naming the rule; it never stops
 * the evaluation.
 *
 * <pre>{@code
 * PolicyReport report = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults())
 *     .evaluate(stacks);
 * }</pre>
 */
public final class PolicyEngine {

  private final Map<RuleId, ActiveRule> active;
  private final Map<String, List<ActiveRule>> byType = new LinkedHashMap<>();
  private final List<ActiveRule> allTypes = new ArrayList<>();
  private final List<ActiveRule> parameterRules = new ArrayList<>();
  private final Clock clock;
  private final List<Suppression> suppressions;
  private final Set<RuleId> disabled;
  /** Every rule the engine knows, on or off. */
  private final Set<RuleId> known;

  private record ActiveRule(Rule rule, Severity severity, int index) {
    Severity severityIn(Tier tier) {
      return severity == Severity.WARNING && rule.info().escalates()
              && tier.defaults().escalateWarnings()
          ? Severity.ERROR
          : severity;
    }
  }

  private PolicyEngine(RuleLibrary library, PolicyOptions options, Clock clock) {
    this.clock = clock;
    this.suppressions = options.suppressions();
    this.disabled = options.disabled();
    Map<RuleId, Rule> known = new LinkedHashMap<>();
    for (Rule rule : library.rules()) {
      known.put(rule.info().id(), rule);
    }
    for (Rule rule : options.registeredRules()) {
      known.put(rule.info().id(), rule);
    }
    // A user rule with a registered id replaces it (e.g. the tags rule with other keys).
    Map<RuleId, Rule> users = new LinkedHashMap<>();
    for (Rule rule : options.rules()) {
      Rule previous = users.put(rule.info().id(), rule);
      checkArgument(previous == null || previous == rule,
          "two rules share the id %s; ids are unique and permanent", rule.info().id());
      known.put(rule.info().id(), rule);
    }
    Map<RuleId, Severity> severities = new TreeMap<>();
    for (RulePack pack : options.packsOn(library.defaultPacks())) {
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
    this.known = ImmutableSet.copyOf(known.keySet());
    this.active = new TreeMap<>();
    severities.forEach((id, severity) -> {
      ActiveRule rule = new ActiveRule(known.get(id), severity, active.size());
      active.put(id, rule);
      if (rule.rule().info().appliesToParameters()) {
        parameterRules.add(rule);
      } else if (rule.rule().info().appliesToAllTypes()) {
        allTypes.add(rule);
      } else {
        rule.rule().info().resourceTypes()
            .forEach(t -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(rule));
      }
    });
  }

  /**
   * An engine knowing {@code library}'s rules, running those its packs and {@code options} turn
   * on, with today's date for expiry.
   */
  public static PolicyEngine create(RuleLibrary library, PolicyOptions options) {
    return new PolicyEngine(library, options, Clock.systemUTC());
  }

  /** As {@link #create(RuleLibrary, PolicyOptions)}, deciding suppression expiry with {@code clock}. */
  public static PolicyEngine create(RuleLibrary library, PolicyOptions options, Clock clock) {
    return new PolicyEngine(library, options, clock);
  }

  /** The active rules' ids with their effective severity before tier escalation. */
  public Map<RuleId, Severity> activeRules() {
    Map<RuleId, Severity> out = new TreeMap<>();
    active.forEach((id, rule) -> out.put(id, rule.severity()));
    return out;
  }

  /** Evaluates every stack of {@code app}; its environments' tiers must be known. */
  public PolicyReport evaluate(SynthesizedApp app) {
    return evaluate(app.stacks());
  }

  /** Evaluates every stack (each of an environment with a known tier) and returns the sorted report. */
  public PolicyReport evaluate(List<StackTemplate> stacks) {
    return evaluate(stacks, List.of());
  }

  /**
   * As {@link #evaluate(List)}, then runs {@code checks} over all the stacks: their findings
   * (but those of rules {@link PolicyOptions#disabled()} turns off) go through the same
   * suppressions into the same report.
   */
  public PolicyReport evaluate(List<StackTemplate> stacks, List<AssemblyCheck> checks) {
    List<Finding> findings = new ArrayList<>();
    List<UnknownResult> unknowns = new ArrayList<>();
    List<StackSummary> summaries = new ArrayList<>();
    SuppressionLedger ledger = new SuppressionLedger(LocalDate.now(clock), suppressions);
    for (StackTemplate stack : stacks) {
      summaries.add(evaluateStack(stack.withParameterDefaults(), ledger, findings, unknowns));
    }
    List<RuleInfo> rules = new ArrayList<>();
    if (findings.stream().anyMatch(f -> f.rule() == RuleFailures.FAILED)) {
      rules.add(RuleFailures.FAILED);
    }
    Set<RuleId> ran = new LinkedHashSet<>(active.keySet());
    for (AssemblyCheck check : checks) {
      check.rules().stream().filter(r -> !disabled.contains(r.id())).forEach(r -> {
        rules.add(r);
        ran.add(r.id());
      });
      for (Finding finding : check.check(stacks)) {
        if (!disabled.contains(finding.ruleId()) && !ledger.trySuppressAt(finding)) {
          findings.add(finding);
        }
      }
    }
    // A suppression of a known rule that is off (a pack not turned on) waits for it: not unused.
    findings.addAll(ledger.suppressionFindings(id -> known.contains(id) && !ran.contains(id)));
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
    Tier tier = RuleContext.tierOf(stack);
    for (Resource resource : stack.resources()) {
      ledger.register(stack, resource);
      List<ActiveRule> typed = byType.getOrDefault(resource.type(), List.of());
      if (!typed.isEmpty() || !allTypes.isEmpty()) {
        evaluateElement(new RuleContext(resource, stack, tier), typed, allTypes, ledger, applicable,
            findings, unknowns);
      }
    }
    if (!parameterRules.isEmpty()) {
      for (Parameter parameter : stack.parameters()) {
        evaluateElement(new RuleContext(parameter, stack, tier), parameterRules, List.of(), ledger,
            applicable, findings, unknowns);
      }
    }
    // Sorted per stack while small; the final sort then merges these runs in near-linear time.
    findings.subList(firstFinding, findings.size()).sort(Finding.ORDER);
    Map<RuleId, Integer> counts = new TreeMap<>();
    active.values().forEach(rule -> counts.put(rule.rule().info().id(), applicable[rule.index()]));
    return new StackSummary(stack.environmentName(), tier, stack.stackName(),
        stack.templateFile(), stack.resources().size() + stack.parameters().size(), counts);
  }

  private void evaluateElement(RuleContext ctx, List<ActiveRule> typed, List<ActiveRule> untyped,
      SuppressionLedger ledger, int[] applicable, List<Finding> findings, List<UnknownResult> unknowns) {
    StackTemplate stack = ctx.stack();
    TemplateElement element = ctx.element();
    String path = null;
    for (int i = 0, n = typed.size() + untyped.size(); i < n; i++) {
      ActiveRule rule = i < typed.size() ? typed.get(i) : untyped.get(i - typed.size());
      RuleInfo info = rule.rule().info();
      Evaluation evaluation;
      try {
        evaluation = rule.rule().evaluate(ctx);
        if (evaluation == null) {
          throw new IllegalStateException("the rule returned null instead of an outcome");
        }
      } catch (RuntimeException | StackOverflowError e) {
        applicable[rule.index()]++;
        path = path != null ? path : constructPath(stack, element);
        Finding failure = new Finding(RuleFailures.FAILED, Severity.ERROR, stack.environmentName(),
            stack.stackName(), stack.templateFile(), element.logicalId(), path, "Properties",
            RuleFailures.message(info, e));
        if (!ledger.trySuppress(element, failure)) {
          findings.add(failure);
        }
        continue;
      }
      switch (evaluation.outcome()) {
        case NOT_APPLICABLE -> { }
        case COMPLIANT -> applicable[rule.index()]++;
        case UNKNOWN -> {
          applicable[rule.index()]++;
          path = path != null ? path : constructPath(stack, element);
          unknowns.add(new UnknownResult(info.id(), stack.environmentName(), stack.stackName(),
              element.logicalId(), path, evaluation.unknownReason()));
        }
        case NON_COMPLIANT -> {
          applicable[rule.index()]++;
          path = path != null ? path : constructPath(stack, element);
          for (Violation violation : evaluation.violations()) {
            Finding finding = new Finding(info, rule.severityIn(ctx.tier()),
                stack.environmentName(), stack.stackName(), stack.templateFile(),
                element.logicalId(), path, violation.propertyPath(),
                withDefaults(violation, stack.parameterDefaults(element.logicalId())));
            if (!ledger.trySuppress(element, finding)) {
              findings.add(finding);
            }
          }
        }
      }
    }
  }

  /** The violation's message, saying which parameter defaults it was judged on. */
  private static String withDefaults(Violation violation, List<ParameterDefault> defaults) {
    if (defaults.isEmpty()) {
      return violation.message();
    }
    List<String> used = defaults.stream().filter(d -> d.touches(violation.propertyPath()))
        .map(ParameterDefault::describe).distinct().toList();
    return used.isEmpty() ? violation.message() : violation.message() + " (judged on "
        + String.join(" and ", used) + "; a deployment that passes another value is not checked)";
  }

  private static String constructPath(StackTemplate stack, TemplateElement element) {
    return element.constructPath().orElse(stack.stackName() + "/" + element.logicalId());
  }
}
