package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input of {@link WebService}. Required: the cluster, the container and the endpoint (or a
 * certificate);
 * everything else has a safe default, some by tier. What every service takes is in
 * {@link ServiceOptions}.
 */
@Value.Immutable
@GroundworkStyle
public interface WebServiceProps extends ServiceOptions {

  /** The port the container serves plain HTTP on (TLS ends at the load balancer). Default: 8080. */
  @Value.Default
  default int containerPort() {
    return 8080;
  }

  /**
   * The service's public name in a Route 53 hosted zone: the service creates an ACM certificate
   * for it (validated through DNS in that zone) and an alias record pointing it at the load
   * balancer; the uptime canary and the pipeline's smoke test check it. Required unless
   * {@link #certificate()} is given (then DNS is yours).
   */
  Optional<ServiceEndpoint> endpoint();

  /**
   * A certificate to serve instead of creating one for {@link #endpoint()}: the escape hatch for
   * a certificate imported or shared in the app. With an endpoint, it must cover the endpoint's
   * name. Default: a DNS-validated certificate for the endpoint.
   */
  Optional<TlsCertificate> certificate();

  /**
   * Client networks allowed to reach the load balancer on the HTTPS port and on port 80 (which
   * only redirects to HTTPS). Default: {@code 0.0.0.0/0} (everyone) for an internet-facing
   * service. Only ports 80 and 443 may be opened to everyone.
   */
  Optional<List<Cidr>> ingressCidrs();

  /** The HTTPS listener's port. Default: 443. */
  @Value.Default
  default int httpsPort() {
    return 443;
  }

  /**
   * Whether the load balancer is reachable from the internet (in public subnets) rather than
   * only from inside the network (private subnets). Default: internet-facing.
   */
  @Value.Default
  default boolean internetFacing() {
    return true;
  }

  /** Readiness and liveness checks. Default: {@link HealthCheckOptions#defaults()}. */
  @Value.Default
  default HealthCheckOptions healthCheck() {
    return HealthCheckOptions.defaults();
  }

  /** Average CPU utilization that scaling aims for, 10 to 90 percent. Default: 60. */
  @Value.Default
  default int cpuTargetPercent() {
    return 60;
  }

  /** Average memory utilization that scaling aims for, 10 to 90 percent. Default: 70. */
  @Value.Default
  default int memoryTargetPercent() {
    return 70;
  }

  /** Requests per task per minute that scaling aims for. Default: 1000. */
  @Value.Default
  default int requestsPerTarget() {
    return 1000;
  }

  /** Whether the load balancer refuses deletion. Default by tier: on in PROD only. */
  Optional<Boolean> deletionProtection();

  /**
   * Whether an AWS WAF web ACL protects the load balancer (AWS managed common, known-bad-inputs
   * and IP-reputation rules, and a per-IP rate limit), with its logs kept. Default: on.
   * Turning it off is an explicit weakening the policy report shows.
   */
  @Value.Default
  default boolean webApplicationFirewall() {
    return true;
  }

  /** Requests one client IP may make in any 5 minutes before WAF blocks it, 10 or more. Default: 2000. */
  @Value.Default
  default int rateLimitPerIp() {
    return 2000;
  }

  /**
   * How tasks are replaced: ECS's ROLLING, BLUE_GREEN, LINEAR or CANARY strategy with rollback
   * alarms, defaults by tier in {@link DeploymentOptions}. Default: none, which deploys ROLLING
   * with the circuit breaker rolling back a deployment whose tasks fail to start or stay healthy.
   */
  Optional<DeploymentOptions> deployment();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebServiceProps}. */
  final class Builder extends ImmutableWebServiceProps.Builder
      implements ServiceOptions.Builder<Builder> {}
}
