package dev.groundwork.policy.rules.elb;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;
import static dev.groundwork.testing.TemplateFixture.template;

import dev.groundwork.core.Tier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ElbRulesTest {

  static final String LB = "AWS::ElasticLoadBalancingV2::LoadBalancer";
  static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
  static final String CLASSIC = "AWS::ElasticLoadBalancing::LoadBalancer";
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
    void failsWithATls13PolicyThatStillAllowsTls10() {
      assertViolation(evaluate(rule, LISTENER, "{'Protocol': 'HTTPS', 'SslPolicy': 'ELBSecurityPolicy-TLS13-1-0-2021-06'}"),
          "Properties.SslPolicy", "which allows TLSv1, TLSv1.1 (AWS lists it with TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)");
    }

    @Test
    void passesWithATls12PolicyWhoseNameSaysNoTls13() {
      assertCompliant(evaluate(rule, LISTENER, "{'Protocol': 'TLS', 'SslPolicy': 'ELBSecurityPolicy-FS-1-2-Res-2020-10'}"));
    }

    @Test
    void unknownWithAPolicyTheTableDoesNotList() {
      var evaluation = evaluate(rule, LISTENER, "{'Protocol': 'HTTPS', 'SslPolicy': 'ELBSecurityPolicy-Custom-2031'}");
      org.assertj.core.api.Assertions.assertThat(evaluation.outcome()).isEqualTo(dev.groundwork.policy.Outcome.UNKNOWN);
      org.assertj.core.api.Assertions.assertThat(evaluation.unknownReason())
          .contains("ELBSecurityPolicy-Custom-2031", "does not list", "security-policies.tsv");
    }

    @Test
    void failsWhenAClassicHttpsListenerHasNoNegotiationPolicy() {
      assertViolation(evaluate(rule, CLASSIC, "{'Listeners': [{'LoadBalancerPort': '443', 'Protocol': 'HTTPS'}]}"),
          "Properties.Listeners[0].PolicyNames", "gets ELBSecurityPolicy-2016-08, which allows TLSv1, TLSv1.1");
    }

    @Test
    void passesWhenAClassicListenerReferencesATls12Policy() {
      assertCompliant(evaluate(rule, CLASSIC, "{'Listeners': [{'LoadBalancerPort': '443', 'Protocol': 'SSL', "
          + "'PolicyNames': ['Tls12']}], 'Policies': [{'PolicyName': 'Tls12', 'PolicyType': 'SSLNegotiationPolicyType', "
          + "'Attributes': [{'Name': 'Reference-Security-Policy', 'Value': 'ELBSecurityPolicy-TLS-1-2-2017-01'}]}]}"));
    }

    @Test
    void failsWhenAClassicPolicyEnablesAnOldProtocolByAttributeOnItsPort() {
      assertViolation(evaluate(rule, CLASSIC, "{'Listeners': {'LoadBalancerPort': 443, 'Protocol': 'HTTPS'}, "
              + "'Policies': {'PolicyName': 'Own', 'PolicyType': 'SSLNegotiationPolicyType', 'LoadBalancerPorts': ['443'], "
              + "'Attributes': [{'Name': 'Protocol-TLSv1.2', 'Value': true}, {'Name': 'Protocol-SSLv3', 'Value': 'true'}]}}"),
          "Properties.Listeners[0].PolicyNames", "uses policy Own, which enables SSLv3");
    }

    @Test
    void notApplicableToAClassicLoadBalancerWithoutTlsListeners() {
      assertNotApplicable(evaluate(rule, CLASSIC, "{'Listeners': [{'LoadBalancerPort': '80', 'Protocol': 'HTTP'}]}"));
    }

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
    void failsWhenAClassicLoadBalancerLogsNothing() {
      assertViolation(evaluate(rule, CLASSIC, "{'Listeners': []}"), "Properties.AccessLoggingPolicy.Enabled",
          "AccessLoggingPolicy.Enabled is not set");
    }

    @Test
    void passesWhenAClassicLoadBalancerLogs() {
      assertCompliant(evaluate(rule, CLASSIC, "{'AccessLoggingPolicy': {'Enabled': 'true', 'S3BucketName': 'logs'}}"));
    }

    @Test
    void unknownWhenAClassicLoadBalancersLoggingIsConditional() {
      assertUnknown(evaluate(rule, CLASSIC, "{'AccessLoggingPolicy': {'Enabled': {'Fn::If': ['C', true, false]}}}"),
          "Properties.AccessLoggingPolicy.Enabled");
    }

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
