package dev.groundwork.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The rules an engine knows before the user's options apply, and the packs it turns on unless
 * the options name others: what the caller brings, so the engine knows no rule of its own.
 *
 * <p>{@code BaselineRules.library()} is Groundwork's: every built-in rule, and the baseline pack
 * on. A platform team that ships its own library (its rules registered, its pack on) hands it to
 * {@link PolicyEngine#create(RuleLibrary, PolicyOptions)} the same way.
 *
 * @param rules the rules known by id; a pack turns them on
 * @param defaultPacks the packs on unless {@link PolicyOptions#packs()} replaces them
 */
public record RuleLibrary(List<Rule> rules, List<RulePack> defaultPacks) {

  public RuleLibrary {
    rules = ImmutableList.copyOf(rules);
    defaultPacks = ImmutableList.copyOf(defaultPacks);
  }

  /** A library of {@code rules} with {@code defaultPack} on. */
  public static RuleLibrary of(List<Rule> rules, RulePack defaultPack) {
    return new RuleLibrary(rules, List.of(defaultPack));
  }

  /** No rules, no packs: the engine runs only what the options bring. */
  public static RuleLibrary empty() {
    return new RuleLibrary(List.of(), List.of());
  }
}
