package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import org.immutables.value.Value;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/** Every setting of a {@link WebService} that depends on the tier or has a default, fully resolved. */
@Value.Immutable
@GroundworkStyle
interface WebServiceSettings {
  /** The settings every service shares. */
  ServiceSettings service();

  /** Client networks allowed to reach the load balancer. */
  List<Cidr> ingressCidrs();

  /** The HTTPS listener's port. */
  int httpsPort();

  /** Whether the load balancer is internet-facing. */
  boolean internetFacing();

  /** Whether the load balancer refuses deletion. */
  boolean deletionProtection();

  /** Whether a WAF web ACL is attached. */
  boolean webApplicationFirewall();

  /** Whether an X-Ray tracing sidecar runs beside the container. */
  boolean tracing();

  /** Retention of load balancer access logs. */
  int accessLogRetentionDays();

  /** The HTTPS listener's TLS policy. */
  SslPolicy sslPolicy();

  /** Whether the load balancer drops invalid HTTP headers. */
  boolean dropInvalidHeaderFields();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebServiceSettings}. */
  final class Builder extends ImmutableWebServiceSettings.Builder {}
}
