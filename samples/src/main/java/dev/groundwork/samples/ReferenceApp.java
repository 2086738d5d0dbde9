package dev.groundwork.samples;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.DeploymentOptions;
import dev.groundwork.constructs.compute.HealthCheckOptions;
import dev.groundwork.constructs.compute.ImageReference;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.ServiceEndpoint;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.containers.ContainerRepository;
import dev.groundwork.constructs.containers.ContainerRepositoryProps;
import dev.groundwork.constructs.containers.RegistryScanning;
import dev.groundwork.constructs.containers.RegistryScanningProps;
import dev.groundwork.constructs.data.BackupPlan;
import dev.groundwork.constructs.data.BackupPlanProps;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.faults.FaultExperiments;
import dev.groundwork.constructs.faults.FaultExperimentsProps;
import dev.groundwork.constructs.governance.AccountBaseline;
import dev.groundwork.constructs.governance.AccountBaselineProps;
import dev.groundwork.constructs.governance.OrganizationBaseline;
import dev.groundwork.constructs.governance.OrganizationBaselineProps;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesClusterProps;
import dev.groundwork.constructs.kubernetes.KubernetesVersion;
import dev.groundwork.constructs.kubernetes.KubernetesWorkload;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.DatabaseWatchOptions;
import dev.groundwork.constructs.observability.EnvironmentBudget;
import dev.groundwork.constructs.observability.EnvironmentBudgetProps;
import dev.groundwork.constructs.observability.KubernetesClusterWatchOptions;
import dev.groundwork.constructs.observability.Monitoring;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.QueueWorkerWatchOptions;
import dev.groundwork.constructs.observability.QueueWorkerWatcher;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.constructs.observability.WebServiceWatchOptions;
import dev.groundwork.constructs.observability.WebServiceWatcher;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.Tier;
import dev.groundwork.pipelines.DeliveryPipeline;
import dev.groundwork.pipelines.DeliveryPipelineProps;
import dev.groundwork.pipelines.EnvironmentDelivery;
import dev.groundwork.pipelines.FeatureFlags;
import dev.groundwork.pipelines.FeatureFlagsProps;
import dev.groundwork.pipelines.KubernetesDeployer;
import dev.groundwork.pipelines.KubernetesDeployerProps;
import dev.groundwork.pipelines.MigrationRunner;
import dev.groundwork.pipelines.MigrationRunnerProps;
import dev.groundwork.pipelines.RepositorySource;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import dev.groundwork.policy.suppress.Suppressions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;

/**
 * The reference app: an orders service with dev, staging and prod environments, each in its
 * own account. Per environment: a {@code network} stack (the VPC), a {@code data} stack (the
 * orders database with its migrations, documents and the environment's backup plan, which in
 * staging and prod restore-tests both and reports a failed or missed test) and a
 * {@code services} stack (the cluster, the public API and the fulfilment workers, both signing in
 * to the database as its application user, each with its feature flags, SLOs, alarms, dashboards,
 * fault experiments (staging; the API's in prod too), uptime canary, the database's alarms and the
 * environment's budget); the pipeline runs the
 * migrations ({@code samples/db/migration}) after the data stack and before the services stack;
 * in prod a {@code recovery} stack in eu-central-1 (the documents' replica, the backup copies);
 * in staging and prod also a {@code platform} stack (the platform team's Kubernetes cluster); an
 * {@code audit} stack (the account's audit baseline). A {@code delivery} environment in a tooling
 * account holds the pipeline that deploys the other three, in tier order, the release image
 * repository they pull from, and the StackSet that puts the audit baseline into the
 * organisation's other accounts. The fulfilment worker's image is built from
 * {@code samples/images/fulfilment}; every registry scans images on push.
 */
public final class ReferenceApp {
  /** The address plan: one /16 per environment, so they can be peered later without overlap. */
  private static final Map<String, Cidr> NETWORKS = Map.of(
      "dev", Cidr.of("10.10.0.0/16"),
      "staging", Cidr.of("10.20.0.0/16"),
      "prod", Cidr.of("10.30.0.0/16"));
  /** The environments the pipeline deploys, in tier order. */
  private static final List<String> DEPLOYED = List.of("dev", "staging", "prod");
  /** The tooling account of the delivery environment, whose pipeline deploys the others. */
  private static final String DELIVERY_ACCOUNT = "444444444444";
  /** The CodeStar connection to the repository, authorised once in the delivery account. */
  private static final String CONNECTION =
      "arn:aws:codeconnections:eu-west-1:444444444444:connection/5c9d1e2f-3a4b-4c6d-8e7f-9a0b1c2d3e4f";
  /** The platform stacks' own networks, beside the environments' (no platform stack in dev). */
  private static final Map<String, Cidr> PLATFORM_NETWORKS = Map.of(
      "staging", Cidr.of("10.21.0.0/16"),
      "prod", Cidr.of("10.31.0.0/16"));
  /** The monthly budget of each environment, in US dollars. */
  private static final Map<String, Double> BUDGETS_USD = Map.of("dev", 300.0, "staging", 800.0, "prod", 3000.0);
  /**
   * Each environment's public DNS zone, in its own account (prod's is the parent, the others are
   * delegated subdomains of it): the zone ids the platform team created, so synthesis looks
   * nothing up.
   */
  private static final Map<String, List<String>> ZONES = Map.of(
      "dev", List.of("Z0482635DEVORDERS1A2B", "dev.orders.example.com"),
      "staging", List.of("Z0482635STGORDERS3C4D", "staging.orders.example.com"),
      "prod", List.of("Z0482635PRDORDERS5E6F", "orders.example.com"));
  /** The office network the VPCs will be connected to over VPN. */
  private static final Cidr OFFICE = Cidr.of("172.16.0.0/16");
  /** The Kubernetes workload the pipeline deploys: the manifests in this repository directory. */
  static final KubernetesWorkload ORDERS_WEB = KubernetesWorkload.manifests("orders", "samples/kubernetes/orders");

  private ReferenceApp() {}

  /** Synthesizes into {@code cdk.out} (or {@code $CDK_OUTDIR}) and exits non-zero on failure. */
  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given (tests use a temporary directory). */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders")
        .team("payments")
        .costCenter("cc-1234")
        .service("orders")
        .repository("github.com/example/orders-infra")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("staging", "222222222222", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
            .region("eu-west-1").recoveryRegion("eu-central-1").tier(Tier.PROD).build())
        .addEnvironments(EnvironmentProps.of("delivery", DELIVERY_ACCOUNT, "eu-west-1", Tier.PROD))
        // AWS Control Tower's proactive controls, predicted at synth: ERROR in PROD.
        .policy(PolicyOptions.builder().addPack(ControlTowerRules.pack()).build())
        .outdir(outdir)
        .build());
    List<EnvironmentDelivery> deliveries = new ArrayList<>();
    for (String name : DEPLOYED) {
      PlatformEnvironment env = app.environment(name);
      // Before the data stack: its bucket replicates, and its backup plan copies, into this stack.
      env.recoveryRegion().ifPresent(region -> env.addRecoveryStack());
      EnvironmentStacks stacks = addStacks(env.name(), env.account().value(), env.region().value(), env::addStack);
      EnvironmentDelivery.Builder delivery = EnvironmentDelivery.builder()
          .environment(env)
          .smokeTestOf(stacks.api())
          .migrations(stacks.migrations())
          .migrateBefore(stacks.services());
      // The platform stack's workloads deploy after it does.
      stacks.workloads().ifPresent(delivery::addKubernetesDeployers);
      deliveries.add(delivery.build());
    }
    addDelivery(app, deliveries);
    addImages(app);
    addOrganizationBaseline(app);
    return app;
  }

  /**
   * The release image repository, in the delivery account, which the environments' accounts may
   * pull from; that registry scans on push like the environments' own.
   */
  private static void addImages(PlatformApp app) {
    Stack images = app.environment("delivery").addStack("images");
    ContainerRepositoryProps.Builder repository = ContainerRepositoryProps.builder().repositoryName("orders/fulfilment");
    DEPLOYED.forEach(name -> repository.addPullAccounts(app.environment(name).account()));
    new ContainerRepository(images, "Fulfilment", repository.build());
    new RegistryScanning(images, "ImageScanning", RegistryScanningProps.defaults());
  }

  /**
   * A service's image source, {@code samples/images/<service>}: found from the samples module
   * (where its build and tests run), the repository root (the README's synth command) or a
   * sibling module (the benchmarks' tests; their synth runs link {@code images} in).
   */
  static Path imageDirectory(String service) {
    return Stream.of("images", "samples/images", "../samples/images")
        .map(directory -> Path.of(directory, service))
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(Path.of("images", service));
  }

  /**
   * The audit baseline of the organisation's other accounts (the workloads OU), deployed by a
   * StackSet from the delivery account, a delegated administrator for StackSets; us-east-1 is
   * included for the IAM change events that only arrive there.
   */
  private static void addOrganizationBaseline(PlatformApp app) {
    new OrganizationBaseline(app.environment("delivery").addStack("governance"), "Baseline",
        OrganizationBaselineProps.builder()
            .addOrganizationalUnitIds("ou-ab12-cd34ef56")
            .addRegions("eu-west-1", "us-east-1")
            .delegatedAdministrator(true)
            .addSubscribers(Subscriber.email("security@example.com", Subscriber.Route.NOTIFY))
            .build());
  }

  /**
   * The pipeline, in the delivery environment, deploying the other environments' own stages
   * after every stack exists; in each, the database migrations run after the data stack and
   * before the services stack, and the API, at its endpoint, is the smoke test.
   */
  private static void addDelivery(PlatformApp app, List<EnvironmentDelivery> environments) {
    Stack pipeline = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(pipeline, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(CONNECTION, "example/orders-infra"))
        .alertTopic(alerts(pipeline))
        .addAllEnvironments(environments)
        .build());
  }

  /**
   * What the pipeline needs of one environment's stacks: the migrations, the stack that waits for
   * them, the API its smoke test checks, and the Kubernetes workloads to deploy after the platform
   * stack.
   *
   * @param migrations the database migrations, in the data stack
   * @param services the stack of the services that use the migrated schema
   * @param api the API, whose endpoint the smoke test requests
   * @param workloads the platform stack's workload deployer, in environments with a cluster
   */
  public record EnvironmentStacks(MigrationRunner migrations, Stack services, WebService api,
      Optional<KubernetesDeployer> workloads) {}

  /**
   * Adds one environment's stacks and constructs; {@code addStack} creates the stack for a
   * purpose; returns the public API. Public so the plain-CDK benchmark builds the very same
   * construct tree.
   */
  public static EnvironmentStacks addStacks(
      String environment, String account, String region, Function<String, Stack> addStack) {
    Stack data = addStack.apply("data");
    new SecureBucket(data, "Documents", SecureBucketProps.defaults());
    // In staging and prod the plan restore-tests the documents and the database; a test that fails
    // or does not run notifies the team through the data stack's own topic (a ticket, not a page).
    BackupPlanProps.Builder backups = BackupPlanProps.builder();
    if (!environment.equals("dev")) {
      backups.alerts(new AlertTopic(data, "Alerts", AlertTopicProps.builder()
          .paging(false)
          .addSubscribers(Subscriber.email("orders-team@example.com", Subscriber.Route.NOTIFY))
          .build()).notificationTopic());
    }
    new BackupPlan(data, "Backups", backups.build());
    SecureVpc network = new SecureVpc(addStack.apply("network"), "Network", SecureVpcProps.builder()
        .cidr(NETWORKS.get(environment))
        .addPeerNetworks(OFFICE)
        .build());
    // The orders database sits in the data stack, so its migrations run before the services deploy.
    DatabaseCluster database = new DatabaseCluster(data, "Database", DatabaseClusterProps.builder()
        .vpc(network.vpc())
        .build());
    MigrationRunner migrations = addMigrations(data, network, database);
    Stack services = addStack.apply("services");
    WebService api = addServices(services, environment, network, database);
    Optional<KubernetesDeployer> workloads = PLATFORM_NETWORKS.containsKey(environment)
        ? Optional.of(addPlatform(addStack.apply("platform"), environment, account)) : Optional.empty();
    addAudit(addStack.apply("audit"));
    return new EnvironmentStacks(migrations, services, api, workloads);
  }

  /**
   * The database's migrations ({@code db/migration} of the repository, here
   * {@code samples/db/migration}), run as the master user by the pipeline before the services
   * stack: the first creates the application user ({@code app_user}, IAM authentication) the
   * services sign in as. The master secret is read by these builds alone.
   */
  private static MigrationRunner addMigrations(Stack data, SecureVpc network, DatabaseCluster database) {
    return new MigrationRunner(data, "Migrations", MigrationRunnerProps.builder()
        .database(database)
        .vpc(network.vpc())
        .pipelineAccount(AccountId.of(DELIVERY_ACCOUNT))
        .build());
  }

  /**
   * The account's audit baseline: trail, Config (with drift detection of every stack), change
   * alerts to the team by e-mail, GuardDuty.
   */
  private static void addAudit(Stack audit) {
    new AccountBaseline(audit, "Baseline", AccountBaselineProps.builder()
        .addSubscribers(Subscriber.email("orders-team@example.com", Subscriber.Route.NOTIFY))
        .build());
  }

  private static WebService addServices(Stack services, String environment, SecureVpc network,
      DatabaseCluster database) {
    ServiceCluster cluster = new ServiceCluster(services, "Cluster", ServiceClusterProps.of(network.vpc()));
    AlertTopic alerts = alertTopic(services);
    WebService api = new WebService(services, "Api", WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            // nginx-unprivileged listens on 8080 as uid 101 and writes only to /tmp.
            .image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
            .cpu(512)
            .memoryMiB(1024)
            .user("101:101")
            .putEnvironment("LOG_FORMAT", "json")
            .build())
        .containerPort(8080)
        // api.<zone>: its certificate, DNS record, uptime canary and smoke test all derive from it.
        .endpoint(ServiceEndpoint.of(ZONES.get(environment).get(0), ZONES.get(environment).get(1), "api"))
        // The load balancer sends traffic while "/" answers; ECS restarts a task only when its
        // liveness path stops answering. nginx serves both from its static page; a real API would
        // make readiness check its dependencies and liveness only the process.
        .healthCheck(HealthCheckOptions.builder().path("/").livenessPath("/index.html").build())
        // ROLLING in dev, CANARY (10 % for 5 minutes) in staging and prod; the rollback alarms
        // are its watcher's, added below.
        .deployment(DeploymentOptions.builder().build())
        .build());
    QueueWorkerService fulfilment = new QueueWorkerService(services, "Fulfilment", QueueWorkerServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder()
            // Built from samples/images/fulfilment when the pipeline publishes the assets.
            .image(ImageReference.fromDirectory(imageDirectory("fulfilment")))
            .cpu(256)
            .memoryMiB(512)
            .user("10001:10001")
            // The worker touches /tmp/heartbeat on every pass; one stuck for longer than a message
            // may take (the 300 s visibility timeout) plus a 20 s receive is replaced.
            .livenessHeartbeat("/tmp/heartbeat", 330)
            .build())
        .messagesPerTask(50)
        .build());
    if (environment.equals("prod")) {
      Suppressions.of(fulfilment).add("GW_DOCKER_BASE_IMAGE_DIGEST_IN_PROD",
          "base images are pinned by tag; their digests could not be read where this was written (no Docker Hub access)",
          LocalDate.of(2027, 3, 1));
    }
    // Images CDK publishes into this account's bootstrap repository are scanned on push; Inspector in prod.
    new RegistryScanning(services, "ImageScanning",
        environment.equals("prod") ? RegistryScanningProps.enhanced() : RegistryScanningProps.defaults());
    // Both sign in as the database's application user; the rules and grants land in this stack.
    api.connectTo(database);
    fulfilment.connectTo(database);
    Watchers watchers = addMonitoring(services, environment, alerts, api, fulfilment, database);
    WebServiceWatcher apiWatcher = watchers.api();
    addRehearsals(services, environment, api, fulfilment, database, watchers);
    // A deployment and a flag change roll back on the API's load balancer alarms.
    api.addRollbackAlarms(apiWatcher.rollbackAlarms());
    addFlags(services, "api", api.service().getTaskDefinition().getTaskRole(), apiWatcher.rollbackAlarms());
    addFlags(services, "fulfilment", fulfilment.service().getTaskDefinition().getTaskRole(),
        List.of(fulfilment.deadLetterAlarm()));
    return api;
  }

  /** A service's feature flags: released by changing a value, rolled back when its alarms fire. */
  private static void addFlags(Stack services, String service, IGrantable taskRole,
      List<? extends IAlarm> alarms) {
    new FeatureFlags(services, service + "-flags", FeatureFlagsProps.builder()
        .service(service)
        .putFlags("new-pricing", false)
        .reader(taskRole)
        .addAllRollbackAlarms(alarms)
        .build());
  }

  /**
   * The platform team's Kubernetes cluster with its alarms, joined to a paging composite by the
   * stack's own Monitoring (with an overview of its own), and the workload the pipeline deploys
   * into it. It has a network of its own because EKS tags the subnets it places internal load
   * balancers in, which would change the shared network stack. Its admins assume the account's
   * {@code orders-platform-admin} role and reach the private endpoint from the office over VPN; in
   * prod also through a Session Manager admin host, for when the VPN is down.
   */
  private static KubernetesDeployer addPlatform(Stack platform, String environment, String account) {
    SecureVpc network = new SecureVpc(platform, "Network", SecureVpcProps.builder()
        .cidr(PLATFORM_NETWORKS.get(environment))
        .addPeerNetworks(OFFICE, NETWORKS.get(environment))
        .build());
    KubernetesCluster cluster = new KubernetesCluster(platform, "Cluster", KubernetesClusterProps.builder()
        .vpc(network.vpc())
        .version(KubernetesVersion.V1_33)
        .addAdminRoleArns("arn:aws:iam::" + account + ":role/orders-platform-admin")
        .addAdminNetworks(OFFICE)
        .adminHost(environment.equals("prod"))
        .build());
    KubernetesDeployer workloads = new KubernetesDeployer(platform, "Workloads", KubernetesDeployerProps.builder()
        .cluster(cluster)
        .pipelineAccount(AccountId.of(DELIVERY_ACCOUNT))
        .addWorkloads(ORDERS_WEB)
        .build());
    Monitoring monitoring = new Monitoring(platform, "Monitoring", MonitoringProps.builder()
        .alerts(alertTopic(platform))
        .overviewName("orders-" + environment + "-platform-overview")
        .build());
    monitoring.addKubernetesCluster(cluster,
        KubernetesClusterWatchOptions.of("https://runbooks.example.com/orders/kubernetes"));
    return workloads;
  }

  /** The watchers of the two services, whose alarms roll deployments back and stop experiments. */
  private record Watchers(WebServiceWatcher api, QueueWorkerWatcher fulfilment) {}

  /**
   * The services' fault experiments (AWS FIS), each stopping on its service's paging alarms: on in
   * staging by default; in prod the API opts in, with the database's failover, while the workers
   * are rehearsed in staging only until their redelivery is idempotent (suppressed, with an expiry).
   */
  private static void addRehearsals(Stack services, String environment, WebService api,
      QueueWorkerService fulfilment, DatabaseCluster database, Watchers watchers) {
    FaultExperimentsProps.Builder apiFaults = FaultExperimentsProps.builder()
        .service(api)
        .addAllStopConditions(watchers.api().stopConditions())
        .database(database.cluster());
    if (environment.equals("prod")) {
      apiFaults.enabled(true);
      Suppressions.of(fulfilment).add("GW_FIS_PROD_SERVICE_HAS_EXPERIMENT",
          "rehearsed in staging only until a redelivered message cannot ship an order twice", LocalDate.of(2027, 6, 1));
    }
    new FaultExperiments(services, "ApiFaults", apiFaults.build());
    new FaultExperiments(services, "FulfilmentFaults", FaultExperimentsProps.builder()
        .service(fulfilment)
        .addAllStopConditions(watchers.fulfilment().stopConditions())
        .build());
  }

  /**
   * Alarms, SLOs, paging composites, dashboards, the uptime canary and the monthly budget of one
   * environment; returns the services' watchers.
   */
  private static Watchers addMonitoring(Stack services, String environment, AlertTopic alerts,
      WebService api, QueueWorkerService fulfilment, DatabaseCluster database) {
    Monitoring monitoring = new Monitoring(services, "Monitoring", MonitoringProps.of(alerts));
    WebServiceWatcher apiWatcher = monitoring.addWebService(api, WebServiceWatchOptions.builder()
        .runbookUrl("https://runbooks.example.com/orders/api")
        .build());
    QueueWorkerWatcher fulfilmentWatcher = monitoring.addQueueWorker(fulfilment, QueueWorkerWatchOptions.builder()
        .runbookUrl("https://runbooks.example.com/orders/fulfilment")
        .build());
    monitoring.addDatabase("Database", database.cluster(), DatabaseWatchOptions.builder()
        .runbookUrl("https://runbooks.example.com/orders/database")
        // The engine's max_connections at the cluster's maximum capacity (SHOW max_connections).
        .maxConnections(1000)
        .build());
    new EnvironmentBudget(services, "Budget", EnvironmentBudgetProps.builder()
        // Counts the app's cost center, cc-1234, which tags every resource.
        .monthlyAmountUsd(BUDGETS_USD.get(environment))
        .alerts(alerts)
        .build());
    return new Watchers(apiWatcher, fulfilmentWatcher);
  }

  /**
   * Where the on-call rota hears about a stack's alarms: notifications by e-mail, pages (PROD)
   * through the paging webhook. The topics use the stack's shared alerts key (Groundwork's key
   * policy); the pipeline's plain CDK topic below shows a key of one's own.
   */
  private static AlertTopic alertTopic(Stack stack) {
    return new AlertTopic(stack, "Alerts", AlertTopicProps.builder()
        .addSubscribers(Subscriber.email("orders-team@example.com", Subscriber.Route.NOTIFY))
        .addSubscribers(Subscriber.webhook("https://events.pagerduty.com/integration/orders/enqueue",
            Subscriber.Route.PAGE))
        .build());
  }

  /**
   * The pipeline's failure topic: a plain CDK topic, showing that Groundwork constructs compose
   * with CDK's own. Encrypted with a rotating key, TLS-only.
   */
  private static ITopic alerts(Stack stack) {
    return Topic.Builder.create(stack, "Alerts")
        .masterKey(alertsKey(stack))
        .enforceSsl(true)
        .build();
  }

  /**
   * The key of a stack's alerts topics: a plain CDK key with rotation, retained, whose policy
   * lets only AWS services create grants (the statement AWS Control Tower's CT.KMS.PR.3 requires).
   */
  private static Key alertsKey(Stack stack) {
    Key key = Key.Builder.create(stack, "AlertsKey")
        .description("Encrypts the orders alerts topic")
        .enableKeyRotation(true)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    key.addToResourcePolicy(EncryptionKey.onlyAwsServicesCreateGrants());
    return key;
  }
}
