package dev.groundwork.cost;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What one top-level construct costs in one environment, and what that is made of: the line a
 * user can act on ({@code services/Api: 60.12, of which load balancer 24.24}).
 *
 * @param environment the environment name
 * @param construct the construct, {@code <stack>/<construct>}, e.g. {@code services/Api}
 * @param stack the CloudFormation stack it is in
 * @param monthly its monthly total
 * @param byType its monthly amounts by CloudFormation type, largest first
 * @param resources how many priced resources it has
 * @param assumedShare how much of {@code monthly} rests on usage assumptions
 */
public record ConstructCost(String environment, String construct, String stack, BigDecimal monthly,
    Map<String, BigDecimal> byType, int resources, BigDecimal assumedShare) {

  public ConstructCost {
    byType = ImmutableMap.copyOf(byType);
  }
}
