package dev.groundwork.cost;

import static com.google.common.base.Preconditions.checkArgument;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/**
 * What the templates cannot say about usage: hours, traffic, storage and build minutes, each a
 * parameter with a documented default ({@code docs/cost-and-diagrams.md} lists them all).
 * Counts are per resource: {@link #natGatewayGbPerMonth()} is per NAT gateway, for example.
 */
@Value.Immutable
@GroundworkStyle
public interface CostAssumptions {

  /** The defaults below. */
  static CostAssumptions defaults() {
    return builder().build();
  }

  static ImmutableCostAssumptions.Builder builder() {
    return ImmutableCostAssumptions.builder();
  }

  /** Hours in a month. Default: 730 (AWS's own convention, 24 × 365 / 12). */
  @Value.Default
  default int hoursPerMonth() {
    return 730;
  }

  /** Data processed per NAT gateway each month. Default: 100 GB. */
  @Value.Default
  default double natGatewayGbPerMonth() {
    return 100;
  }

  /** Average load balancer capacity units (ALB LCU, NLB NLCU) used each hour. Default: 1. */
  @Value.Default
  default double loadBalancerCapacityUnits() {
    return 1;
  }

  /** Data processed per interface VPC endpoint each month. Default: 1 GB. */
  @Value.Default
  default double interfaceEndpointGbPerMonth() {
    return 1;
  }

  /** Log data ingested per log group each month. Default: 1 GB. */
  @Value.Default
  default double logIngestionGbPerLogGroup() {
    return 1;
  }

  /** Storage of an Aurora cluster (Aurora bills what is used, not what is allocated). Default: 20 GB. */
  @Value.Default
  default double databaseStorageGb() {
    return 20;
  }

  /** Backup storage per database beyond the free amount (the database's own size). Default: 10 GB. */
  @Value.Default
  default double databaseBackupGbBeyondFree() {
    return 10;
  }

  /** Requests per web ACL each month. Default: 1 million. */
  @Value.Default
  default double wafRequestsMillionsPerMonth() {
    return 1;
  }

  /** Action execution minutes per CodePipeline V2 pipeline each month. Default: 100. */
  @Value.Default
  default double pipelineActionMinutesPerMonth() {
    return 100;
  }

  /** Build minutes per CodeBuild project each month. Default: 200. */
  @Value.Default
  default double buildMinutesPerMonth() {
    return 200;
  }

  /** Configuration items recorded per AWS Config recorder each month. Default: 1,000. */
  @Value.Default
  default double configItemsPerMonth() {
    return 1000;
  }

  /** Evaluations per AWS Config rule each month. Default: 1,000. */
  @Value.Default
  default double configRuleEvaluationsPerMonth() {
    return 1000;
  }

  /** Data events per CloudTrail trail that records them, each month. Default: 1 million. */
  @Value.Default
  default double trailDataEventsMillionsPerMonth() {
    return 1;
  }

  @Value.Check
  default void check() {
    checkArgument(hoursPerMonth() > 0 && hoursPerMonth() <= 744,
        "hoursPerMonth must be 1 to 744 (31 days), got %s", hoursPerMonth());
    double[] amounts = {natGatewayGbPerMonth(), loadBalancerCapacityUnits(), interfaceEndpointGbPerMonth(),
        logIngestionGbPerLogGroup(), databaseStorageGb(), databaseBackupGbBeyondFree(),
        wafRequestsMillionsPerMonth(), pipelineActionMinutesPerMonth(), buildMinutesPerMonth(),
        configItemsPerMonth(), configRuleEvaluationsPerMonth(), trailDataEventsMillionsPerMonth()};
    for (double amount : amounts) {
      checkArgument(amount >= 0 && Double.isFinite(amount),
          "cost assumptions must be finite and at least 0, got %s; see docs/cost-and-diagrams.md", amount);
    }
  }
}
