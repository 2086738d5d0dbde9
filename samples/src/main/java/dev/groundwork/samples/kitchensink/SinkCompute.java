package dev.groundwork.samples.kitchensink;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.DeploymentOptions;
import dev.groundwork.constructs.compute.HealthCheckOptions;
import dev.groundwork.constructs.compute.ImageReference;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.ServiceEndpoint;
import dev.groundwork.constructs.compute.TlsCertificate;
import dev.groundwork.constructs.compute.TracingSidecar;
import dev.groundwork.constructs.compute.TracingSidecarProps;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.containers.ContainerRepository;
import dev.groundwork.constructs.containers.ContainerRepositoryProps;
import dev.groundwork.constructs.containers.RegistryScanning;
import dev.groundwork.constructs.containers.RegistryScanningProps;
import dev.groundwork.constructs.kubernetes.ComputeMode;
import dev.groundwork.constructs.kubernetes.HelmRelease;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesClusterProps;
import dev.groundwork.constructs.kubernetes.KubernetesVersion;
import dev.groundwork.constructs.kubernetes.KubernetesWorkload;
import dev.groundwork.constructs.kubernetes.NodeAmiType;
import dev.groundwork.constructs.kubernetes.NodeGroupOptions;
import dev.groundwork.constructs.kubernetes.ServiceAccountName;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.Tier;
import dev.groundwork.pipelines.KubernetesDeployer;
import dev.groundwork.pipelines.KubernetesDeployerProps;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Capability;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;

/** The kitchen sink's services, images and Kubernetes cluster. */
final class SinkCompute {
  private SinkCompute() {}

  /** The services of an environment, for monitoring and feature flags. */
  record Services(WebService api, WebService checkout, QueueWorkerService worker) {}

  /**
   * A cluster; the API (the tier's rolling or canary deployment, every option); Checkout (blue/green
   * with a test listener, its image from a repository, which excludes an image reference); a queue
   * worker with a tracing sidecar of its own; the release repository and registry scanning.
   */
  static Services addServices(Stack services, PlatformEnvironment env, SecureVpc vpc, SinkNetworkAndData.Data data,
      AlertTopic alerts) {
    boolean prod = env.tier() == Tier.PROD;
    String region = env.region().value();
    String account = env.account().value();
    ServiceCluster cluster = new ServiceCluster(services, "Cluster", ServiceClusterProps.builder()
        .vpc(vpc.vpc())
        .fargateSpot(true)
        .execLogRetentionDays(prod ? 400 : 60)
        .build());
    TlsCertificate certificate = TlsCertificate.fromArn("arn:aws:acm:" + region + ":" + account
        + ":certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    WebService api = new WebService(services, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .addCapacityProviderStrategies(CapacityProviderStrategy.builder().capacityProvider("FARGATE").base(1).weight(1).build())
        .container(ContainerOptions.builder()
            .image(ImageReference.of("public.ecr.aws/nginx/nginx-unprivileged:1.27.3"))
            .cpu(1024)
            .memoryMiB(2048)
            .memoryLimitMiB(1536)
            .user("101:101")
            .putEnvironment("LOG_FORMAT", "json")
            .putEnvironment("FEATURE_SET", "full")
            // As the database's application user: IAM in PROD, its rotated secret in DEV.
            .putAllEnvironment(data.database().connectionEnvironment())
            .putAllSecrets(data.database().connectionSecrets())
            .putSecrets("PARTNER_TOKEN", data.apiToken().ecsSecret())
            .writablePaths(List.of("/tmp", "/var/cache/nginx"))
            .command(List.of("nginx", "-g", "daemon off;"))
            .livenessCommand(List.of("CMD-SHELL", "curl -fsS http://localhost:8080/healthz || exit 1"))
            // The one capability Fargate lets a container add back, for the profiler.
            .addCapabilities(Capability.SYS_PTRACE)
            .build())
        .containerPort(8080)
        // DEV: a name in the environment's zone, with a DNS-validated certificate of its own (the
        // pipeline smoke-tests it); PROD: a certificate imported, DNS kept by the team.
        .endpoint(prod ? Optional.empty() : Optional.of(ServiceEndpoint.of("Z0482635DEVSINK1A2B3C",
            env.name() + ".sink.example.com", "api")))
        .certificate(prod ? Optional.of(certificate) : Optional.empty())
        .httpsPort(8443)
        .internetFacing(true)
        .ingressCidrs(List.of(Cidr.of("198.51.100.0/24"), Cidr.of("203.0.113.0/24")))
        .healthCheck(HealthCheckOptions.builder()
            .path("/healthz")
            .livenessPath("/livez")
            .intervalSeconds(15)
            .timeoutSeconds(5)
            .healthyThreshold(3)
            .unhealthyThreshold(2)
            .healthyHttpCodes("200-299")
            .gracePeriodSeconds(90)
            .liveness(true)
            .build())
        .deployment(DeploymentOptions.builder()
            .strategy(prod ? DeploymentStrategy.CANARY : DeploymentStrategy.LINEAR)
            .trafficShiftPercent(prod ? 10.0 : 25.0)
            .trafficShiftStepMinutes(3)
            .bakeTimeMinutes(prod ? 15 : 5)
            .build())
        .minTasks(prod ? 3 : 1)
        .maxTasks(prod ? 12 : 3)
        .minHealthyPercent(100)
        .maxPercent(200)
        .cpuTargetPercent(60)
        .memoryTargetPercent(70)
        .requestsPerTarget(500)
        .deletionProtection(prod)
        .webApplicationFirewall(true)
        .rateLimitPerIp(1000)
        .tracing(true)
        .executeCommand(!prod)
        .logRetentionDays(prod ? 400 : 60)
        .build());
    api.connectTo(data.database());

    ContainerRepository release = new ContainerRepository(services, "Release", ContainerRepositoryProps.builder()
        .repositoryName("sink/" + env.name() + "/checkout")
        .keepReleaseImages(20)
        .releaseTagPrefixes(List.of("v", "release-"))
        .untaggedImageExpiryDays(7)
        .addPullAccounts(AccountId.of(KitchenSinkApp.DELIVERY_ACCOUNT))
        .encryptionKey(data.key())
        .build());
    WebService checkout = new WebService(services, "Checkout", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            .image(ImageReference.of(account + ".dkr.ecr." + region + ".amazonaws.com/sink/" + env.name()
                + "/checkout:1.0.0"))
            .ecrRepository(Repository.fromRepositoryName(services, "CheckoutRepository",
                "sink/" + env.name() + "/checkout"))
            .cpu(512)
            .memoryMiB(1024)
            .build())
        .certificate(certificate)
        .internetFacing(false)
        .deployment(DeploymentOptions.builder()
            .strategy(DeploymentStrategy.BLUE_GREEN)
            .testListenerPort(9443)
            .addTestListenerClients(Cidr.of("10.0.0.0/8"))
            .bakeTimeMinutes(10)
            .build())
        .build());

    QueueWorkerService worker = new QueueWorkerService(services, "Worker", QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .addCapacityProviderStrategies(
            CapacityProviderStrategy.builder().capacityProvider("FARGATE").base(1).weight(1).build(),
            CapacityProviderStrategy.builder().capacityProvider("FARGATE_SPOT").weight(3).build())
        .container(ContainerOptions.builder()
            .image(ImageReference.of("public.ecr.aws/docker/library/busybox:1.37.0"))
            .cpu(256)
            .memoryMiB(1024)
            .memoryLimitMiB(512)
            .user("10001:10001")
            .livenessHeartbeat("/tmp/heartbeat", 330)
            .build())
        .messagesPerTask(25)
        .visibilityTimeoutSeconds(300)
        .messageRetentionDays(7)
        .maxReceiveCount(5)
        .alarmTopic(alerts.notificationTopic())
        .minTasks(prod ? 2 : 0)
        .maxTasks(prod ? 20 : 2)
        .minHealthyPercent(50)
        .maxPercent(200)
        .executeCommand(false)
        // Traced by the TracingSidecar of its own below, not the service's.
        .tracing(false)
        .logRetentionDays(prod ? 400 : 60)
        .build());
    worker.connectTo(data.database());
    worker.grantSendMessages(api.service().getTaskDefinition().getTaskRole());
    new TracingSidecar(services, "WorkerTracing", TracingSidecarProps.of(worker.taskDefinition()));
    worker.taskDefinition().addSidecar("Metrics", ContainerDefinitionOptions.builder()
        .image(ContainerImage.fromRegistry("public.ecr.aws/aws-observability/aws-otel-collector:v0.43.1"))
        .memoryLimitMiB(128)
        .user("10001")
        .readonlyRootFilesystem(true)
        .linuxParameters(worker.taskDefinition().sidecarLinuxParameters("Metrics"))
        .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().streamPrefix("metrics")
            .logGroup(worker.taskDefinition().logGroup()).build()))
        .build());
    new RegistryScanning(services, "ImageScanning", RegistryScanningProps.builder()
        .scanType(prod ? RegistryScanningProps.ScanType.ENHANCED : RegistryScanningProps.ScanType.BASIC)
        .build());
    return new Services(api, checkout, worker);
  }

  /** The platform's cluster and the deployer of its workloads, which the pipeline runs. */
  record Platform(KubernetesCluster cluster, KubernetesDeployer workloads) {}

  /**
   * The platform team's Kubernetes cluster, every option (PROD on node groups with an admin host,
   * DEV on Auto Mode with an extra node group), a second node group, a Fargate profile, a pod role;
   * and its workloads, one from manifests and one Helm release.
   */
  static Platform addPlatform(Stack platform, PlatformEnvironment env) {
    boolean prod = env.tier() == Tier.PROD;
    SecureVpc network = new SecureVpc(platform, "Network", SecureVpcProps.of(Cidr.of(prod ? "10.40.0.0/16" : "10.41.0.0/16")));
    KubernetesCluster cluster = new KubernetesCluster(platform, "Cluster", KubernetesClusterProps.builder()
        .vpc(network.vpc())
        .version(KubernetesVersion.V1_33)
        .clusterName("sink-" + env.name() + "-platform")
        .publicEndpoint(true)
        .addPublicAccessCidrs(Cidr.of("198.51.100.0/24"))
        .secretsKey(software.amazon.awscdk.services.kms.Key.Builder.create(platform, "SecretsKey")
            .enableKeyRotation(true).removalPolicy(software.amazon.awscdk.RemovalPolicy.RETAIN).build())
        .controlPlaneLogRetentionDays(prod ? 400 : 60)
        .compute(prod ? ComputeMode.NODE_GROUPS : ComputeMode.AUTO_MODE)
        .addAdminRoleArns("arn:aws:iam::" + env.account().value() + ":role/platform-admins")
        .addAdminRoles(Role.Builder.create(platform, "BreakGlass")
            .assumedBy(new AccountPrincipal(env.account().value())).build())
        .addAdminNetworks(Cidr.of("172.16.0.0/16"))
        .addAdminPrefixListIds("pl-0a1b2c3d4e5f60718")
        .adminHost(prod)
        .nodeGroup(NodeGroupOptions.builder()
            .amiType(NodeAmiType.BOTTLEROCKET_X86_64)
            .addInstanceTypes("m6i.large", "m6a.large")
            .minSize(prod ? 3 : 1)
            .maxSize(prod ? 9 : 3)
            .diskSizeGiB(50)
            .spot(!prod)
            .putLabels("pool", "general")
            .putLabels("team", "platform")
            .build())
        .build());
    cluster.addNodeGroup("Arm", NodeGroupOptions.builder().amiType(NodeAmiType.AL2023_ARM_64)
        .addInstanceTypes("m7g.large").build());
    cluster.addFargateProfile("Jobs", List.of("jobs"));
    cluster.grantPodIdentity("Reporter", new ServiceAccountName("reports", "reporter"),
        ManagedPolicy.fromAwsManagedPolicyName("CloudWatchReadOnlyAccess"));
    KubernetesDeployer workloads = new KubernetesDeployer(platform, "Workloads", KubernetesDeployerProps.builder()
        .cluster(cluster)
        .pipelineAccount(AccountId.of(KitchenSinkApp.DELIVERY_ACCOUNT))
        .addWorkloads(KubernetesWorkload.builder().namespace("reports").manifestsDirectory("deploy/reports")
            .allowDnsEgress(false).build())
        .addWorkloads(KubernetesWorkload.builder().namespace("ledger-ui").helmRelease(HelmRelease.builder()
            .chartDirectory("charts/ledger-ui").releaseName("ledger-ui")
            .addValuesFiles("charts/ledger-ui/values-" + env.name() + ".yaml").build()).build())
        .timeoutMinutes(20)
        .build());
    return new Platform(cluster, workloads);
  }
}
