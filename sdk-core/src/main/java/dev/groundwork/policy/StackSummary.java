package dev.groundwork.policy;

import com.google.common.collect.ImmutableSortedMap;
import dev.groundwork.core.Tier;
import java.util.Map;

/**
 * Per-stack totals, the basis of the JUnit report (one test case per rule and stack).
 *
 * @param environment the environment name
 * @param tier the environment's tier
 * @param stack the stack name
 * @param templateFile the template, relative to the assembly directory
 * @param resources resources evaluated (template parameters included)
 * @param applicable per active rule, how many resources it applied to (compliant or not)
 */
public record StackSummary(
    String environment, Tier tier, String stack, String templateFile, int resources,
    Map<RuleId, Integer> applicable) {
  public StackSummary {
    applicable = ImmutableSortedMap.copyOf(applicable);
  }
}
