package dev.groundwork.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.TemplateElement;
import dev.groundwork.core.GroundworkValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The engine's record of suppressions over one evaluation: which resource carries which, which
 * matched a finding, and the findings about suppressions themselves (expired, unused, invalid).
 */
final class SuppressionLedger {

  private static final String PATH = "Metadata." + SuppressionMetadata.KEY;

  private final LocalDate today;
  private final List<Suppression> byPath;
  private final Map<TemplateElement, List<Suppression>> byResource = new LinkedHashMap<>();
  private final Map<String, List<Suppression>> byStack = new LinkedHashMap<>();
  private final Map<Suppression, Usage> usages = new LinkedHashMap<>();
  private final List<SuppressedFinding> suppressed = new ArrayList<>();
  private final List<Finding> problems = new ArrayList<>();

  /** Where a suppression was first met (its findings are reported there) and whether it matched. */
  private static final class Usage {
    final String environment;
    final String stack;
    final String templateFile;
    final String logicalId;
    boolean used;

    Usage(String environment, String stack, String templateFile, String logicalId) {
      this.environment = environment;
      this.stack = stack;
      this.templateFile = templateFile;
      this.logicalId = logicalId;
    }

    Usage(StackTemplate stack, String logicalId) {
      this(stack.environmentName(), stack.stackName(), stack.templateFile(), logicalId);
    }
  }

  /** A ledger deciding expiry on {@code today}, with suppressions configured by construct path. */
  public SuppressionLedger(LocalDate today, List<Suppression> byPath) {
    this.today = today;
    this.byPath = byPath;
  }

  /** Reads the suppressions of {@code resource}, if it has any. */
  public void register(StackTemplate stack, Resource resource) {
    JsonNode entries = resource.metadata().get(SuppressionMetadata.KEY);
    List<Suppression> configured = configuredFor(stack, resource);
    if (entries == null && configured.isEmpty()) {
      return;
    }
    List<Suppression> list = new ArrayList<>(configured);
    configured.forEach(s -> usages.putIfAbsent(s, new Usage(stack, resource.logicalId())));
    if (entries == null) {
      put(stack, resource, list);
      return;
    }
    for (JsonNode entry : entries.isArray() ? entries : List.of(entries)) {
      try {
        Suppression suppression = SuppressionMetadata.read(entry,
            resource.constructPath().orElse(resource.logicalId()));
        list.add(suppression);
        usages.putIfAbsent(suppression, new Usage(stack, resource.logicalId()));
      } catch (IllegalArgumentException | GroundworkValidationException | DateTimeParseException e) {
        problems.add(finding(SuppressionRules.INVALID, new Usage(stack, resource.logicalId()),
            resource.constructPath().orElse(resource.logicalId()),
            "suppression metadata " + entry + " is invalid: " + e.getMessage()));
      }
    }
    put(stack, resource, list);
  }

  private void put(StackTemplate stack, Resource resource, List<Suppression> list) {
    byResource.put(resource, list);
    List<Suppression> ofStack = byStack.computeIfAbsent(stack.stackName(), s -> new ArrayList<>());
    list.stream().filter(s -> !ofStack.contains(s)).forEach(ofStack::add);
  }

  /**
   * The suppressions configured by path that cover {@code resource}: by its construct path, or by
   * {@code <stack>/<logical id>} (how a template without construct paths names its resources).
   */
  private List<Suppression> configuredFor(StackTemplate stack, Resource resource) {
    if (byPath.isEmpty()) {
      return List.of();
    }
    String path = resource.constructPath().orElse("");
    String byId = stack.stackName() + "/" + resource.logicalId();
    List<Suppression> out = new ArrayList<>(1);
    for (Suppression suppression : byPath) {
      if (covers(suppression, path) || covers(suppression, byId)) {
        out.add(suppression);
      }
    }
    return out;
  }

  private static boolean covers(Suppression suppression, String path) {
    String scope = suppression.scope();
    return path.equals(scope) || path.startsWith(scope.endsWith("/") ? scope : scope + "/");
  }

  /**
   * Records and returns true when a live suppression covers {@code finding} of an {@code
   * AssemblyCheck}: one of its rule, on the finding's construct path or a parent of it, read
   * from any resource of the finding's stack (call after every resource is registered) or
   * configured by path. The finding may be about a resource no longer in the stack.
   */
  public boolean trySuppressAt(Finding finding) {
    List<Suppression> candidates = new ArrayList<>(byStack.getOrDefault(finding.stack(), List.of()));
    byPath.stream().filter(s -> !candidates.contains(s)).forEach(candidates::add);
    for (Suppression suppression : candidates) {
      if (suppression.rule().equals(finding.ruleId()) && (covers(suppression, finding.constructPath())
          || covers(suppression, finding.stack() + "/" + finding.logicalId()))) {
        Usage usage = usages.get(suppression);
        if (usage == null) {
          usage = new Usage(finding.environment(), finding.stack(), finding.templateFile(), finding.logicalId());
          usages.put(suppression, usage);
        }
        usage.used = true;
        if (!suppression.isExpired(today)) {
          suppressed.add(new SuppressedFinding(finding, suppression));
          return true;
        }
      }
    }
    return false;
  }

  /** Records and returns true when a live suppression on {@code resource} covers {@code finding}. */
  public boolean trySuppress(TemplateElement resource, Finding finding) {
    for (Suppression suppression : byResource.getOrDefault(resource, List.of())) {
      if (suppression.rule().equals(finding.ruleId())) {
        usages.get(suppression).used = true;
        if (!suppression.isExpired(today)) {
          suppressed.add(new SuppressedFinding(finding, suppression));
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Findings about the suppressions: expired (ERROR), unused (INFO, but not of a rule
   * {@code waiting}: one that did not run, so could not match), invalid (ERROR).
   */
  public List<Finding> suppressionFindings(Predicate<RuleId> waiting) {
    List<Finding> out = new ArrayList<>(problems);
    for (Suppression suppression : byPath) {
      if (!usages.containsKey(suppression) && (suppression.isExpired(today) || !waiting.test(suppression.rule()))) {
        RuleInfo rule = suppression.isExpired(today) ? SuppressionRules.EXPIRED : SuppressionRules.UNUSED;
        out.add(new Finding(rule, rule.severity(), "-", "-", "-", "-", suppression.scope(),
            "PolicyOptions.suppressions", String.format(
                "suppression of %s matched no resource (reason given: \"%s\")",
                suppression.describe(), suppression.reason())));
      }
    }
    usages.forEach((suppression, usage) -> {
      if (suppression.isExpired(today)) {
        out.add(finding(SuppressionRules.EXPIRED, usage,
            suppression.scope(), String.format(
                "suppression of %s expired on %s (reason given: \"%s\")",
                suppression.describe(), suppression.until().orElseThrow(), suppression.reason())));
      } else if (!usage.used && !waiting.test(suppression.rule())) {
        out.add(finding(SuppressionRules.UNUSED, usage,
            suppression.scope(), String.format(
                "suppression of %s matched no finding (reason given: \"%s\")",
                suppression.describe(), suppression.reason())));
      }
    });
    return out;
  }

  /** Suppressed findings in report order. */
  public List<SuppressedFinding> suppressed() {
    List<SuppressedFinding> out = new ArrayList<>(suppressed);
    out.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
    return out;
  }

  private static Finding finding(RuleInfo rule, Usage where, String path, String message) {
    return new Finding(rule, rule.severity(), where.environment, where.stack, where.templateFile,
        where.logicalId, path, PATH, message);
  }
}
