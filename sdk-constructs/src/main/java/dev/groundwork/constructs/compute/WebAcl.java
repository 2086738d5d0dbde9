package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Names;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * A regional AWS WAF web ACL in front of a load balancer, with its request logs kept.
 *
 * <p>Rules, in order: AWS managed rule groups Common (OWASP top-10 style), Known bad inputs and
 * Amazon IP reputation, then a per-IP rate limit that blocks a client exceeding it within any 5
 * minutes. Everything else is allowed. Logs go to an {@link EncryptedLogGroup} whose name starts
 * with {@code aws-waf-logs-}, as WAF requires.
 */
final class WebAcl extends Construct {
  private final CfnWebACL webAcl;
  private final EncryptedLogGroup logs;

  WebAcl(Construct scope, String id, String resourceArn, int rateLimitPerIp, int logRetentionDays) {
    super(scope, id);
    String metricPrefix = Names.uniqueId(this);
    this.webAcl = CfnWebACL.Builder.create(this, "WebAcl")
        .scope("REGIONAL")
        .description("Protects " + scope.getNode().getPath())
        .defaultAction(CfnWebACL.DefaultActionProperty.builder()
            .allow(CfnWebACL.AllowActionProperty.builder().build())
            .build())
        .visibilityConfig(visibility(metricPrefix))
        .rules(List.of(
            managedRuleGroup("AWSManagedRulesCommonRuleSet", 0, metricPrefix),
            managedRuleGroup("AWSManagedRulesKnownBadInputsRuleSet", 1, metricPrefix),
            managedRuleGroup("AWSManagedRulesAmazonIpReputationList", 2, metricPrefix),
            CfnWebACL.RuleProperty.builder()
                .name("RateLimitPerIp")
                .priority(3)
                .action(CfnWebACL.RuleActionProperty.builder()
                    .block(CfnWebACL.BlockActionProperty.builder().build())
                    .build())
                .statement(CfnWebACL.StatementProperty.builder()
                    .rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
                        .aggregateKeyType("IP")
                        .limit(rateLimitPerIp)
                        .build())
                    .build())
                .visibilityConfig(visibility(metricPrefix + "-RateLimitPerIp"))
                .build()))
        .build();
    CfnWebACLAssociation.Builder.create(this, "Association")
        .resourceArn(resourceArn)
        .webAclArn(webAcl.getAttrArn())
        .build();
    String logGroupName = ("aws-waf-logs-" + Stack.of(this).getStackName() + "-" + metricPrefix)
        .toLowerCase(Locale.ROOT);
    this.logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .logGroupName(logGroupName)
        .retentionDays(logRetentionDays)
        .build());
    CfnLoggingConfiguration.Builder.create(this, "Logging")
        .resourceArn(webAcl.getAttrArn())
        .logDestinationConfigs(List.of(logs.bareArn()))
        .build();
  }

  CfnWebACL webAcl() {
    return webAcl;
  }

  EncryptedLogGroup logs() {
    return logs;
  }

  private static CfnWebACL.RuleProperty managedRuleGroup(String name, int priority, String metricPrefix) {
    return CfnWebACL.RuleProperty.builder()
        .name("AWS-" + name)
        .priority(priority)
        .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
        .statement(CfnWebACL.StatementProperty.builder()
            .managedRuleGroupStatement(CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                .vendorName("AWS")
                .name(name)
                .build())
            .build())
        .visibilityConfig(visibility(metricPrefix + "-" + name))
        .build();
  }

  private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
    return CfnWebACL.VisibilityConfigProperty.builder()
        .cloudWatchMetricsEnabled(true)
        .sampledRequestsEnabled(true)
        .metricName(metricName)
        .build();
  }
}
