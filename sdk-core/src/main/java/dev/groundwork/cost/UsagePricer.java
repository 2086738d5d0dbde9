package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import java.util.Set;

/**
 * Resources billed only by what flows through them or what they store (buckets, queues, topics,
 * functions, event rules, tables, state machines, image repositories, backup vaults, threat
 * detection, configuration requests, custom metrics, parameters, fault-injection experiments):
 * priced at the volume {@link
 * CostAssumptions} assumes for each, which every such line names.
 */
final class UsagePricer implements ResourcePricer {
  /** An ISO 8601 duration as FIS actions take it: {@code PT5M}, {@code PT1H30M}, {@code PT90S}. */
  private static final java.util.regex.Pattern DURATION =
      java.util.regex.Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?");

  @Override
  public Set<String> types() {
    return Set.of("AWS::S3::Bucket", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::Lambda::Function",
        "AWS::Events::Rule", "AWS::DynamoDB::Table", "AWS::StepFunctions::StateMachine", "AWS::ECR::Repository",
        "AWS::ECR::RegistryScanningConfiguration", "AWS::Backup::BackupVault", "AWS::GuardDuty::Detector",
        "AWS::AppConfig::ConfigurationProfile", "AWS::Logs::MetricFilter", "AWS::SSM::Parameter",
        "AWS::FIS::ExperimentTemplate");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    CostAssumptions a = book.assumptions();
    Bill bill = book.bill();
    return switch (resource.type()) {
      case "AWS::S3::Bucket" -> bill
          .assumed(a.s3StorageGbPerBucket(), "GB-month", "s3.standard.storage.gb-month", "s3StorageGbPerBucket")
          .assumed(a.s3PutRequestsThousandsPerBucket(), "k PUT", "s3.put-request.thousand",
              "s3PutRequestsThousandsPerBucket")
          .assumed(a.s3GetRequestsThousandsPerBucket(), "k GET", "s3.get-request.thousand",
              "s3GetRequestsThousandsPerBucket")
          .done();
      case "AWS::SQS::Queue" -> bill.assumed(a.sqsRequestsMillionsPerQueue(), "M requests", "sqs.request.million",
          "sqsRequestsMillionsPerQueue").done();
      case "AWS::SNS::Topic" -> bill.assumed(a.snsRequestsMillionsPerTopic(), "M publishes", "sns.request.million",
          "snsRequestsMillionsPerTopic").done();
      case "AWS::Lambda::Function" -> function(resource, book);
      case "AWS::Events::Rule" -> bill.assumed(a.eventBridgeCustomEventsMillionsPerRule(), "M custom events",
          "events.custom-event.million", "eventBridgeCustomEventsMillionsPerRule")
          .note("events from AWS services are free").done();
      case "AWS::DynamoDB::Table" -> bill
          .assumed(a.dynamoDbStorageGbPerTable(), "GB-month", "dynamodb.storage.gb-month", "dynamoDbStorageGbPerTable")
          .assumed(a.dynamoDbWriteRequestsMillionsPerTable(), "M WRU", "dynamodb.write-request.million",
              "dynamoDbWriteRequestsMillionsPerTable")
          .assumed(a.dynamoDbReadRequestsMillionsPerTable(), "M RRU", "dynamodb.read-request.million",
              "dynamoDbReadRequestsMillionsPerTable")
          .done();
      case "AWS::StepFunctions::StateMachine" -> bill.assumed(a.stepFunctionsTransitionsThousandsPerStateMachine(),
          "k transitions", "states.state-transition.thousand", "stepFunctionsTransitionsThousandsPerStateMachine")
          .done();
      case "AWS::ECR::Repository" -> bill.assumed(a.ecrStorageGbPerRepository(), "GB-month", "ecr.storage.gb-month",
          "ecrStorageGbPerRepository").done();
      case "AWS::ECR::RegistryScanningConfiguration" -> resource.property("ScanType").asText("BASIC").equals("ENHANCED")
          ? bill.assumed(a.imagesScannedPerMonth(), "images", "inspector.ecr-image-scan.image", "imagesScannedPerMonth")
              .done()
          : bill.note("basic scanning: no charge").done();
      case "AWS::Backup::BackupVault" -> bill.assumed(a.backupStorageGbPerVault(), "GB-month",
          "backup.warm-storage.gb-month", "backupStorageGbPerVault").done();
      case "AWS::GuardDuty::Detector" -> bill
          .assumed(a.guardDutyEventsMillionsPerDetector(), "M events", "guardduty.cloudtrail-event.million",
              "guardDutyEventsMillionsPerDetector")
          .assumed(a.guardDutyLogGbPerDetector(), "GB logs", "guardduty.log-analysis.gb", "guardDutyLogGbPerDetector")
          .done();
      case "AWS::AppConfig::ConfigurationProfile" -> bill.assumed(a.appConfigRequestsMillionsPerProfile(),
          "M requests", "appconfig.configuration-request.million", "appConfigRequestsMillionsPerProfile").done();
      case "AWS::FIS::ExperimentTemplate" -> experiment(resource, book);
      case "AWS::Logs::MetricFilter" -> bill.add(resource.property("MetricTransformations").size(), "custom metric",
          "cloudwatch.metric.month").done();
      default -> resource.property("Tier").asText("Standard").equals("Advanced")
          ? bill.add(1, "advanced parameter", "ssm.advanced-parameter.month").done()
          : bill.note("standard parameter: no charge").done();
    };
  }

  /**
   * FIS action-minutes: each run of the template bills every action for the minutes it runs, its
   * {@code duration} parameter (ISO 8601, e.g. {@code PT5M}) or, for an action that only makes a
   * call (stopping tasks, a failover), one minute (FIS rounds an action's time to the nearest
   * minute; one is the most such an action costs).
   */
  private static Priced experiment(Resource template, PriceBook book) {
    double minutesPerRun = 0;
    for (JsonNode action : template.property("Actions")) {
      java.util.regex.Matcher duration = DURATION.matcher(action.path("Parameters").path("duration").asText(""));
      minutesPerRun += duration.matches() ? durationMinutes(duration) : 1;
    }
    return book.bill().assumed(book.assumptions().faultExperimentRunsPerMonth() * minutesPerRun, "action-minutes",
        "fis.action.minute", "faultExperimentRunsPerMonth")
        .note(PriceBook.number(java.math.BigDecimal.valueOf(minutesPerRun)) + " action-minutes a run").done();
  }

  private static double durationMinutes(java.util.regex.Matcher duration) {
    double hours = duration.group(1) == null ? 0 : Double.parseDouble(duration.group(1));
    double minutes = duration.group(2) == null ? 0 : Double.parseDouble(duration.group(2));
    double seconds = duration.group(3) == null ? 0 : Double.parseDouble(duration.group(3));
    return Math.max(1, Math.round(hours * 60 + minutes + seconds / 60));
  }

  /** Requests, and GB-seconds at the function's memory (128 MB when the template does not say). */
  private static Priced function(Resource function, PriceBook book) {
    CostAssumptions a = book.assumptions();
    double memoryGb = function.property("MemorySize").asDouble(128) / 1024;
    double gbSeconds = a.lambdaInvocationsMillionsPerFunction() * 1_000_000 * a.lambdaAverageDurationMs() / 1000
        * memoryGb;
    return book.bill()
        .assumed(a.lambdaInvocationsMillionsPerFunction(), "M invocations", "lambda.request.million",
            "lambdaInvocationsMillionsPerFunction")
        .assumed(gbSeconds, "GB-s", "lambda.gb-second", "lambdaAverageDurationMs")
        .note(PriceBook.number(java.math.BigDecimal.valueOf(memoryGb * 1024)) + " MB")
        .done();
  }
}
