package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import java.util.List;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/**
 * Every setting of a {@link WebService} that depends on the tier or has a default, resolved from
 * its props and tier.
 *
 * @param service the settings every service shares
 * @param ingressCidrs client networks allowed to reach the load balancer
 * @param httpsPort the HTTPS listener's port
 * @param internetFacing whether the load balancer is internet-facing
 * @param deletionProtection whether the load balancer refuses deletion
 * @param webApplicationFirewall whether a WAF web ACL is attached
 * @param accessLogRetentionDays retention of the load balancer's access logs, in days
 * @param sslPolicy the HTTPS listener's TLS policy
 * @param dropInvalidHeaderFields whether the load balancer drops invalid HTTP headers
 * @param deployment how tasks are replaced: the strategy, its bake time and traffic shift
 */
record WebServiceSettings(
    ServiceSettings service,
    List<Cidr> ingressCidrs,
    int httpsPort,
    boolean internetFacing,
    boolean deletionProtection,
    boolean webApplicationFirewall,
    int accessLogRetentionDays,
    SslPolicy sslPolicy,
    boolean dropInvalidHeaderFields,
    DeploymentSettings deployment) {

  WebServiceSettings {
    ingressCidrs = List.copyOf(ingressCidrs);
  }
}
