package dev.groundwork.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.TemplateElement;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.policy.suppress.Suppression;
import dev.groundwork.policy.suppress.SuppressionRules;
import dev.groundwork.policy.suppress.Suppressions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's record of suppressions over one evaluation: which resource carries which, which
 * matched a finding, and the findings about suppressions themselves (expired, unused, invalid).
 */
public final class SuppressionLedger {

  private static final String PATH = "Metadata." + Suppressions.METADATA_KEY;

  private final LocalDate today;
  private final List<Suppression> byPath;
  private final Map<TemplateElement, List<Suppression>> byResource = new IdentityHashMap<>();
  private final Map<Suppression, Usage> usages = new LinkedHashMap<>();
  private final List<SuppressedFinding> suppressed = new ArrayList<>();
  private final List<Finding> problems = new ArrayList<>();

  private static final class Usage {
    final StackTemplate stack;
    final Resource firstResource;
    boolean used;

    Usage(StackTemplate stack, Resource firstResource) {
      this.stack = stack;
      this.firstResource = firstResource;
    }
  }

  /** A ledger deciding expiry on {@code today}, with suppressions configured by construct path. */
  public SuppressionLedger(LocalDate today, List<Suppression> byPath) {
    this.today = today;
    this.byPath = byPath;
  }

  /** Reads the suppressions of {@code resource}, if it has any. */
  public void register(StackTemplate stack, Resource resource) {
    JsonNode entries = resource.metadata().get(Suppressions.METADATA_KEY);
    List<Suppression> configured = configuredFor(resource);
    if (entries == null && configured.isEmpty()) {
      return;
    }
    List<Suppression> list = new ArrayList<>(configured);
    configured.forEach(s -> usages.putIfAbsent(s, new Usage(stack, resource)));
    if (entries == null) {
      byResource.put(resource, list);
      return;
    }
    for (JsonNode entry : entries.isArray() ? entries : List.of(entries)) {
      try {
        Suppression suppression = SuppressionMetadata.read(entry,
            resource.constructPath().orElse(resource.logicalId()));
        list.add(suppression);
        usages.putIfAbsent(suppression, new Usage(stack, resource));
      } catch (IllegalArgumentException | GroundworkValidationException | DateTimeParseException e) {
        problems.add(finding(SuppressionRules.INVALID, stack, resource,
            resource.constructPath().orElse(resource.logicalId()),
            "suppression metadata " + entry + " is invalid: " + e.getMessage()));
      }
    }
    byResource.put(resource, list);
  }

  private List<Suppression> configuredFor(Resource resource) {
    if (byPath.isEmpty()) {
      return List.of();
    }
    String path = resource.constructPath().orElse("");
    List<Suppression> out = new ArrayList<>(1);
    for (Suppression suppression : byPath) {
      String scope = suppression.scope();
      if (path.equals(scope) || path.startsWith(scope.endsWith("/") ? scope : scope + "/")) {
        out.add(suppression);
      }
    }
    return out;
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

  /** Findings about the suppressions: expired (ERROR), unused (INFO), invalid (ERROR). */
  public List<Finding> suppressionFindings() {
    List<Finding> out = new ArrayList<>(problems);
    for (Suppression suppression : byPath) {
      if (!usages.containsKey(suppression)) {
        RuleInfo rule = suppression.isExpired(today) ? SuppressionRules.EXPIRED : SuppressionRules.UNUSED;
        out.add(new Finding(rule, rule.severity(), "-", "-", "-", "-", suppression.scope(),
            "PolicyOptions.suppressions", String.format(
                "suppression of %s matched no resource (reason given: \"%s\")",
                suppression.describe(), suppression.reason())));
      }
    }
    usages.forEach((suppression, usage) -> {
      if (suppression.isExpired(today)) {
        out.add(finding(SuppressionRules.EXPIRED, usage.stack, usage.firstResource,
            suppression.scope(), String.format(
                "suppression of %s expired on %s (reason given: \"%s\")",
                suppression.describe(), suppression.until().orElseThrow(), suppression.reason())));
      } else if (!usage.used) {
        out.add(finding(SuppressionRules.UNUSED, usage.stack, usage.firstResource,
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

  private static Finding finding(
      RuleInfo rule, StackTemplate stack, Resource resource, String path, String message) {
    return new Finding(rule, rule.severity(), stack.environmentName(), stack.stackName(),
        stack.templateFile(), resource.logicalId(), path, PATH, message);
  }
}
