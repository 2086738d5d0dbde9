package dev.groundwork.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The estimated monthly cost of one resource.
 *
 * @param environment the environment name
 * @param stack the stack name
 * @param construct the top-level construct the resource belongs to, {@code <stack>/<construct>}
 *     (e.g. {@code services/Api}; see {@code ConstructPaths.owner})
 * @param resourceType the CloudFormation type
 * @param logicalId the logical id in the stack's template
 * @param constructPath the construct path (the logical id when synthesis wrote none)
 * @param monthly the monthly amount, rounded to the cent
 * @param basis how it was computed, quantity × unit price per charge, e.g.
 *     {@code 730 h × 0.048 + 100 GB × 0.048 (assumed: natGatewayGbPerMonth)}
 * @param priceKeys the price table keys it used
 * @param assumptions the {@link CostAssumptions} it rests on, by name; empty when the templates
 *     state every quantity
 */
public record CostLine(
    String environment, String stack, String construct, String resourceType, String logicalId, String constructPath,
    BigDecimal monthly, String basis, List<String> priceKeys, List<String> assumptions) {

  public CostLine {
    priceKeys = List.copyOf(priceKeys);
    assumptions = List.copyOf(assumptions);
  }
}
