package dev.groundwork.cost;

/**
 * Resources of one type in one environment that the estimate does not price, and why; listed so
 * an estimate never counts them as zero.
 *
 * @param environment the environment name
 * @param resourceType the CloudFormation type
 * @param count how many resources of the type the environment has
 * @param reason why they are not priced, e.g. {@code priced by usage (requests, storage)}
 */
public record NotEstimated(String environment, String resourceType, int count, String reason) {}
