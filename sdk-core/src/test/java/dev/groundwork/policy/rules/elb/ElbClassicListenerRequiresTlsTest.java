package dev.groundwork.policy.rules.elb;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import org.junit.jupiter.api.Test;

class ElbClassicListenerRequiresTlsTest {

  static final String CLASSIC = "AWS::ElasticLoadBalancing::LoadBalancer";
  final ElbClassicListenerRequiresTls rule = new ElbClassicListenerRequiresTls();

  @Test
  void passesWithHttpsAndSslListeners() {
    assertCompliant(evaluate(rule, CLASSIC, "{'Listeners': ["
        + "{'LoadBalancerPort': '443', 'InstancePort': '8080', 'Protocol': 'HTTPS', 'SSLCertificateId': 'arn'},"
        + "{'LoadBalancerPort': '8443', 'InstancePort': '8443', 'Protocol': 'ssl', 'SSLCertificateId': 'arn'}]}"));
  }

  @Test
  void failsWithAPlainHttpListener() {
    assertViolation(evaluate(rule, CLASSIC, "{'Listeners': ["
        + "{'LoadBalancerPort': '443', 'InstancePort': '80', 'Protocol': 'HTTPS'},"
        + "{'LoadBalancerPort': '80', 'InstancePort': '80', 'Protocol': 'HTTP'}]}"),
        "Properties.Listeners[1].Protocol", "port 80 uses HTTP");
  }

  @Test
  void failsWithAPlainTcpListener() {
    assertViolation(evaluate(rule, CLASSIC, "{'Listeners': [{'LoadBalancerPort': 25, 'InstancePort': 25, 'Protocol': 'TCP'}]}"),
        "Properties.Listeners[0].Protocol", "uses TCP");
  }

  @Test
  void unknownWhenTheProtocolIsAParameter() {
    assertUnknown(evaluate(rule, CLASSIC, "{'Listeners': [{'LoadBalancerPort': 80, 'Protocol': {'Ref': 'P'}}]}"),
        "Properties.Listeners[0].Protocol");
  }

  @Test
  void unknownWhenTheListenersAreAToken() {
    assertUnknown(evaluate(rule, CLASSIC, "{'Listeners': {'Fn::If': ['C', [], []]}}"), "Properties.Listeners");
  }

  @Test
  void notApplicableWithoutListeners() {
    assertNotApplicable(evaluate(rule, CLASSIC, "{'Listeners': []}"));
  }

  @Test
  void notApplicableToApplicationLoadBalancers() {
    assertNotApplicableTo(rule, LoadBalancers.LOAD_BALANCER, "{}");
  }
}
