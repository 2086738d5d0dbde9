package dev.groundwork.constructs.compute;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ecs.AlternateTarget;
import software.amazon.awscdk.services.ecs.AlternateTargetProps;
import software.amazon.awscdk.services.ecs.ListenerRuleConfiguration;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationActionProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListenerRule;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.elasticloadbalancingv2.WeightedTargetGroup;
import software.constructs.Construct;

/**
 * The two IP target groups and the production listener rule that ECS's native BLUE_GREEN, CANARY
 * and LINEAR deployments shift traffic between.
 *
 * <p>Beside it in its scope: {@code Tasks} (the group serving traffic before the first deployment)
 * and {@code TasksAlternate} (where the first deployment's new tasks start; each deployment moves
 * traffic to the group the old tasks are not in, so after it the groups have swapped roles), {@code ProductionRule} on the HTTPS listener
 * (every path, weighted forward to both groups; ECS moves the weights during a deployment) and the
 * listener's default action, a fixed 404 for requests no rule takes; with a test listener also
 * {@code TestRule} on it (the same weighted forward: during a deployment ECS points it at the new
 * tasks first, so checks run before production traffic moves). ECS gets a role (from
 * {@link AlternateTarget}) to change the rules' weights.
 */
final class TrafficShiftTargets {
  private TrafficShiftTargets() {}

  /** The two groups: {@code Tasks} and {@code TasksAlternate}. */
  record Groups(ApplicationTargetGroup tasks, ApplicationTargetGroup alternate) {}

  /**
   * Registers {@code service}'s container port behind the listener, and behind
   * {@code testListener} if given; returns both groups.
   */
  static Groups attach(Construct scope, ApplicationListener listener,
      Optional<ApplicationListener> testListener, PrivateFargateService service, int containerPort,
      HealthCheck healthCheck) {
    ApplicationTargetGroup serving = group(scope, "Tasks", service, containerPort, healthCheck);
    ApplicationTargetGroup alternate = group(scope, "TasksAlternate", service, containerPort, healthCheck);
    listener.addAction("Default", AddApplicationActionProps.builder()
        .action(ListenerAction.fixedResponse(404))
        .build());
    ApplicationListenerRule rule = rule(scope, "ProductionRule", listener, serving, alternate);
    AlternateTargetProps.Builder target = AlternateTargetProps.builder()
        .alternateTargetGroup(alternate)
        .productionListener(ListenerRuleConfiguration.applicationListenerRule(rule));
    testListener.ifPresent(test -> target.testListener(ListenerRuleConfiguration.applicationListenerRule(
        rule(scope, "TestRule", test, serving, alternate))));
    serving.addTarget(service.loadBalancerTarget(LoadBalancerTargetOptions.builder()
        .containerName(service.getTaskDefinition().getDefaultContainer().getContainerName())
        .containerPort(containerPort)
        .alternateTarget(new AlternateTarget("Alternate", target.build()))
        .build()));
    return new Groups(serving, alternate);
  }

  /** Every path of {@code listener}, weighted to the serving group; ECS moves the weights. */
  private static ApplicationListenerRule rule(Construct scope, String id, ApplicationListener listener,
      ApplicationTargetGroup serving, ApplicationTargetGroup alternate) {
    return ApplicationListenerRule.Builder.create(scope, id)
        .listener(listener)
        .priority(1)
        .conditions(List.of(ListenerCondition.pathPatterns(List.of("/*"))))
        .action(ListenerAction.weightedForward(List.of(
            WeightedTargetGroup.builder().targetGroup(serving).weight(100).build(),
            WeightedTargetGroup.builder().targetGroup(alternate).weight(0).build())))
        .build();
  }

  private static ApplicationTargetGroup group(Construct scope, String id,
      PrivateFargateService service, int port, HealthCheck healthCheck) {
    return ApplicationTargetGroup.Builder.create(scope, id)
        .vpc(service.getCluster().getVpc())
        .port(port)
        .protocol(ApplicationProtocol.HTTP)
        .targetType(TargetType.IP)
        .deregistrationDelay(Duration.seconds(30))
        .healthCheck(healthCheck)
        .build();
  }
}
