package dev.groundwork.policy.rules.elb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;

/** What the load balancer rules share: types (ELBv2 and Classic), attributes and redirect actions. */
final class LoadBalancers {

  static final String LOAD_BALANCER = "AWS::ElasticLoadBalancingV2::LoadBalancer";
  static final String CLASSIC = "AWS::ElasticLoadBalancing::LoadBalancer";
  static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
  static final String LISTENER_RULE = "AWS::ElasticLoadBalancingV2::ListenerRule";

  private LoadBalancers() {}

  /** The value of a {@code LoadBalancerAttributes} key: literal text, {@code null} if absent. */
  static JsonNode attribute(Resource loadBalancer, String key) {
    for (JsonNode attribute : Intrinsics.items(loadBalancer.property("LoadBalancerAttributes"))) {
      if (key.equals(attribute.path("Key").asText())) {
        return attribute.path("Value");
      }
    }
    return null;
  }

  /** Whether every action of the list is a redirect to HTTPS. */
  static boolean onlyRedirectsToHttps(JsonNode actions) {
    if (Intrinsics.isIntrinsic(actions) || Intrinsics.items(actions).isEmpty()) {
      return false;
    }
    for (JsonNode action : Intrinsics.items(actions)) {
      if (!"redirect".equals(action.path("Type").asText())
          || !"HTTPS".equals(action.path("RedirectConfig").path("Protocol").asText())) {
        return false;
      }
    }
    return true;
  }

  /** The type of the first action of a list (or of the one action given alone), or {@code none}. */
  static String firstActionType(JsonNode actions) {
    return Intrinsics.items(actions).stream().findFirst().map(a -> a.path("Type").asText("none")).orElse("none");
  }

  /** Whether the load balancer is a gateway load balancer (no HTTP features apply). */
  static boolean isGateway(Resource loadBalancer) {
    return "gateway".equals(loadBalancer.property("Type").asText());
  }

  static boolean isTrue(JsonNode value) {
    return value != null && Intrinsics.truth(value) == Intrinsics.Truth.TRUE;
  }
}
