package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import java.util.List;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/**
 * Every setting of a {@link WebService} that depends on the tier or has a default, fully resolved.
 *
 * @param ingressCidrs client networks allowed to reach the load balancer
 * @param httpsPort the HTTPS listener's port
 * @param internetFacing whether the load balancer is internet-facing
 * @param minTasks fewest running tasks
 * @param maxTasks most running tasks
 * @param deletionProtection whether the load balancer refuses deletion
 * @param executeCommand whether ECS Exec is enabled
 * @param webApplicationFirewall whether a WAF web ACL is attached
 * @param logRetentionDays retention of container and WAF logs
 * @param accessLogRetentionDays retention of load balancer access logs
 * @param sslPolicy the HTTPS listener's TLS policy
 * @param dropInvalidHeaderFields whether the load balancer drops invalid HTTP headers
 */
record WebServiceSettings(
    List<Cidr> ingressCidrs,
    int httpsPort,
    boolean internetFacing,
    int minTasks,
    int maxTasks,
    boolean deletionProtection,
    boolean executeCommand,
    boolean webApplicationFirewall,
    int logRetentionDays,
    int accessLogRetentionDays,
    SslPolicy sslPolicy,
    boolean dropInvalidHeaderFields) {

  WebServiceSettings {
    ingressCidrs = List.copyOf(ingressCidrs);
  }
}
