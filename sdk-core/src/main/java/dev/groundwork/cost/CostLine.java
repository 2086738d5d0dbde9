package dev.groundwork.cost;

import java.math.BigDecimal;

/**
 * The estimated monthly cost of one resource.
 *
 * @param environment the environment name
 * @param stack the stack name
 * @param resourceType the CloudFormation type
 * @param logicalId the logical id in the stack's template
 * @param constructPath the construct path (the logical id when synthesis wrote none)
 * @param monthly the monthly amount, rounded to the cent
 * @param basis how it was computed, quantity × unit price per charge, e.g.
 *     {@code 730 h × 0.048 + 100 GB × 0.048}
 */
public record CostLine(
    String environment, String stack, String resourceType, String logicalId, String constructPath,
    BigDecimal monthly, String basis) {}
