package dev.groundwork.policy.rules;

import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RulePack;
import java.util.List;

/**
 * The built-in rules, registered by this explicit list (no static-initialiser side effects), and
 * the baseline pack that turns them all on.
 */
public final class BaselineRules {

  /** The baseline pack's name. */
  public static final String PACK_NAME = "baseline";

  private static final List<Rule> ALL = List.of(
  );

  private BaselineRules() {}

  /** Every built-in rule. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The pack turning on every built-in rule at its own severity; on by default. */
  public static RulePack pack() {
    return RulePack.builder(PACK_NAME).add(ALL.toArray(Rule[]::new)).build();
  }
}
