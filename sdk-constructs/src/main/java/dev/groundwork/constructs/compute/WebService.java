package dev.groundwork.constructs.compute;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.ecs.AlarmBehavior;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentAlarmOptions;
import software.amazon.awscdk.services.ecs.MemoryUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.RequestCountScalingProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

/**
 * An HTTP service on Fargate behind an HTTPS Application Load Balancer and AWS WAF.
 *
 * <p>Composed of: an {@link EncryptedLogGroup} for container logs; a {@link HardenedTaskDefinition}
 * with one hardened container (see {@link ContainerOptions}) and its task and execution roles; a
 * {@link PrivateFargateService} in the private subnets (circuit breaker with rollback, rolling
 * updates unless {@link WebServiceProps#deployment()} chooses ECS's BLUE_GREEN, CANARY or LINEAR
 * strategy with rollback alarms, which adds a second IP target group and a weighted production
 * listener rule, and on request a test listener for checks before production traffic moves (see
 * {@link DeploymentOptions#testListenerPort()}); rollback alarms also come from
 * {@link #addRollbackAlarms}; capacity providers of the cluster, ECS Exec by tier); an HTTPS load balancer (public
 * subnets unless internal; invalid header fields dropped; deletion protection in PROD) with its
 * security group admitting only the configured client networks on the HTTPS port and on 80, an
 * HTTPS listener (TLS 1.3/1.2 policy) forwarding to the tasks, an HTTP listener that only
 * redirects to HTTPS, an S3 bucket for access logs (SSE-S3, retained), for its
 * {@link ServiceEndpoint} an ACM certificate validated through DNS in the endpoint's hosted zone
 * and an alias record pointing the name at the load balancer (or the certificate given instead); target tracking scaling on CPU, memory and requests per task; and, unless opted out, a
 * WAF web ACL with logging; by tier (STAGING and PROD), a {@link TracingSidecar} sending traces
 * to X-Ray.
 *
 * <p>The tasks' security group admits traffic only from the load balancer's security group on
 * the container port, and lets tasks out only on HTTPS. Use {@link #connections()} to open more
 * (e.g. to a database).
 */
public final class WebService extends Construct implements FargateWorkload {
  private final PrivateFargateService service;
  private final HttpsLoadBalancer loadBalancer;
  private final ApplicationTargetGroup targetGroup;
  private final Optional<ApplicationTargetGroup> alternateTargetGroup;
  private final Optional<WebAcl> webAcl;
  private final boolean internetFacing;
  private final String healthCheckPath;
  private final DeploymentSettings deployment;
  private final List<IAlarm> rollbackAlarms;
  private final Optional<ApplicationListener> testListener;
  private final Optional<ServiceEndpoint> endpoint;
  private final int httpsPort;

  public WebService(Construct scope, String id, WebServiceProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    WebServiceSettings settings = WebServiceDefaults.resolve(props, context);
    Problems validation = Problems.of("WebService", this);
    WebServiceValidation.check(props, settings, context, validation);
    settings.deployment().check(settings.httpsPort(), validation);
    validation.throwIfAny();
    this.deployment = settings.deployment();
    this.rollbackAlarms = new ArrayList<>();
    HealthCheckOptions health = props.healthCheck();
    this.internetFacing = settings.internetFacing();
    this.healthCheckPath = health.path();
    this.endpoint = props.endpoint();
    this.httpsPort = settings.httpsPort();

    EncryptedLogGroup logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.service().logRetentionDays())
        .build());
    HardenedTaskDefinition taskDefinition = new HardenedTaskDefinition(this, "TaskDefinition",
        props.container(),
        new HardenedTaskDefinition.Wiring(logs.logGroup(), Optional.of(props.containerPort()), Map.of(),
            livenessCommand(props.container(), health, props.containerPort()),
            settings.service().executeCommand()));
    if (settings.service().tracing()) {
      new TracingSidecar(this, "Tracing", TracingSidecarProps.of(taskDefinition));
    }
    this.service = new PrivateFargateService(this, "Service", props, taskDefinition,
        new PrivateFargateService.Deployment(settings.service(), props.minHealthyPercent(),
            props.maxPercent(), Optional.of(Duration.seconds(health.gracePeriodSeconds())), deployment));
    this.loadBalancer = new HttpsLoadBalancer(this, "LoadBalancer", props.cluster().getVpc(), settings,
        props.certificate(), props.endpoint());
    HealthCheck healthCheck = HealthCheck.builder()
        .path(health.path())
        .interval(Duration.seconds(health.intervalSeconds()))
        .timeout(Duration.seconds(health.timeoutSeconds()))
        .healthyThresholdCount(health.healthyThreshold())
        .unhealthyThresholdCount(health.unhealthyThreshold())
        .healthyHttpCodes(health.healthyHttpCodes())
        .build();
    this.testListener = deployment.testListenerPort()
        .map(port -> loadBalancer.addTestListener(port, deployment.testListenerClients()));
    if (deployment.shiftsTraffic()) {
      TrafficShiftTargets.Groups groups = TrafficShiftTargets.attach(this, loadBalancer.httpsListener(),
          testListener, service, props.containerPort(), healthCheck);
      this.targetGroup = groups.tasks();
      this.alternateTargetGroup = Optional.of(groups.alternate());
    } else {
      this.targetGroup = loadBalancer.httpsListener().addTargets("Tasks", AddApplicationTargetsProps.builder()
          .port(props.containerPort())
          .protocol(ApplicationProtocol.HTTP)
          .targets(List.of(service))
          .deregistrationDelay(Duration.seconds(30))
          .healthCheck(healthCheck)
          .build());
      this.alternateTargetGroup = Optional.empty();
    }

    service.scaling().scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
        .targetUtilizationPercent(props.cpuTargetPercent()).build());
    service.scaling().scaleOnMemoryUtilization("Memory", MemoryUtilizationScalingProps.builder()
        .targetUtilizationPercent(props.memoryTargetPercent()).build());
    service.scaling().scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
        .requestsPerTarget(props.requestsPerTarget())
        .targetGroup(targetGroup)
        .build());

    this.webAcl = settings.webApplicationFirewall()
        ? Optional.of(new WebAcl(this, "Waf", loadBalancer.getLoadBalancerArn(),
            props.rateLimitPerIp(), settings.service().logRetentionDays()))
        : Optional.empty();
    addRollbackAlarms(deployment.alarms());
    service.markWorkload(ImmutableMap.of("kind", MonitoringMetadata.WEB_SERVICE, "internetFacing", internetFacing));
    getNode().addValidation(() -> {
      Problems alarms = Problems.of("WebService", this);
      this.deployment.checkAlarms(rollbackAlarms.size(), alarms);
      return alarms.messages();
    });
  }

  /**
   * Rolls a deployment back when any of {@code alarms} fires: adds them to the ECS service's
   * deployment alarms ({@code ROLLBACK_ON_ALARM}), after those of {@link WebServiceProps#deployment()}.
   * Any strategy takes them; BLUE_GREEN, CANARY and LINEAR need at least one by synthesis.
   *
   * <p>ECS takes alarms by name, so the service depends on each alarm: an alarm on the service's
   * own metrics (its CPU, its task count) would make a circular dependency. Alarms on the load
   * balancer and target group, such as a watcher's {@code rollbackAlarms()}, are safe.
   */
  public WebService addRollbackAlarms(IAlarm... alarms) {
    return addRollbackAlarms(Arrays.asList(alarms));
  }

  /** {@link #addRollbackAlarms(IAlarm...)} for a list, e.g. a watcher's {@code rollbackAlarms()}. */
  public WebService addRollbackAlarms(List<? extends IAlarm> alarms) {
    if (alarms.isEmpty()) {
      return this;
    }
    if (rollbackAlarms.isEmpty()) {
      // Once, with every alarm added until synthesis: a second enableDeploymentAlarms call of CDK
      // 2.272 drops its names (it concatenates into a discarded array).
      service.enableDeploymentAlarms(Lazy.list(() -> rollbackAlarms.stream().map(IAlarm::getAlarmName).toList()),
          DeploymentAlarmOptions.builder().behavior(AlarmBehavior.ROLLBACK_ON_ALARM).build());
    }
    rollbackAlarms.addAll(alarms);
    return this;
  }

  /** The container's own liveness command, else curl against the liveness path, unless off. */
  private static Optional<List<String>> livenessCommand(ContainerOptions container,
      HealthCheckOptions health, int port) {
    if (container.livenessCommand().isPresent()) {
      return container.livenessCommand();
    }
    if (!health.liveness()) {
      return Optional.empty();
    }
    String path = health.livenessPath().orElse(health.path());
    return Optional.of(List.of("CMD-SHELL",
        "curl -fsS -o /dev/null 'http://localhost:" + port + path + "' || exit 1"));
  }

  @Override
  public PrivateFargateService service() {
    return service;
  }

  /** The load balancer. */
  public IApplicationLoadBalancer loadBalancer() {
    return loadBalancer;
  }

  /** The pre-traffic test listener, when {@link DeploymentOptions#testListenerPort()} asks for one. */
  public Optional<ApplicationListener> testListener() {
    return testListener;
  }

  /** Every alarm a deployment rolls back on: the deployment options' and those added since. */
  public List<IAlarm> rollbackAlarms() {
    return List.copyOf(rollbackAlarms);
  }

  /** The HTTPS listener, for extra rules. */
  public ApplicationListener httpsListener() {
    return loadBalancer.httpsListener();
  }

  /**
   * The target group of the tasks ({@code Tasks}). With a BLUE_GREEN, CANARY or LINEAR deployment
   * it serves only until the first deployment: each deployment moves traffic to the other group,
   * so read both, with {@link #alternateTargetGroup()}, for anything that watches traffic.
   */
  public ApplicationTargetGroup targetGroup() {
    return targetGroup;
  }

  /**
   * The second target group ({@code TasksAlternate}) ECS shifts traffic to and from with a
   * BLUE_GREEN, CANARY or LINEAR deployment; empty for ROLLING.
   */
  public Optional<ApplicationTargetGroup> alternateTargetGroup() {
    return alternateTargetGroup;
  }

  /** The load balancer's access log bucket. */
  public IBucket accessLogBucket() {
    return loadBalancer.accessLogBucket();
  }

  /** Whether the load balancer is reachable from the internet (an uptime canary then watches it). */
  public boolean internetFacing() {
    return internetFacing;
  }

  /** The service's public name, from which its certificate, DNS record, canary and smoke test derive. */
  public Optional<ServiceEndpoint> endpoint() {
    return endpoint;
  }

  /**
   * The URL of the health check path at the service's public name, e.g.
   * {@code https://api.orders.example.com/health}: what the uptime canary and the pipeline's smoke
   * test request. Empty without an endpoint.
   */
  public Optional<String> healthCheckUrl() {
    return endpoint.map(e -> e.url(httpsPort) + healthCheckPath);
  }

  /** The path the load balancer probes for readiness (and an uptime canary checks). */
  public String healthCheckPath() {
    return healthCheckPath;
  }

  /** The WAF web ACL, unless {@code webApplicationFirewall(false)}. */
  public Optional<CfnWebACL> webAcl() {
    return webAcl.map(WebAcl::webAcl);
  }
}
