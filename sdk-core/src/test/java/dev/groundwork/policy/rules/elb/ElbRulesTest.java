package dev.groundwork.policy.rules.elb;

import static dev.groundwork.policy.TemplateFixture.assertCompliant;
import static dev.groundwork.policy.TemplateFixture.assertNotApplicable;
import static dev.groundwork.policy.TemplateFixture.assertUnknown;
import static dev.groundwork.policy.TemplateFixture.assertViolation;
import static dev.groundwork.policy.TemplateFixture.evaluate;
import static dev.groundwork.policy.TemplateFixture.template;

import dev.groundwork.core.Tier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ElbRulesTest {

  static final String LB = "AWS::ElasticLoadBalancingV2::LoadBalancer";
  static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
  static final String RULE = "AWS::ElasticLoadBalancingV2::ListenerRule";
  static final String REDIRECT = "[{'Type': 'redirect', 'RedirectConfig': {'Protocol': 'HTTPS', "
      + "'Port': '443', 'StatusCode': 'HTTP_301'}}]";
  static final String FORWARD = "[{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TG'}}]";

  @Nested
  class HttpsRequired {
    final ElbListenerRequiresHttps rule = new ElbListenerRequiresHttps();

    @Test
    void passesWhenHttpListenerOnlyRedirects() {
      assertCompliant(evaluate(rule, LISTENER, "{'Protocol': 'HTTP', 'Port': 80, 'DefaultActions': " + REDIRECT + "}"));
    }

    @Test
    void failsWhenHttpListenerForwards() {
      assertViolation(evaluate(rule, LISTENER, "{'Protocol': 'HTTP', 'Port': 80, 'DefaultActions': " + FORWARD + "}"),
          "Properties.DefaultActions", "forward");
    }

    @Test
    void notApplicableToHttpsListeners() {
      assertNotApplicable(evaluate(rule, LISTENER, "{'Protocol': 'HTTPS', 'DefaultActions': " + FORWARD + "}"));
    }

    @Test
    void unknownWhenProtocolIsParameter() {
      assertUnknown(evaluate(rule, LISTENER, "{'Protocol': {'Ref': 'Protocol'}}"));
    }
  }

  @Nested
  class HttpListenerRules {
    final ElbHttpListenerRulesRedirectOnly rule = new ElbHttpListenerRulesRedirectOnly();

    @Test
    void passesWhenRuleOnHttpListenerRedirects() {
      assertCompliant(template().resource("L", LISTENER, "{'Protocol': 'HTTP'}")
          .resource("R", RULE, "{'ListenerArn': {'Ref': 'L'}, 'Actions': " + REDIRECT + "}").evaluate(rule, "R"));
    }

    @Test
    void failsWhenRuleOnHttpListenerForwards() {
      assertViolation(template().resource("L", LISTENER, "{'Protocol': 'HTTP'}")
          .resource("R", RULE, "{'ListenerArn': {'Ref': 'L'}, 'Actions': " + FORWARD + "}").evaluate(rule, "R"),
          "Properties.Actions", "HTTP listener L");
    }

    @Test
    void notApplicableOnHttpsListener() {
      assertNotApplicable(template().resource("L", LISTENER, "{'Protocol': 'HTTPS'}")
          .resource("R", RULE, "{'ListenerArn': {'Ref': 'L'}, 'Actions': " + FORWARD + "}").evaluate(rule, "R"));
    }

    @Test
    void unknownWhenListenerIsImported() {
      assertUnknown(evaluate(rule, RULE, "{'ListenerArn': {'Fn::ImportValue': 'listener'}}"));
    }
  }

  @Nested
  class TlsPolicy {
    final ElbListenerModernTlsPolicy rule = new ElbListenerModernTlsPolicy();

    @Test
    void passesWithTls13Policy() {
      assertCompliant(evaluate(rule, LISTENER, "{'Protocol': 'HTTPS', 'SslPolicy': 'ELBSecurityPolicy-TLS13-1-2-2021-06'}"));
    }

    @Test
    void failsWithLegacy2016Policy() {
      assertViolation(evaluate(rule, LISTENER, "{'Protocol': 'HTTPS', 'SslPolicy': 'ELBSecurityPolicy-2016-08'}"),
          "Properties.SslPolicy", "uses ELBSecurityPolicy-2016-08, which allows TLSv1, TLSv1.1");
    }

    @Test
    void failsWhenPolicyNotSet() {
      assertViolation(evaluate(rule, LISTENER, "{'Protocol': 'TLS'}"), "Properties.SslPolicy",
          "has no security policy, so it gets ELBSecurityPolicy-2016-08, which allows TLSv1, TLSv1.1");
    }

    @Test
    void notApplicableToHttpListeners() {
      assertNotApplicable(evaluate(rule, LISTENER, "{'Protocol': 'HTTP'}"));
    }

    @Test
    void unknownWhenPolicyIsParameter() {
      assertUnknown(evaluate(rule, LISTENER, "{'Protocol': 'HTTPS', 'SslPolicy': {'Ref': 'Policy'}}"));
    }
  }

  @Nested
  class AccessLogs {
    final ElbAccessLogsEnabled rule = new ElbAccessLogsEnabled();

    @Test
    void passesWhenAccessLogsEnabled() {
      assertCompliant(evaluate(rule, LB, "{'LoadBalancerAttributes': [{'Key': 'access_logs.s3.enabled', 'Value': 'true'}]}"));
    }

    @Test
    void failsWhenAccessLogsNotConfigured() {
      assertViolation(evaluate(rule, LB, "{'LoadBalancerAttributes': [{'Key': 'deletion_protection.enabled', 'Value': 'true'}]}"),
          "Properties.LoadBalancerAttributes", "not set");
    }

    @Test
    void notApplicableToGatewayLoadBalancers() {
      assertNotApplicable(evaluate(rule, LB, "{'Type': 'gateway'}"));
    }

    @Test
    void unknownWhenValueIsParameter() {
      assertUnknown(evaluate(rule, LB, "{'LoadBalancerAttributes': [{'Key': 'access_logs.s3.enabled', 'Value': {'Ref': 'On'}}]}"));
    }
  }

  @Nested
  class DeletionProtection {
    final ElbDeletionProtectionEnabled rule = new ElbDeletionProtectionEnabled();

    @Test
    void passesInProdWhenProtected() {
      assertCompliant(template().resource("LB", LB, "{'LoadBalancerAttributes': [{'Key': "
          + "'deletion_protection.enabled', 'Value': 'true'}]}").evaluate(rule, "LB", Tier.PROD));
    }

    @Test
    void failsInProdWhenUnprotected() {
      assertViolation(template().resource("LB", LB, "{}").evaluate(rule, "LB", Tier.PROD),
          "Properties.LoadBalancerAttributes", "in PROD");
    }

    @Test
    void notApplicableInStaging() {
      assertNotApplicable(template().resource("LB", LB, "{}").evaluate(rule, "LB", Tier.STAGING));
    }

    @Test
    void unknownWhenValueIsParameter() {
      assertUnknown(template().resource("LB", LB, "{'LoadBalancerAttributes': [{'Key': "
          + "'deletion_protection.enabled', 'Value': {'Ref': 'P'}}]}").evaluate(rule, "LB", Tier.PROD));
    }
  }
}
