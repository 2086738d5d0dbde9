package dev.groundwork.cost;

import static com.google.common.base.Preconditions.checkArgument;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/**
 * What the templates cannot say about usage: hours, traffic, storage, requests and build minutes,
 * each a parameter with a documented default ({@code docs/cost-and-diagrams.md} lists them all),
 * so a resource priced by usage is estimated at a stated volume rather than left out; a line that
 * rests on one names it in its basis.
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

  /** Storage per S3 bucket (S3 Standard) each month. Default: 10 GB. */
  @Value.Default
  default double s3StorageGbPerBucket() {
    return 10;
  }

  /** PUT, COPY, POST and LIST requests per S3 bucket each month, in thousands. Default: 10 (10,000 requests). */
  @Value.Default
  default double s3PutRequestsThousandsPerBucket() {
    return 10;
  }

  /** GET and other requests per S3 bucket each month, in thousands. Default: 100 (100,000 requests). */
  @Value.Default
  default double s3GetRequestsThousandsPerBucket() {
    return 100;
  }

  /** Requests per SQS queue each month (sends, receives, deletes; standard queue). Default: 1 million. */
  @Value.Default
  default double sqsRequestsMillionsPerQueue() {
    return 1;
  }

  /** Publishes per SNS topic each month. Default: 1 million. */
  @Value.Default
  default double snsRequestsMillionsPerTopic() {
    return 1;
  }

  /** Invocations per Lambda function each month. Default: 0.1 million. */
  @Value.Default
  default double lambdaInvocationsMillionsPerFunction() {
    return 0.1;
  }

  /** Average duration of a Lambda invocation, in milliseconds (billed per GB-second at the function's memory). Default: 200 ms. */
  @Value.Default
  default double lambdaAverageDurationMs() {
    return 200;
  }

  /** Custom events per EventBridge rule each month (events from AWS services are free). Default: 0. */
  @Value.Default
  default double eventBridgeCustomEventsMillionsPerRule() {
    return 0;
  }

  /** Storage per DynamoDB table. Default: 1 GB. */
  @Value.Default
  default double dynamoDbStorageGbPerTable() {
    return 1;
  }

  /** On-demand write request units per DynamoDB table each month. Default: 1 million. */
  @Value.Default
  default double dynamoDbWriteRequestsMillionsPerTable() {
    return 1;
  }

  /** On-demand read request units per DynamoDB table each month. Default: 1 million. */
  @Value.Default
  default double dynamoDbReadRequestsMillionsPerTable() {
    return 1;
  }

  /** State transitions per Step Functions state machine each month, in thousands (standard workflows). Default: 10 (10,000 transitions). */
  @Value.Default
  default double stepFunctionsTransitionsThousandsPerStateMachine() {
    return 10;
  }

  /** Image storage per ECR repository. Default: 2 GB. */
  @Value.Default
  default double ecrStorageGbPerRepository() {
    return 2;
  }

  /** Images an enhanced-scanning registry (Amazon Inspector) scans each month. Default: 10. */
  @Value.Default
  default double imagesScannedPerMonth() {
    return 10;
  }

  /** Backup storage per AWS Backup vault (warm). Default: 20 GB. */
  @Value.Default
  default double backupStorageGbPerVault() {
    return 20;
  }

  /** CloudTrail management events a GuardDuty detector analyses each month. Default: 1 million. */
  @Value.Default
  default double guardDutyEventsMillionsPerDetector() {
    return 1;
  }

  /** VPC flow log and DNS log data a GuardDuty detector analyses each month. Default: 1 GB. */
  @Value.Default
  default double guardDutyLogGbPerDetector() {
    return 1;
  }

  /** Configuration requests per AppConfig configuration profile each month. Default: 0.1 million. */
  @Value.Default
  default double appConfigRequestsMillionsPerProfile() {
    return 0.1;
  }

  /**
   * Runs of each fault-injection experiment template each month (FIS bills action-minutes, so a
   * template that is never started costs nothing). Default: 1, a monthly rehearsal.
   */
  @Value.Default
  default double faultExperimentRunsPerMonth() {
    return 1;
  }

  @Value.Check
  default void check() {
    checkArgument(hoursPerMonth() > 0 && hoursPerMonth() <= 744,
        "hoursPerMonth must be 1 to 744 (31 days), got %s", hoursPerMonth());
    double[] amounts = {natGatewayGbPerMonth(), loadBalancerCapacityUnits(), interfaceEndpointGbPerMonth(),
        logIngestionGbPerLogGroup(), databaseStorageGb(), databaseBackupGbBeyondFree(),
        wafRequestsMillionsPerMonth(), pipelineActionMinutesPerMonth(), buildMinutesPerMonth(),
        configItemsPerMonth(), configRuleEvaluationsPerMonth(), trailDataEventsMillionsPerMonth(),
        s3StorageGbPerBucket(), s3PutRequestsThousandsPerBucket(), s3GetRequestsThousandsPerBucket(),
        sqsRequestsMillionsPerQueue(), snsRequestsMillionsPerTopic(), lambdaInvocationsMillionsPerFunction(),
        lambdaAverageDurationMs(), eventBridgeCustomEventsMillionsPerRule(), dynamoDbStorageGbPerTable(),
        dynamoDbWriteRequestsMillionsPerTable(), dynamoDbReadRequestsMillionsPerTable(),
        stepFunctionsTransitionsThousandsPerStateMachine(), ecrStorageGbPerRepository(), imagesScannedPerMonth(),
        backupStorageGbPerVault(), guardDutyEventsMillionsPerDetector(), guardDutyLogGbPerDetector(),
        appConfigRequestsMillionsPerProfile(), faultExperimentRunsPerMonth()};
    for (double amount : amounts) {
      checkArgument(amount >= 0 && Double.isFinite(amount),
          "cost assumptions must be finite and at least 0 (an amount of usage per month), got %s", amount);
    }
  }
}
