package dev.groundwork.constructs.kubernetes;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Instance;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.eks_v2.AccessEntry;
import software.amazon.awscdk.services.eks_v2.Cluster;
import software.amazon.awscdk.services.eks_v2.ClusterLoggingTypes;
import software.amazon.awscdk.services.eks_v2.ClusterProps;
import software.amazon.awscdk.services.eks_v2.DefaultCapacityType;
import software.amazon.awscdk.services.eks_v2.EndpointAccess;
import software.amazon.awscdk.services.eks_v2.FargateProfile;
import software.amazon.awscdk.services.eks_v2.FargateProfileOptions;
import software.amazon.awscdk.services.eks_v2.ICluster;
import software.amazon.awscdk.services.eks_v2.Nodegroup;
import software.amazon.awscdk.services.eks_v2.Selector;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * An EKS cluster with secure defaults, on CDK's native {@code eks_v2} module: it synthesizes
 * offline and creates no kubectl Lambda.
 *
 * <p>Resources: the cluster ({@code AWS::EKS::Cluster}: API endpoint private unless a public one
 * is asked for with an allow-list; Kubernetes secrets envelope-encrypted with a KMS key; every
 * control-plane log type on; authentication through access entries only, no cluster-creator
 * admin; EKS Auto Mode as the compute unless node groups are chosen); an {@link EncryptedLogGroup}
 * that receives the control-plane logs with the tier's retention; Kubernetes secrets on the
 * stack's shared secrets key ({@link EncryptionKey#forPurpose} with {@link KeyPurpose#SECRETS})
 * unless a key is given; the pinned managed add-ons of {@link ClusterAddon} the compute needs; an
 * access entry per admin role, the admin networks admitted to the endpoint on 443, an optional
 * Session Manager admin host; and, with node groups, a managed node group in the private subnets
 * (IMDSv2 with hop limit 1, encrypted gp3 volumes, pinned image type and version, Spot in DEV).
 * More node groups: {@link #addNodeGroup}; Fargate: {@link #addFargateProfile}; AWS permissions
 * for a workload: {@link #grantPodIdentity}; a deployer's namespaces: {@link #grantNamespaceEdit}.
 */
public final class KubernetesCluster extends Construct {
  private static final Pattern CLUSTER_NAME = Pattern.compile("[0-9A-Za-z][A-Za-z0-9_-]{0,99}");

  private final KubernetesClusterSettings settings;
  private final String clusterName;
  private final KubernetesVersion version;
  private final IKey secretsKey;
  private final EncryptedLogGroup controlPlaneLogs;
  private final Cluster cluster;
  private final ComputeMode compute;
  private final ClusterAddons addons;
  private final ClusterAccess access;
  private final Optional<AutoModeNodes> autoModeNodes;
  private final Optional<Nodegroup> defaultNodeGroup;

  public KubernetesCluster(Construct scope, String id, KubernetesClusterProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    this.settings = KubernetesClusterDefaults.resolve(props, context);
    this.clusterName = settings.clusterName().orElse(Stack.of(this).getStackName() + "-" + id);
    this.version = props.version();
    Problems validation = Problems.of("KubernetesCluster", this);
    if (!CLUSTER_NAME.matcher(clusterName).matches()) {
      validation.add("EKS_CLUSTER_NAME", "clusterName", "'" + clusterName + "'",
          "1 to 100 letters, digits, '-' and '_', starting with a letter or digit",
          "Give a shorter clusterName.");
    }
    EncryptedLogGroup.checkRetentionDays("controlPlaneLogRetentionDays", settings.controlPlaneLogRetentionDays(),
        validation);
    settings.nodeGroup().ifPresent(group -> validation.addAll(NodeGroupValidation.sizeProblems(validation.where(),
        "nodeGroup.", Optional.of(group.minSize()), Optional.of(group.maxSize()))));
    checkAccess(props, settings, validation);
    validation.throwIfAny();
    this.compute = settings.compute();

    // EKS needs no key-policy statement of its own: eks_v2 only names the key in EncryptionConfig,
    // and EKS creates a grant for the cluster role through the deploying principal, which the
    // shared key's policy allows (kms:DescribeKey, kms:CreateGrant for AWS resources only).
    this.secretsKey = props.secretsKey().orElseGet(() -> EncryptionKey.forPurpose(this, KeyPurpose.SECRETS).key());
    // EKS writes to this fixed name; creating it first gives it a key and a retention.
    this.controlPlaneLogs = new EncryptedLogGroup(this, "ControlPlaneLogs", EncryptedLogGroupProps.builder()
        .logGroupName("/aws/eks/" + clusterName + "/cluster")
        .retentionDays(settings.controlPlaneLogRetentionDays())
        .build());
    // The control plane's network interfaces talk to the nodes and pods in the VPC only. The VPC's
    // block is known for a VPC created in this app; an imported one keeps EKS's open egress
    // (GW_EC2_SG_NO_OPEN_EGRESS reports it).
    Optional<ISecurityGroup> controlPlaneGroup = Optional.empty();
    if (props.vpc() instanceof Vpc created) {
      SecurityGroup group = SecurityGroup.Builder.create(this, "ControlPlaneSecurityGroup")
          .vpc(created)
          .description("EKS control plane of " + getNode().getPath() + ": egress to the VPC only")
          .allowAllOutbound(false)
          .build();
      group.addEgressRule(Peer.ipv4(created.getVpcCidrBlock()), Port.allTraffic(),
          "Nodes, pods and webhooks in the VPC");
      controlPlaneGroup = Optional.of(group);
    }
    this.autoModeNodes = compute == ComputeMode.AUTO_MODE
        ? Optional.of(new AutoModeNodes(this, "AutoModeNodes")) : Optional.empty();
    ClusterProps.Builder clusterProps = ClusterProps.builder();
    autoModeNodes.ifPresentOrElse(
        nodes -> clusterProps.defaultCapacityType(DefaultCapacityType.AUTOMODE).compute(nodes.computeConfig()),
        () -> clusterProps.defaultCapacityType(DefaultCapacityType.NODEGROUP).defaultCapacity(0));
    this.cluster = new Cluster(this, "Cluster", clusterProps
        .version(version.toCdk())
        .clusterName(clusterName)
        .vpc(props.vpc())
        .securityGroup(controlPlaneGroup.orElse(null))
        .vpcSubnets(List.of(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build()))
        .endpointAccess(endpointAccess(settings.publicAccessCidrs()))
        .secretsEncryptionKey(secretsKey)
        .clusterLogging(List.of(ClusterLoggingTypes.values()))
        .bootstrapClusterCreatorAdminPermissions(false)
        .bootstrapSelfManagedAddons(false)
        .build());
    cluster.getNode().addDependency(controlPlaneLogs);
    IConstruct barrier = cluster.getNode().tryFindChild("KubectlReadyBarrier");
    if (barrier != null) {
      Aspects.of(barrier).add(new ReadyBarrierTags());
    }
    this.addons = new ClusterAddons(this, "Addons", cluster, version, settings.nodeGroup().isPresent());
    // eks_v2 creates the control plane's group itself for an imported VPC.
    ISecurityGroup controlPlane = controlPlaneGroup.orElseGet(() ->
        (ISecurityGroup) cluster.getNode().findChild("ControlPlaneSecurityGroup"));
    this.access = new ClusterAccess(this, "Access", cluster, controlPlane, props, settings);
    this.defaultNodeGroup = settings.nodeGroup()
        .map(group -> new ManagedNodeGroup(this, "Nodes", cluster, version, group).nodegroup());
  }

  /**
   * Records the access problems: outside DEV a cluster needs an admin and a declared way to its
   * endpoint, or nobody (not even the pipeline's platform step, which runs inside the VPC) could
   * repair it.
   */
  private static void checkAccess(KubernetesClusterProps props, KubernetesClusterSettings settings,
      Problems validation) {
    if (!settings.adminRequired()) {
      return;
    }
    if (props.adminRoleArns().isEmpty() && props.adminRoles().isEmpty()) {
      validation.add("EKS_ADMIN_REQUIRED", "adminRoleArns", "none",
          "at least one admin role (adminRoleArns or adminRoles) in STAGING and PROD",
          "Name the IAM role your platform team assumes to administer the cluster.");
    }
    if (!ClusterAccess.hasAdminNetwork(settings)) {
      validation.add("EKS_ADMIN_NETWORK", "adminNetworks", "none",
          "a way for admins to reach the private endpoint in STAGING and PROD: adminNetworks, adminPrefixListIds,"
              + " adminHost or a public endpoint's publicAccessCidrs",
          "Give the network your admins work from (e.g. the office's range over VPN) or adminHost(true).");
    }
  }

  private static EndpointAccess endpointAccess(List<Cidr> publicAccessCidrs) {
    if (publicAccessCidrs.isEmpty()) {
      return EndpointAccess.PRIVATE;
    }
    return EndpointAccess.PUBLIC_AND_PRIVATE.onlyFrom(
        publicAccessCidrs.stream().map(Cidr::toString).toArray(String[]::new));
  }

  /**
   * Adds a managed node group with the same hardening as the first one (private subnets, IMDSv2
   * with hop limit 1, encrypted volumes, this cluster's version); unset options take the tier's
   * defaults.
   */
  public Nodegroup addNodeGroup(String id, NodeGroupOptions options) {
    NodeGroupSettings resolved = KubernetesClusterDefaults.nodeGroup(options, PlatformContext.of(this).tier());
    Problems validation = Problems.of("KubernetesCluster", this);
    validation.addAll(NodeGroupValidation.sizeProblems(validation.where(), id + ".",
        Optional.of(resolved.minSize()), Optional.of(resolved.maxSize())));
    validation.throwIfAny();
    addons.addNodeAddons();
    return new ManagedNodeGroup(this, id, cluster, version, resolved).nodegroup();
  }

  /**
   * Adds a Fargate profile: pods in {@code namespaces} run on Fargate in the cluster's private
   * subnets, each in its own micro-VM, with a pod execution role CDK creates (image pulls and
   * logs only).
   */
  public FargateProfile addFargateProfile(String id, List<String> namespaces) {
    Problems validation = Problems.of("KubernetesCluster", this);
    List<Problem> problems = new ArrayList<>();
    if (namespaces.isEmpty()) {
      validation.add("EKS_FARGATE_NAMESPACES", id + ".namespaces", "none", "one to five namespaces",
          "Name the namespaces whose pods run on Fargate.");
    }
    if (namespaces.size() > 5) {
      validation.add("EKS_FARGATE_NAMESPACES", id + ".namespaces", namespaces, "one to five namespaces",
          "Split the namespaces over several profiles.");
    }
    namespaces.forEach(namespace -> ServiceAccountName.checkLabel(validation.where(), id + ".namespaces",
        namespace, problems));
    validation.addAll(problems).throwIfAny();
    addons.addNodeAddons();
    return cluster.addFargateProfile(id, FargateProfileOptions.builder()
        .selectors(namespaces.stream().map(namespace -> Selector.builder().namespace(namespace).build()).toList())
        .vpc(cluster.getVpc())
        .subnetSelection(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
        .build());
  }

  /**
   * Grants one service account one policy through EKS Pod Identity: a role only Pod Identity can
   * assume, holding {@code policy}, associated with {@code account}. Returns the role, e.g. to
   * grant it more with CDK's own {@code grant*} methods.
   */
  public IRole grantPodIdentity(String id, ServiceAccountName account, IManagedPolicy policy) {
    return new PodIdentityGrant(this, id, cluster, account, policy).role();
  }

  /**
   * Lets {@code roleArn} deploy into {@code namespaces} only: an access entry with the access
   * policy {@code AmazonEKSEditPolicy} (Kubernetes' {@code edit}: workloads, services, config maps,
   * secrets and network policies of those namespaces; not roles, role bindings or the namespaces
   * themselves) scoped to them. The principal also needs {@code eks:DescribeCluster} to build its
   * kubeconfig and a network path to the endpoint ({@link #allowEndpointAccessFrom}).
   */
  public AccessEntry grantNamespaceEdit(String id, String roleArn, List<String> namespaces) {
    return access.grantNamespaces(id, roleArn, ClusterAccess.NAMESPACE_EDIT_POLICY, namespaces);
  }

  /**
   * Gives {@code roleArn} cluster-admin ({@code AmazonEKSClusterAdminPolicy}, cluster scope), as
   * {@code adminRoleArns} does: for a role that runs only commands you wrote, such as the
   * pipeline's platform step that creates namespaces (no namespace-scoped policy may).
   */
  public AccessEntry grantClusterAdmin(String id, String roleArn) {
    return access.grantClusterAdmin(id, roleArn);
  }

  /**
   * Admits {@code peer} to the private API endpoint on port 443 (the control plane's own security
   * group, not the one EKS shares with the nodes), e.g. a deploy step's build in the VPC.
   */
  public void allowEndpointAccessFrom(ISecurityGroup peer, String description) {
    access.allowEndpointAccessFrom(peer, description);
  }

  /** Where the cluster's pods get their nodes. */
  public ComputeMode compute() {
    return compute;
  }

  /** The role of the nodes EKS Auto Mode launches; empty with {@link ComputeMode#NODE_GROUPS}. */
  public Optional<IRole> autoModeNodeRole() {
    return autoModeNodes.map(AutoModeNodes::role);
  }

  /** The admin host, if {@code adminHost} asked for one: its instance id is the Session Manager target. */
  public Optional<Instance> adminHost() {
    return access.adminHost().map(AdminHost::instance);
  }

  /** The cluster: the escape hatch for anything Groundwork does not wrap. */
  public ICluster cluster() {
    return cluster;
  }

  /** The cluster's name, known at synthesis (watchers and dashboards use it). */
  public String clusterName() {
    return clusterName;
  }

  /** The pinned Kubernetes version. */
  public KubernetesVersion version() {
    return version;
  }

  /** The cluster's network. */
  public IVpc vpc() {
    return cluster.getVpc();
  }

  /** The key that envelope-encrypts Kubernetes secrets. */
  public IKey secretsKey() {
    return secretsKey;
  }

  /** The log group receiving every control-plane log type. */
  public ILogGroup controlPlaneLogGroup() {
    return controlPlaneLogs.logGroup();
  }

  /** The managed node group created with the cluster: empty on Auto Mode without {@code nodeGroup}. */
  public Optional<Nodegroup> defaultNodeGroup() {
    return defaultNodeGroup;
  }
}
