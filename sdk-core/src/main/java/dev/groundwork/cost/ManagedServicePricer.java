package dev.groundwork.cost;

import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import java.util.Set;

/** Keys, secrets, web ACLs (with their rules and a request assumption), AWS Config and CloudTrail. */
final class ManagedServicePricer implements ResourcePricer {
  @Override
  public Set<String> types() {
    return ImmutableSet.of("AWS::KMS::Key", "AWS::SecretsManager::Secret", "AWS::WAFv2::WebACL",
        "AWS::Config::ConfigurationRecorder", "AWS::Config::ConfigRule", "AWS::CloudTrail::Trail");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    return switch (resource.type()) {
      case "AWS::KMS::Key" -> book.bill().add(1, "key", "kms.key.month").done();
      case "AWS::SecretsManager::Secret" -> book.bill().add(1, "secret", "secretsmanager.secret.month").done();
      case "AWS::WAFv2::WebACL" -> book.bill()
          .add(1, "web ACL", "wafv2.web-acl.month")
          .add(resource.property("Rules").size(), "rules", "wafv2.rule.month")
          .assumed(book.assumptions().wafRequestsMillionsPerMonth(), "M requests", "wafv2.requests.million",
              "wafRequestsMillionsPerMonth")
          .done();
      case "AWS::Config::ConfigurationRecorder" -> book.bill()
          .assumed(book.assumptions().configItemsPerMonth(), "configuration items", "config.configuration-item.item",
              "configItemsPerMonth")
          .done();
      case "AWS::Config::ConfigRule" -> book.bill()
          .assumed(book.assumptions().configRuleEvaluationsPerMonth(), "evaluations", "config.rule-evaluation.item",
              "configRuleEvaluationsPerMonth")
          .done();
      default -> trail(resource, book);
    };
  }

  /** The first copy of management events is free; data events are billed when the trail selects them. */
  private static Priced trail(Resource trail, PriceBook book) {
    boolean dataEvents = !trail.property("EventSelectors").findValues("DataResources").isEmpty()
        || trail.property("AdvancedEventSelectors").size() > 0;
    Bill bill = book.bill().note("management events: first copy free");
    return dataEvents
        ? bill.assumed(book.assumptions().trailDataEventsMillionsPerMonth(), "M data events",
            "cloudtrail.data-events.million", "trailDataEventsMillionsPerMonth").done()
        : bill.done();
  }
}
