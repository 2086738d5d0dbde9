package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;
import java.util.List;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;

/** Resolves every tier-dependent setting of a {@link WebService}, in one place. */
final class WebServiceDefaults {
  private WebServiceDefaults() {}

  static WebServiceSettings resolve(WebServiceProps props, PlatformContext context) {
    Tier tier = context.tier();
    return WebServiceSettings.builder()
        .service(ServiceDefaults.resolve(props, context,
            switch (tier) {
              case DEV -> 1;
              case STAGING -> 2;
              case PROD -> 3;
            },
            switch (tier) {
              case DEV -> 2;
              case STAGING -> 4;
              case PROD -> 10;
            }))
        .addAllIngressCidrs(props.ingressCidrs().orElse(List.of(Cidr.ANY_IPV4)))
        .httpsPort(props.httpsPort())
        .internetFacing(props.internetFacing())
        .deletionProtection(props.deletionProtection().orElse(tier == Tier.PROD))
        .webApplicationFirewall(props.webApplicationFirewall())
        .tracing(props.tracing().orElse(tier != Tier.DEV))
        .accessLogRetentionDays(context.defaults().logRetentionDays())
        // ELBSecurityPolicy-TLS13-1-2-2021-06: TLS 1.3 and 1.2 with forward-secret ciphers only.
        .sslPolicy(SslPolicy.RECOMMENDED_TLS)
        .dropInvalidHeaderFields(true)
        .build();
  }
}
