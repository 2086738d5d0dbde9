package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.internal.AccessLogBucket;
import dev.groundwork.constructs.network.Cidr;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.RedirectOptions;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * An Application Load Balancer that serves HTTPS only, with its access logs kept.
 *
 * <p>Beside it in its scope: its security group ({@code <id>SecurityGroup}, admitting only the
 * client networks on the HTTPS port and on 80, no egress until targets are added), the access log
 * bucket ({@code AccessLogs}, SSE-S3, retained), the certificate ({@code Certificate}: created
 * for the endpoint with DNS validation in its hosted zone {@code Zone}, or imported by ARN; none
 * for a CDK certificate the user brings) and, with an endpoint, the alias record
 * {@code AliasRecord} pointing its name at the load balancer. It drops invalid header fields,
 * speaks HTTP/2, refuses deletion when asked; its HTTPS listener uses the TLS policy of the
 * settings and its HTTP listener on 80 only redirects to HTTPS.
 */
final class HttpsLoadBalancer extends ApplicationLoadBalancer {
  private final IBucket accessLogs;
  private final ApplicationListener httpsListener;
  private final ICertificate served;
  private final WebServiceSettings settings;
  private final SecurityGroup securityGroup;

  HttpsLoadBalancer(Construct scope, String id, IVpc vpc, WebServiceSettings settings,
      Optional<TlsCertificate> certificate, Optional<ServiceEndpoint> endpoint) {
    this(scope, id, vpc, settings, certificate, endpoint, securityGroup(scope, id, vpc, settings));
  }

  private HttpsLoadBalancer(Construct scope, String id, IVpc vpc, WebServiceSettings settings,
      Optional<TlsCertificate> certificate, Optional<ServiceEndpoint> endpoint, SecurityGroup securityGroup) {
    super(scope, id, props(vpc, settings, securityGroup));
    this.settings = settings;
    this.securityGroup = securityGroup;
    this.accessLogs = AccessLogBucket.create(scope, "AccessLogs", settings.accessLogRetentionDays());
    logAccessLogs(accessLogs, "alb");
    this.served = certificate(scope, certificate, endpoint);
    this.httpsListener = addListener("Https", BaseApplicationListenerProps.builder()
        .port(settings.httpsPort())
        .protocol(ApplicationProtocol.HTTPS)
        .certificates(List.of(ListenerCertificate.fromCertificateManager(served)))
        .sslPolicy(settings.sslPolicy())
        .open(false)
        .build());
    addListener("Http", BaseApplicationListenerProps.builder()
        .port(80)
        .protocol(ApplicationProtocol.HTTP)
        .open(false)
        .defaultAction(ListenerAction.redirect(RedirectOptions.builder()
            .protocol("HTTPS")
            .port(String.valueOf(settings.httpsPort()))
            .permanent(true)
            .build()))
        .build());
  }

  private static SecurityGroup securityGroup(Construct scope, String id, IVpc vpc, WebServiceSettings settings) {
    SecurityGroup group = SecurityGroup.Builder.create(scope, id + "SecurityGroup")
        .vpc(vpc)
        .description("Load balancer of " + scope.getNode().getPath() + ": HTTPS and redirecting HTTP in")
        .allowAllOutbound(false)
        .build();
    for (Cidr client : settings.ingressCidrs()) {
      group.addIngressRule(Peer.ipv4(client.toString()), Port.tcp(settings.httpsPort()),
          "HTTPS from " + client);
      group.addIngressRule(Peer.ipv4(client.toString()), Port.tcp(80),
          "HTTP from " + client + ", redirected to HTTPS");
    }
    return group;
  }

  private static ApplicationLoadBalancerProps props(IVpc vpc, WebServiceSettings settings, SecurityGroup group) {
    return ApplicationLoadBalancerProps.builder()
        .vpc(vpc)
        .internetFacing(settings.internetFacing())
        .vpcSubnets(SubnetSelection.builder()
            .subnetType(settings.internetFacing() ? SubnetType.PUBLIC : SubnetType.PRIVATE_WITH_EGRESS)
            .build())
        .securityGroup(group)
        .dropInvalidHeaderFields(settings.dropInvalidHeaderFields())
        .deletionProtection(settings.deletionProtection())
        .http2Enabled(true)
        .build();
  }

  /**
   * The certificate the listener serves: the one given, else one created for the endpoint with
   * DNS validation in its zone; and, with an endpoint, the alias record pointing its name here.
   */
  private ICertificate certificate(Construct scope, Optional<TlsCertificate> given, Optional<ServiceEndpoint> endpoint) {
    Optional<IHostedZone> zone = endpoint.map(e -> e.hostedZone(scope, "Zone"));
    endpoint.ifPresent(e -> ARecord.Builder.create(scope, "AliasRecord")
        .zone(zone.orElseThrow())
        .recordName(e.domainName() + ".")
        .target(RecordTarget.fromAlias(new LoadBalancerTarget(this)))
        .build());
    if (given.isPresent() && given.get().certificate().isPresent()) {
      return given.get().certificate().get();
    }
    if (given.isPresent()) {
      return Certificate.fromCertificateArn(scope, "Certificate", given.get().arn().orElseThrow());
    }
    return Certificate.Builder.create(scope, "Certificate")
        .domainName(endpoint.orElseThrow().domainName())
        .validation(CertificateValidation.fromDns(zone.orElseThrow()))
        .build();
  }

  /**
   * Adds {@code TestListener}: HTTPS on {@code port} with the HTTPS listener's certificate and TLS
   * policy, answering 404 to requests no rule takes, reachable only from {@code clients} (the
   * VPC's CIDR when empty).
   */
  ApplicationListener addTestListener(int port, List<Cidr> clients) {
    if (clients.isEmpty()) {
      securityGroup.addIngressRule(Peer.ipv4(getVpc().getVpcCidrBlock()), Port.tcp(port),
          "Pre-traffic test listener from the VPC");
    }
    for (Cidr client : clients) {
      securityGroup.addIngressRule(Peer.ipv4(client.toString()), Port.tcp(port),
          "Pre-traffic test listener from " + client);
    }
    return addListener("TestListener", BaseApplicationListenerProps.builder()
        .port(port)
        .protocol(ApplicationProtocol.HTTPS)
        .certificates(List.of(ListenerCertificate.fromCertificateManager(served)))
        .sslPolicy(settings.sslPolicy())
        .open(false)
        .defaultAction(ListenerAction.fixedResponse(404))
        .build());
  }

  /** The HTTPS listener, for extra rules and the tasks' target group. */
  ApplicationListener httpsListener() {
    return httpsListener;
  }

  /** The access log bucket. */
  IBucket accessLogBucket() {
    return accessLogs;
  }
}
