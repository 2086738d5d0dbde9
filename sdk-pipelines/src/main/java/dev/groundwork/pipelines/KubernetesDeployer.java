package dev.groundwork.pipelines;

import dev.groundwork.constructs.kubernetes.ComputeMode;
import dev.groundwork.constructs.kubernetes.HelmRelease;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesWorkload;
import dev.groundwork.constructs.kubernetes.WorkloadNamespaces;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.CloudWatchLoggingOptions;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.LoggingOptions;
import software.amazon.awscdk.services.codebuild.PipelineProject;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * Deploys Kubernetes workloads (manifests or Helm charts of the repository) to a
 * {@link KubernetesCluster}: two CodeBuild projects in the cluster's VPC, started by the
 * {@link DeliveryPipeline} of the delivery account after the cluster's stack deploys.
 *
 * <p>First the platform build ({@code <stack>-<id>-platform}) applies what Groundwork generates
 * ({@link WorkloadNamespaces}: each workload's namespace enforcing the Pod Security Standard
 * {@code restricted}, its default-deny network policy, and on Auto Mode the switch of the network
 * policy controller). Creating a namespace is cluster-wide, which no namespace-scoped access policy
 * allows, so its role has the cluster-admin access policy; it runs only commands written here,
 * never files of the repository. Then the deploy build ({@code <stack>-<id>}) applies the
 * repository's manifests ({@code kubectl apply}) or Helm charts ({@code helm upgrade --install
 * --atomic --wait}) as the deploy role, whose access entry is {@code AmazonEKSEditPolicy} scoped to
 * the workloads' namespaces. Both download kubectl (and Helm) at pinned versions and check their
 * SHA-256 before use.
 *
 * <p>Also: a security group (HTTPS out only), admitted to the cluster's endpoint on 443; an
 * {@link EncryptedLogGroup} with the tier's retention; the action role ({@code <stack>-<id>-start})
 * the pipeline account assumes to start, watch and stop these two projects only. Names are fixed,
 * so the pipeline in another account needs no cross-account reference.
 */
public final class KubernetesDeployer extends Construct {
  private final String projectName;
  private final String account;
  private final String region;
  private final AccountId pipelineAccount;
  private final PipelineProject platformProject;
  private final PipelineProject deployProject;

  public KubernetesDeployer(Construct scope, String id, KubernetesDeployerProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    KubernetesDeployerSettings settings = KubernetesDeployerDefaults.resolve(props, context);
    Stack stack = Stack.of(this);
    check(props, settings, stack);
    this.account = context.account().value();
    this.region = context.region().value();
    this.pipelineAccount = props.pipelineAccount();
    this.projectName = PhysicalNames.of(stack.getStackName() + "-" + id, "");
    KubernetesCluster cluster = props.cluster();
    List<String> namespaces = props.workloads().stream().map(KubernetesWorkload::namespace).toList();

    SecurityGroup group = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(cluster.vpc())
        .description("Kubernetes deployments of " + getNode().getPath() + ": HTTPS out only")
        .allowAllOutbound(false)
        .build();
    group.addEgressRule(Peer.anyIpv4(), Port.tcp(443),
        "Kubernetes API, tool downloads, pipeline artifacts in S3, CloudWatch Logs");
    cluster.allowEndpointAccessFrom(group, "Kubernetes deployments of " + getNode().getPath());
    EncryptedLogGroup logs = new EncryptedLogGroup(this, "Logs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.logRetentionDays())
        .build());

    Role platformRole = buildRole("PlatformRole", "-platform",
        "Creates the restricted, default-deny namespaces of " + getNode().getPath(), cluster);
    cluster.grantClusterAdmin("PlatformDeployer", platformRole.getRoleArn());
    Role deployRole = buildRole("DeployRole", "-deploy",
        "Deploys the workloads of " + getNode().getPath() + " into " + String.join(", ", namespaces), cluster);
    cluster.grantNamespaceEdit("WorkloadDeployer", deployRole.getRoleArn(), namespaces);

    Map<String, BuildEnvironmentVariable> platformVariables = new LinkedHashMap<>();
    platformVariables.put("CLUSTER_NAME", plain(cluster.clusterName()));
    platformVariables.put("GROUNDWORK_NAMESPACES", plain(
        WorkloadNamespaces.manifest(props.workloads(), cluster.compute() == ComputeMode.AUTO_MODE)));
    this.platformProject = project("PlatformProject", PhysicalNames.of(projectName, "-platform"), platformRole,
        "Creates the restricted, default-deny namespaces of " + getNode().getPath(), cluster, group, logs, settings,
        platformVariables, KubernetesTools.installKubectl(), List.of(
            "printf '%s' \"$GROUNDWORK_NAMESPACES\" > /tmp/groundwork-namespaces.json",
            "kubectl apply -f /tmp/groundwork-namespaces.json"));
    List<String> install = new ArrayList<>(KubernetesTools.installKubectl());
    if (props.workloads().stream().anyMatch(w -> w.helmRelease().isPresent())) {
      install.addAll(KubernetesTools.installHelm());
    }
    this.deployProject = project("DeployProject", projectName, deployRole,
        "Deploys the Kubernetes workloads of " + getNode().getPath(), cluster, group, logs, settings,
        Map.of("CLUSTER_NAME", plain(cluster.clusterName())), install, deployCommands(props.workloads()));

    Role actionRole = Role.Builder.create(this, "ActionRole")
        .roleName(PhysicalNames.of(projectName, "-start"))
        .assumedBy(new AccountPrincipal(pipelineAccount.value()))
        .description("Lets the delivery pipeline of account " + pipelineAccount.value()
            + " run the Kubernetes deployments of " + getNode().getPath())
        .build();
    actionRole.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("codebuild:StartBuild", "codebuild:BatchGetBuilds", "codebuild:StopBuild"))
        .resources(List.of(platformProject.getProjectArn(), deployProject.getProjectArn()))
        .build());
  }

  /**
   * The deploy build's commands: per workload, {@code kubectl apply} of its directory into its
   * namespace (a manifest naming another namespace fails) and a wait for its Deployments, or a Helm
   * release that rolls itself back when it does not become ready.
   */
  static List<String> deployCommands(List<KubernetesWorkload> workloads) {
    List<String> commands = new ArrayList<>();
    for (KubernetesWorkload workload : workloads) {
      String namespace = workload.namespace();
      workload.manifestsDirectory().ifPresent(directory -> {
        commands.add("kubectl apply --namespace " + namespace + " --recursive -f " + directory);
        commands.add("if kubectl get deployments --namespace " + namespace + " -o name | grep -q .; then"
            + " kubectl wait --for=condition=Available deployment --all --namespace " + namespace
            + " --timeout=10m; fi");
      });
      workload.helmRelease().ifPresent(release -> commands.add(helm(namespace, release)));
    }
    return commands;
  }

  private static String helm(String namespace, HelmRelease release) {
    StringBuilder command = new StringBuilder("helm upgrade --install " + release.releaseName() + " "
        + release.chartDirectory() + " --namespace " + namespace + " --atomic --wait --timeout 10m");
    release.valuesFiles().forEach(file -> command.append(" --values ").append(file));
    return command.toString();
  }

  private Role buildRole(String id, String suffix, String description, KubernetesCluster cluster) {
    Role role = Role.Builder.create(this, id)
        .roleName(PhysicalNames.of(projectName, suffix))
        .assumedBy(new ServicePrincipal("codebuild.amazonaws.com"))
        .description(description)
        .build();
    role.addToPolicy(PolicyStatement.Builder.create()
        .actions(List.of("eks:DescribeCluster"))
        .resources(List.of(cluster.cluster().getClusterArn()))
        .build());
    PipelineArtifactReads.grant(role, PlatformContext.of(this).app(), pipelineAccount, region);
    return role;
  }

  private PipelineProject project(String id, String name, Role role, String description, KubernetesCluster cluster,
      SecurityGroup group, EncryptedLogGroup logs, KubernetesDeployerSettings settings,
      Map<String, BuildEnvironmentVariable> variables, List<String> install, List<String> build) {
    return PipelineProject.Builder.create(this, id)
        .projectName(name)
        .description(description)
        .role(role)
        .vpc(cluster.vpc())
        .subnetSelection(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .securityGroups(List.of(group))
        .environment(BuildEnvironment.builder()
            .buildImage(LinuxBuildImage.fromCodeBuildImageId(settings.buildImage()))
            .computeType(settings.computeType())
            .privileged(false)
            .build())
        .environmentVariables(variables)
        .buildSpec(BuildSpec.fromObject(phases(install, build)))
        .timeout(Duration.minutes(settings.timeoutMinutes()))
        .logging(LoggingOptions.builder()
            .cloudWatch(CloudWatchLoggingOptions.builder().logGroup(logs.logGroup()).build())
            .build())
        .build();
  }

  private static Map<String, Object> phases(List<String> install, List<String> build) {
    Map<String, Object> phases = new LinkedHashMap<>();
    phases.put("install", Map.of("commands", install));
    phases.put("pre_build", Map.of("commands", List.of(KubernetesTools.kubeconfig())));
    phases.put("build", Map.of("commands", build));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("version", "0.2");
    spec.put("phases", phases);
    return spec;
  }

  private static BuildEnvironmentVariable plain(String value) {
    return BuildEnvironmentVariable.builder().value(value).build();
  }

  private void check(KubernetesDeployerProps props, KubernetesDeployerSettings settings, Stack stack) {
    Problems validation = Problems.of("KubernetesDeployer", this);
    if (props.workloads().isEmpty()) {
      validation.add("KUBERNETES_DEPLOYER_WORKLOADS", "workloads", "none", "at least one workload",
          "Add the workloads this pipeline deploys, e.g. KubernetesWorkload.manifests(\"orders\", \"k8s/orders\").");
    }
    List<String> namespaces = props.workloads().stream().map(KubernetesWorkload::namespace).toList();
    namespaces.stream().filter(namespace -> namespaces.indexOf(namespace) != namespaces.lastIndexOf(namespace))
        .distinct().forEach(namespace -> validation.add("KUBERNETES_DEPLOYER_WORKLOADS", "workloads",
            "namespace '" + namespace + "' twice", "one workload per namespace",
            "Put both into one directory or chart, or give one a namespace of its own."));
    if (Stack.of(props.cluster()) != stack) {
      validation.add("KUBERNETES_DEPLOYER_CLUSTER", "cluster", "'" + props.cluster().getNode().getPath() + "'",
          "a cluster of this deployer's stack", "Create the deployer beside the cluster, in its stack.");
    }
    if (settings.timeoutMinutes() < 5 || settings.timeoutMinutes() > 480) {
      validation.add("KUBERNETES_DEPLOYER_TIMEOUT", "timeoutMinutes", settings.timeoutMinutes(), "5 to 480",
          "Keep the default 30.");
    }
    if (Token.isUnresolved(stack.getStackName())) {
      validation.add("KUBERNETES_DEPLOYER_STACK_NAME", "scope", "a stack without a fixed name",
          "a stack with a fixed name (the projects and roles are named after it)",
          "Create the stack with PlatformEnvironment.addStack(...), which names it.");
    }
    validation.throwIfAny();
  }

  /** The deploy build's project: the escape hatch for anything Groundwork does not wrap. */
  public PipelineProject project() {
    return deployProject;
  }

  /** The platform build's project (namespaces and network policies). */
  public PipelineProject platformProject() {
    return platformProject;
  }

  /** The deploy project's name (fixed: {@code <stack>-<id>}); the platform project's adds {@code -platform}. */
  public String projectName() {
    return projectName;
  }

  String platformProjectArn() {
    return projectArn(PhysicalNames.of(projectName, "-platform"));
  }

  String deployProjectArn() {
    return projectArn(projectName);
  }

  private String projectArn(String name) {
    return "arn:aws:codebuild:" + region + ":" + account + ":project/" + name;
  }

  /** The ARN of the role the pipeline assumes to start both builds. */
  public String actionRoleArn() {
    return roleArn("-start");
  }

  /** The ARNs of the two builds' roles, which the pipeline's artifact bucket and key admit. */
  public List<String> buildRoleArns() {
    return List.of(roleArn("-platform"), roleArn("-deploy"));
  }

  private String roleArn(String suffix) {
    return "arn:aws:iam::" + account + ":role/" + PhysicalNames.of(projectName, suffix);
  }

  /** The delivery account allowed to run it. */
  public AccountId pipelineAccount() {
    return pipelineAccount;
  }
}
