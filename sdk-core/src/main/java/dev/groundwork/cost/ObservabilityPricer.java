package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alarms (per metric, high resolution when the period is under a minute), dashboards, log
 * ingestion, canaries; SLOs are named, not priced.
 */
final class ObservabilityPricer implements ResourcePricer {
  static final String SLO_UNPRICED = "billed as CloudWatch Application Signals signals per SLO evaluation; "
      + "the price table has no Application Signals price";
  private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours)\\)");

  @Override
  public Set<String> types() {
    return ImmutableSet.of("AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm", "AWS::CloudWatch::Dashboard",
        "AWS::Logs::LogGroup", "AWS::Synthetics::Canary",
        "AWS::ApplicationSignals::ServiceLevelObjective");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    return switch (resource.type()) {
      case "AWS::CloudWatch::Alarm" -> alarm(resource, book);
      case "AWS::CloudWatch::CompositeAlarm" -> book.bill().add(1, "alarm", "cloudwatch.alarm.composite.month").done();
      case "AWS::CloudWatch::Dashboard" -> book.bill().add(1, "dashboard", "cloudwatch.dashboard.month").done();
      // Billed as Application Signals signals (per SLI period of each SLO), a price the table lacks.
      case "AWS::ApplicationSignals::ServiceLevelObjective" -> new Priced.Unpriced(SLO_UNPRICED);
      case "AWS::Logs::LogGroup" -> book.bill()
          .assumed(book.assumptions().logIngestionGbPerLogGroup(), "GB ingested", "logs.ingestion.gb",
              "logIngestionGbPerLogGroup").done();
      default -> canary(resource, book);
    };
  }

  /** Billed per metric the alarm evaluates; a metric math alarm counts each metric it reads. */
  private static Priced alarm(Resource alarm, PriceBook book) {
    JsonNode metrics = alarm.property("Metrics");
    int count = 0;
    boolean highResolution = alarm.property("Period").asInt(60) < 60;
    for (JsonNode metric : metrics) {
      if (metric.has("MetricStat")) {
        count++;
        highResolution |= metric.path("MetricStat").path("Period").asInt(60) < 60;
      }
    }
    String key = highResolution ? "cloudwatch.alarm.high-resolution.month" : "cloudwatch.alarm.standard.month";
    return book.bill().add(Math.max(1, count), "metric" + (count > 1 ? "s" : ""), key).done();
  }

  private static Priced canary(Resource canary, PriceBook book) {
    String expression = canary.property("Schedule.Expression").asText("");
    Matcher rate = RATE.matcher(expression);
    if (!rate.matches()) {
      return new Priced.Unpriced("schedule '" + expression + "' is not a rate(...) expression");
    }
    int every = Integer.parseInt(rate.group(1)) * (rate.group(2).startsWith("hour") ? 60 : 1);
    if (every == 0) {
      return book.bill().note("rate(0 ...): runs once, on demand").done();
    }
    double runs = book.hours() * 60.0 / every;
    return book.bill().add(runs, "runs", "synthetics.canary.run").done();
  }
}
