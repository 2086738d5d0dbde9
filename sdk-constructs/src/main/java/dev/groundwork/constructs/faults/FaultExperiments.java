package dev.groundwork.constructs.faults;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.ExperimentMetadata;
import dev.groundwork.constructs.compute.FargateWorkload;
import dev.groundwork.constructs.compute.PrivateFargateService;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.fis.CfnExperimentTemplate;
import software.amazon.awscdk.services.fis.CfnExperimentTemplate.ExperimentTemplateActionProperty;
import software.amazon.awscdk.services.fis.CfnExperimentTemplate.ExperimentTemplateLogConfigurationProperty;
import software.amazon.awscdk.services.fis.CfnExperimentTemplate.ExperimentTemplateStopConditionProperty;
import software.amazon.awscdk.services.fis.CfnExperimentTemplate.ExperimentTemplateTargetFilterProperty;
import software.amazon.awscdk.services.fis.CfnExperimentTemplate.ExperimentTemplateTargetProperty;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.rds.IDatabaseCluster;
import software.constructs.Construct;

/**
 * AWS Fault Injection Service experiment templates that rehearse one service's failures: stop a
 * share of its tasks; cut one availability zone's subnets of the service off the network; fail
 * over its Aurora cluster (when a database is given). Nothing runs until someone starts an
 * experiment ({@code aws fis start-experiment --experiment-template-id <id>}, the id in the
 * stack output named after it).
 *
 * <p>Resources, where enabled (STAGING by default, PROD opt-in, never DEV by default): an
 * {@link EncryptedLogGroup} (the stack's logs key, the tier's retention) the experiments log to;
 * per experiment an {@code AWS::FIS::ExperimentTemplate} whose stop conditions are
 * {@link FaultExperimentsProps#stopConditions()} (the service's paging alarms: any in ALARM stops
 * the experiment and FIS rolls its action back), a role FIS alone assumes, for this account's
 * experiments only, allowed just the experiment's actions on its targets
 * ({@link ExperimentPermissions}), and a stack output with the template id. Each template's
 * {@code groundwork:exercises} metadata names the service, which
 * {@code GW_FIS_PROD_SERVICE_HAS_EXPERIMENT} reads.
 */
public final class FaultExperiments extends Construct {
  private final List<CfnExperimentTemplate> templates = new ArrayList<>();
  private final Optional<ILogGroup> logGroup;

  public FaultExperiments(Construct scope, String id, FaultExperimentsProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    FaultExperimentsSettings settings = FaultExperimentsDefaults.resolve(props, context);
    PrivateFargateService service = props.service().service();
    List<ISubnet> subnets = service.subnets();
    Problems problems = Problems.of("FaultExperiments", this);
    Stack stack = Stack.of(this);
    if (Stack.of(service) != stack) {
      problems.add("FAULT_EXPERIMENTS_OTHER_STACK", "service", service.getNode().getPath(),
          "a service of this construct's stack, " + stack.getStackName(),
          "Create the FaultExperiments in the service's stack, where the rule that production services are "
              + "rehearsed looks for its templates.");
    }
    settings.availabilityZone().filter(zone -> !zoneOfSubnets(zone, subnets)).ifPresent(zone -> problems.add(
        "FAULT_AVAILABILITY_ZONE", "availabilityZone", zone, "a zone of the service's subnets " + zones(subnets),
        "Name a zone the service runs in, or leave it unset for the zone of its first subnet."));
    problems.throwIfAny();
    if (!settings.enabled()) {
      this.logGroup = Optional.empty();
      return;
    }
    EncryptedLogGroup log = new EncryptedLogGroup(this, "Log", EncryptedLogGroupProps.defaults());
    this.logGroup = Optional.of(log.logGroup());
    // The Groundwork service's id (Api), the Fargate service's parent, as the watchers name it.
    String name = context.app() + "-" + context.environment() + "-" + service.getNode().getScope().getNode().getId();
    Experiment experiment = new Experiment(name, props, log.logGroup(), stack);

    experiment.add("StopTasks", "Stops " + settings.stopTaskPercent() + " % of " + name + "'s running tasks",
        ImmutableMap.of("Tasks", ExperimentTemplateTargetProperty.builder()
            .resourceType("aws:ecs:task")
            .parameters(ImmutableMap.of("cluster", service.getCluster().getClusterName(),
                "service", service.getServiceName()))
            .selectionMode("PERCENT(" + settings.stopTaskPercent() + ")")
            .build()),
        ExperimentTemplateActionProperty.builder().actionId("aws:ecs:stop-task")
            .description("Stop a share of the service's tasks; ECS replaces them")
            .targets(ImmutableMap.of("Tasks", "Tasks")).build(),
        ExperimentPermissions.stopTasks(stack, service.getCluster()));

    String zone = settings.availabilityZone().orElseGet(() -> subnets.get(0).getAvailabilityZone());
    experiment.add("DisruptZone", "Cuts " + name + "'s subnets in one availability zone off the network for "
            + settings.disruptionMinutes() + " minutes",
        ImmutableMap.of("Subnets", ExperimentTemplateTargetProperty.builder()
            .resourceType("aws:ec2:subnet")
            .resourceArns(subnets.stream().map(s -> stack.formatArn(ArnComponents.builder()
                .service("ec2").resource("subnet").resourceName(s.getSubnetId()).build())).toList())
            .filters(List.of(ExperimentTemplateTargetFilterProperty.builder()
                .path("AvailabilityZone").values(List.of(zone)).build()))
            .selectionMode("ALL")
            .build()),
        ExperimentTemplateActionProperty.builder().actionId("aws:network:disrupt-connectivity")
            .description("Deny all traffic in and out of the zone's subnets of the service")
            .parameters(ImmutableMap.of("duration", "PT" + settings.disruptionMinutes() + "M", "scope", "all"))
            .targets(ImmutableMap.of("Subnets", "Subnets")).build(),
        ExperimentPermissions.disruptSubnets(stack, service.getCluster().getVpc(), subnets));

    props.database().ifPresent(database -> experiment.add("FailOverDatabase",
        "Fails over the Aurora cluster " + name + " uses: a reader becomes the writer",
        ImmutableMap.of("Cluster", ExperimentTemplateTargetProperty.builder()
            .resourceType("aws:rds:cluster")
            .resourceArns(List.of(database.getClusterArn()))
            .selectionMode("ALL")
            .build()),
        ExperimentTemplateActionProperty.builder().actionId("aws:rds:failover-db-cluster")
            .description("Fail the cluster's writer over to a reader")
            .targets(ImmutableMap.of("Clusters", "Cluster")).build(),
        ExperimentPermissions.failOver(database)));
  }

  /** Builds the templates of one service: each its own role, the shared log group and stop conditions. */
  private final class Experiment {
    private final String name;
    private final FaultExperimentsProps props;
    private final ILogGroup log;
    private final Stack stack;

    Experiment(String name, FaultExperimentsProps props, ILogGroup log, Stack stack) {
      this.name = name;
      this.props = props;
      this.log = log;
      this.stack = stack;
    }

    void add(String id, String description, Map<String, ExperimentTemplateTargetProperty> targets,
        ExperimentTemplateActionProperty action, List<PolicyStatement> permissions) {
      Role role = Role.Builder.create(FaultExperiments.this, id + "Role")
          .description("Runs the " + id + " experiment of " + name + " (AWS FIS)")
          .assumedBy(new ServicePrincipal("fis.amazonaws.com").withConditions(ImmutableMap.of(
              "StringEquals", ImmutableMap.of("aws:SourceAccount", stack.getAccount()),
              "ArnLike", ImmutableMap.of("aws:SourceArn", stack.formatArn(ArnComponents
                  .builder().service("fis").resource("experiment").resourceName("*").build())))))
          .build();
      permissions.forEach(role::addToPrincipalPolicy);
      ExperimentPermissions.logDelivery(stack).forEach(role::addToPrincipalPolicy);
      CfnExperimentTemplate template = CfnExperimentTemplate.Builder.create(FaultExperiments.this, id)
          .description(description + "; stops when any of the service's paging alarms fires")
          .roleArn(role.getRoleArn())
          .targets(targets)
          .actions(ImmutableMap.of(id, action))
          .stopConditions(props.stopConditions().stream().map(alarm -> ExperimentTemplateStopConditionProperty.builder()
              .source("aws:cloudwatch:alarm").value(alarm.getAlarmArn()).build()).toList())
          .logConfiguration(ExperimentTemplateLogConfigurationProperty.builder()
              .logSchemaVersion(2)
              // An untyped property in the L1, so CDK would write a struct's keys in camelCase, which
              // CloudFormation rejects: the key is written as CloudFormation spells it. The ARN is the
              // log group's Fn::GetAtt Arn, which ends in ":*" as FIS requires.
              .cloudWatchLogsConfiguration(ImmutableMap.of("LogGroupArn", log.getLogGroupArn()))
              .build())
          .tags(ImmutableMap.of("Name", name + "-" + id))
          .build();
      // The role and its policy exist before anyone can start the experiment.
      template.getNode().addDependency(role);
      template.addMetadata(ExperimentMetadata.EXERCISES, List.of(stack.getLogicalId(
          (CfnResource) props.service().service().getNode().getDefaultChild())));
      new CfnOutput(FaultExperiments.this, id + "TemplateId", CfnOutputProps.builder()
          .value(template.getAttrId())
          .exportName(name + "-" + id)
          .description(description + ": aws fis start-experiment --experiment-template-id <this value>")
          .build());
      templates.add(template);
    }
  }

  private static boolean zoneOfSubnets(String zone, List<ISubnet> subnets) {
    return subnets.stream().anyMatch(s -> Token.isUnresolved(s.getAvailabilityZone()))
        || subnets.stream().anyMatch(s -> s.getAvailabilityZone().equals(zone));
  }

  private static List<String> zones(List<ISubnet> subnets) {
    return subnets.stream().map(ISubnet::getAvailabilityZone).toList();
  }

  /** The experiment templates: none where the tier (or {@code enabled(false)}) turns them off. */
  public List<CfnExperimentTemplate> templates() {
    return List.copyOf(templates);
  }

  /** The log group the experiments log to, where they exist. */
  public Optional<ILogGroup> logGroup() {
    return logGroup;
  }
}
