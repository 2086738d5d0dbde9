package dev.groundwork.check;

import dev.groundwork.core.Problems;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleFailures;
import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.RuleLibrary;
import dev.groundwork.policy.RulePack;
import dev.groundwork.policy.Suppression;
import dev.groundwork.policy.SuppressionRules;
import dev.groundwork.policy.rules.BaselineRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules and options of one check: the baseline library plus every {@link
 * RuleLibraryProvider} the request names, the packs it picks, and its disabled rules,
 * re-gradings and suppression file, validated together.
 *
 * @param library every known rule, with the default packs on
 * @param options the request's packs, switches and suppressions
 */
record CheckPolicy(RuleLibrary library, PolicyOptions options) {

  /**
   * The policy {@code request} asks for, loading its providers with {@code loader}.
   *
   * @throws dev.groundwork.core.GroundworkValidationException with every problem at once
   */
  static CheckPolicy of(CheckRequest request, ClassLoader loader) {
    Problems problems = Problems.ofValue("groundwork check");
    List<Rule> rules = new ArrayList<>(BaselineRules.all());
    List<RulePack> packs = new ArrayList<>(List.of(BaselineRules.pack()));
    for (String name : request.rules()) {
      load(name, loader, problems).ifPresent(library -> {
        rules.addAll(library.rules());
        packs.addAll(library.defaultPacks());
      });
    }
    Set<RuleId> known = new LinkedHashSet<>();
    rules.forEach(r -> known.add(r.info().id()));
    PolicyOptions.Builder options = PolicyOptions.builder();
    request.packs().ifPresent(names -> options.packs(selected(names, packs, problems)));
    for (String id : request.disabled()) {
      requireKnown(id, "--disable", known, problems);
      options.disable(id);
    }
    request.severities().forEach((id, severity) -> {
      requireKnown(id, "--regrade", known, problems);
      options.regrade(id, severity);
    });
    problems.throwIfAny();
    if (request.suppressions().isPresent()) {
      Set<RuleId> suppressible = new LinkedHashSet<>(known);
      SuppressionRules.all().forEach(r -> suppressible.add(r.id()));
      suppressible.add(RuleFailures.FAILED.id());
      suppressible.add(CheckRules.READABLE.id());
      for (Suppression s : SuppressionFile.read(request.suppressions().get(), suppressible)) {
        if (s.until().isPresent()) {
          options.suppress(s.scope(), s.rule().value(), s.reason(), s.until().get());
        } else {
          options.suppress(s.scope(), s.rule().value(), s.reason());
        }
      }
    }
    return new CheckPolicy(new RuleLibrary(rules, packs), options.build());
  }

  private static Optional<RuleLibrary> load(String name, ClassLoader loader, Problems problems) {
    String allowed = "a public class with a public no-argument constructor implementing "
        + RuleLibraryProvider.class.getName() + ", on the check's class path";
    try {
      Class<?> type = Class.forName(name, true, loader);
      if (!RuleLibraryProvider.class.isAssignableFrom(type)) {
        problems.add("CHECK_RULES_CLASS", "--rules", name + " (does not implement RuleLibraryProvider)", allowed,
            "Implement RuleLibraryProvider in that class.");
        return Optional.empty();
      }
      RuleLibraryProvider provider = (RuleLibraryProvider) type.getConstructor().newInstance();
      return Optional.of(provider.library());
    } catch (ClassNotFoundException e) {
      problems.add("CHECK_RULES_CLASS", "--rules", name + " (not on the class path)", allowed,
          "Put the rules jar on the class path: java -cp groundwork-cli.jar:rules.jar dev.groundwork.cli.Main check "
              + "..., or add it to the Maven plugin's <dependencies>.");
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      problems.add("CHECK_RULES_CLASS", "--rules", name + " (" + e + ")", allowed,
          "Give the class a public no-argument constructor whose library() returns the rules.");
    }
    return Optional.empty();
  }

  private static RulePack[] selected(List<String> names, List<RulePack> packs, Problems problems) {
    Map<String, RulePack> byName = new LinkedHashMap<>();
    packs.forEach(p -> byName.putIfAbsent(p.name(), p));
    List<RulePack> out = new ArrayList<>();
    for (String name : names) {
      RulePack pack = byName.get(name);
      if (pack == null) {
        problems.add("CHECK_PACK_UNKNOWN", "--pack", name, "one of " + byName.keySet(),
            "Name a pack of the baseline or of a --rules class.");
      } else {
        out.add(pack);
      }
    }
    return out.toArray(RulePack[]::new);
  }

  private static void requireKnown(String id, String option, Set<RuleId> known, Problems problems) {
    if (!known.contains(RuleId.of(id))) {
      problems.add("CHECK_RULE_UNKNOWN", option, id, "the id of a known rule",
          "Copy the id from a report's findings or from the groundwork-rules.md written beside it, which lists "
              + "every rule that ran; a custom rule needs its --rules class.");
    }
  }
}
