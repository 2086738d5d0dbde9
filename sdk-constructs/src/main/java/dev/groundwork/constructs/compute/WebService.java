package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.internal.AccessLogBucket;
import dev.groundwork.constructs.internal.Validation;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.observability.EncryptedLogGroup;
import dev.groundwork.constructs.observability.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.MemoryUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.RequestCountScalingProps;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.RedirectOptions;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

/**
 * An HTTP service on Fargate behind an HTTPS Application Load Balancer and AWS WAF.
 *
 * <p>Resources: an {@link EncryptedLogGroup} for container logs; a Fargate task definition with
 * one hardened container (see {@link ContainerOptions}) and its task and execution roles; the
 * Fargate service in the private subnets (circuit breaker with rollback, rolling updates,
 * capacity providers of the cluster, ECS Exec by tier); an Application Load Balancer (public
 * subnets unless internal; invalid header fields dropped; deletion protection in PROD) with its
 * security group admitting only the configured client networks on the HTTPS port and on 80; an
 * HTTPS listener (TLS 1.3/1.2 policy) forwarding to the tasks and an HTTP listener that only
 * redirects to HTTPS; an S3 bucket for access logs (SSE-S3, retained); target tracking scaling
 * on CPU, memory and requests per task; the certificate (imported by ARN, or created with DNS
 * validation plus an alias record); and, unless opted out, a WAF web ACL with logging.
 *
 * <p>The tasks' security group admits traffic only from the load balancer's security group on
 * the container port, and lets tasks out only on HTTPS. Use {@link #connections()} to open more
 * (e.g. to a database).
 */
public final class WebService extends Construct {
  private final WebServiceSettings settings;
  private final EncryptedLogGroup logs;
  private final FargateTaskDefinition taskDefinition;
  private final ContainerDefinition container;
  private final FargateService service;
  private final ApplicationLoadBalancer loadBalancer;
  private final ApplicationListener httpsListener;
  private final ApplicationTargetGroup targetGroup;
  private final IBucket accessLogs;
  private final ScalableTaskCount scaling;
  private final Optional<WebAcl> webAcl;

  public WebService(Construct scope, String id, WebServiceProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    this.settings = WebServiceDefaults.resolve(props, context);
    Validation validation = Validation.of("WebService", this);
    WebServiceValidation.check(props, settings, context, validation);
    validation.throwIfAny();
    ServiceCluster cluster = props.cluster();
    HealthCheckOptions health = props.healthCheck();

    this.logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.logRetentionDays())
        .build());
    this.taskDefinition = ContainerHardening.taskDefinition(this, props.container());
    this.container = ContainerHardening.addContainer(taskDefinition, props.container(),
        logs.logGroup(), Optional.of(props.containerPort()), Map.of(),
        liveness(props.container(), health, props.containerPort()), settings.executeCommand());

    SecurityGroup serviceGroup = HardenedFargateService.securityGroup(this, cluster);
    this.service = HardenedFargateService.create(this, cluster, taskDefinition, serviceGroup,
        new HardenedFargateService.Deployment(props.minHealthyPercent(), props.maxPercent(),
            settings.executeCommand(), Optional.of(Duration.seconds(health.gracePeriodSeconds()))));

    SecurityGroup loadBalancerGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup")
        .vpc(cluster.vpc())
        .description("Load balancer of " + getNode().getPath() + ": HTTPS and redirecting HTTP in")
        .allowAllOutbound(false)
        .build();
    for (Cidr client : settings.ingressCidrs()) {
      loadBalancerGroup.addIngressRule(Peer.ipv4(client.toString()), Port.tcp(settings.httpsPort()),
          "HTTPS from " + client);
      loadBalancerGroup.addIngressRule(Peer.ipv4(client.toString()), Port.tcp(80),
          "HTTP from " + client + ", redirected to HTTPS");
    }
    this.loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
        .vpc(cluster.vpc())
        .internetFacing(settings.internetFacing())
        .vpcSubnets(SubnetSelection.builder()
            .subnetType(settings.internetFacing() ? SubnetType.PUBLIC : SubnetType.PRIVATE_WITH_EGRESS)
            .build())
        .securityGroup(loadBalancerGroup)
        .dropInvalidHeaderFields(settings.dropInvalidHeaderFields())
        .deletionProtection(settings.deletionProtection())
        .http2Enabled(true)
        .build();
    this.accessLogs = AccessLogBucket.create(this, "AccessLogs", settings.accessLogRetentionDays());
    loadBalancer.logAccessLogs(accessLogs, "alb");

    ICertificate certificate = certificate(props.certificate());
    this.httpsListener = loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
        .port(settings.httpsPort())
        .protocol(ApplicationProtocol.HTTPS)
        .certificates(List.of(ListenerCertificate.fromCertificateManager(certificate)))
        .sslPolicy(settings.sslPolicy())
        .open(false)
        .build());
    loadBalancer.addListener("Http", BaseApplicationListenerProps.builder()
        .port(80)
        .protocol(ApplicationProtocol.HTTP)
        .open(false)
        .defaultAction(ListenerAction.redirect(RedirectOptions.builder()
            .protocol("HTTPS")
            .port(String.valueOf(settings.httpsPort()))
            .permanent(true)
            .build()))
        .build());
    this.targetGroup = httpsListener.addTargets("Tasks", AddApplicationTargetsProps.builder()
        .port(props.containerPort())
        .protocol(ApplicationProtocol.HTTP)
        .targets(List.of(service))
        .deregistrationDelay(Duration.seconds(30))
        .healthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
            .path(health.path())
            .interval(Duration.seconds(health.intervalSeconds()))
            .timeout(Duration.seconds(health.timeoutSeconds()))
            .healthyThresholdCount(health.healthyThreshold())
            .unhealthyThresholdCount(health.unhealthyThreshold())
            .healthyHttpCodes(health.healthyHttpCodes())
            .build())
        .build());

    this.scaling = service.autoScaleTaskCount(software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps.builder()
        .minCapacity(settings.minTasks())
        .maxCapacity(settings.maxTasks())
        .build());
    scaling.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
        .targetUtilizationPercent(props.cpuTargetPercent()).build());
    scaling.scaleOnMemoryUtilization("Memory", MemoryUtilizationScalingProps.builder()
        .targetUtilizationPercent(props.memoryTargetPercent()).build());
    scaling.scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
        .requestsPerTarget(props.requestsPerTarget())
        .targetGroup(targetGroup)
        .build());

    this.webAcl = settings.webApplicationFirewall()
        ? Optional.of(new WebAcl(this, "Waf", loadBalancer.getLoadBalancerArn(),
            props.rateLimitPerIp(), settings.logRetentionDays()))
        : Optional.empty();
  }

  private static Optional<HealthCheck> liveness(ContainerOptions container, HealthCheckOptions health,
      int port) {
    if (container.livenessCommand().isPresent()) {
      return Optional.of(ContainerHardening.liveness(container.livenessCommand().get()));
    }
    if (!health.liveness()) {
      return Optional.empty();
    }
    return Optional.of(ContainerHardening.liveness(List.of("CMD-SHELL",
        "curl -fsS -o /dev/null http://localhost:" + port + health.path() + " || exit 1")));
  }

  private ICertificate certificate(TlsCertificate source) {
    if (source.arn().isPresent()) {
      return Certificate.fromCertificateArn(this, "Certificate", source.arn().get());
    }
    IHostedZone zone = HostedZone.fromHostedZoneAttributes(this, "Zone", HostedZoneAttributes.builder()
        .hostedZoneId(source.hostedZoneId().orElseThrow())
        .zoneName(source.zoneName().orElseThrow())
        .build());
    String domain = source.domainName().orElseThrow();
    Certificate created = Certificate.Builder.create(this, "Certificate")
        .domainName(domain)
        .validation(CertificateValidation.fromDns(zone))
        .build();
    ARecord.Builder.create(this, "AliasRecord")
        .zone(zone)
        .recordName(domain + ".")
        .target(RecordTarget.fromAlias(new LoadBalancerTarget(loadBalancer)))
        .build();
    return created;
  }

  /** The Fargate service: the escape hatch for anything Groundwork does not wrap. */
  public FargateService service() {
    return service;
  }

  /** The task definition; add sidecars or grant the task role through it. */
  public FargateTaskDefinition taskDefinition() {
    return taskDefinition;
  }

  /** The application container. */
  public ContainerDefinition container() {
    return container;
  }

  /** The load balancer. */
  public IApplicationLoadBalancer loadBalancer() {
    return loadBalancer;
  }

  /** The HTTPS listener, for extra rules. */
  public ApplicationListener httpsListener() {
    return httpsListener;
  }

  /** The target group of the tasks. */
  public ApplicationTargetGroup targetGroup() {
    return targetGroup;
  }

  /** The tasks' network connections, e.g. {@code connections().allowTo(database, Port.tcp(5432))}. */
  public Connections connections() {
    return service.getConnections();
  }

  /** The task count scaling, for extra policies or schedules. */
  public ScalableTaskCount scaling() {
    return scaling;
  }

  /** The container log group. */
  public ILogGroup logGroup() {
    return logs.logGroup();
  }

  /** The load balancer's access log bucket. */
  public IBucket accessLogBucket() {
    return accessLogs;
  }

  /** The WAF web ACL, unless {@code webApplicationFirewall(false)}. */
  public Optional<CfnWebACL> webAcl() {
    return webAcl.map(WebAcl::webAcl);
  }
}
