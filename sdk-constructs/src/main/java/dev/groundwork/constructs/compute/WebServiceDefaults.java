package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/** Resolves every tier-dependent setting of a {@link WebService}, in one place. */
final class WebServiceDefaults {
  /** One task per zone in PROD. */
  static final ByTier<Integer> MIN_TASKS = ByTier.of(1, 2, 3);
  static final ByTier<Integer> MAX_TASKS = ByTier.of(2, 4, 10);
  static final ByTier<Boolean> DELETION_PROTECTION = ByTier.of(false, false, true);
  /** With deployment options: DEV replaces tasks in place, STAGING and PROD try a canary first. */
  static final ByTier<DeploymentStrategy> DEPLOYMENT_STRATEGY =
      ByTier.of(DeploymentStrategy.ROLLING, DeploymentStrategy.CANARY, DeploymentStrategy.CANARY);
  static final ByTier<Integer> BAKE_TIME_MINUTES = ByTier.of(0, 5, 15);
  static final double CANARY_PERCENT = 10.0;
  static final double LINEAR_STEP_PERCENT = 20.0;

  private WebServiceDefaults() {}

  static WebServiceSettings resolve(WebServiceProps props, PlatformContext context) {
    Tier tier = context.tier();
    return new WebServiceSettings(
        ServiceDefaults.resolve(props, context, MIN_TASKS, MAX_TASKS),
        props.ingressCidrs().orElse(List.of(Cidr.ANY_IPV4)),
        props.httpsPort(),
        props.internetFacing(),
        props.deletionProtection().orElse(DELETION_PROTECTION.get(tier)),
        props.webApplicationFirewall(),
        context.defaults().logRetentionDays(),
        // ELBSecurityPolicy-TLS13-1-2-2021-06: TLS 1.3 and 1.2 with forward-secret ciphers only.
        SslPolicy.RECOMMENDED_TLS,
        true,
        props.deployment().map(options -> deployment(options, tier)).orElse(DeploymentSettings.CIRCUIT_BREAKER_ONLY));
  }

  /** {@code options} with the defaults of {@code tier}. */
  static DeploymentSettings deployment(DeploymentOptions options, Tier tier) {
    DeploymentStrategy strategy = options.strategy().orElse(DEPLOYMENT_STRATEGY.get(tier));
    Optional<Double> percent = switch (strategy) {
      case CANARY -> Optional.of(options.trafficShiftPercent().orElse(CANARY_PERCENT));
      case LINEAR -> Optional.of(options.trafficShiftPercent().orElse(LINEAR_STEP_PERCENT));
      default -> options.trafficShiftPercent();
    };
    return new DeploymentSettings(strategy, options.rollbackAlarms(),
        options.bakeTimeMinutes().orElse(BAKE_TIME_MINUTES.get(tier)), percent,
        options.trafficShiftStepMinutes(), options.testListenerPort(), options.testListenerClients());
  }
}
