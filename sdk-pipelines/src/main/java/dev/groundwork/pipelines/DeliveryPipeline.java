package dev.groundwork.pipelines;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Tier;
import dev.groundwork.pipelines.internal.CrossRegionSupportHardening;
import dev.groundwork.pipelines.internal.PipelineGrantScoping;
import dev.groundwork.pipelines.internal.RegionTimeZones;
import dev.groundwork.pipelines.internal.StageConditions;
import dev.groundwork.pipelines.internal.WindowCron;
import dev.groundwork.pipelines.internal.WindowSchedule;
import dev.groundwork.policy.suppress.Suppressions;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awscdk.AspectOptions;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.StageSynthesisOptions;
import software.amazon.awscdk.pipelines.AddStageOpts;
import software.amazon.awscdk.pipelines.CodeBuildOptions;
import software.amazon.awscdk.pipelines.CodeBuildStep;
import software.amazon.awscdk.pipelines.CodeBuildStepProps;
import software.amazon.awscdk.pipelines.CodePipeline;
import software.amazon.awscdk.pipelines.CodePipelineProps;
import software.amazon.awscdk.pipelines.CodePipelineSource;
import software.amazon.awscdk.pipelines.ConnectionSourceOptions;
import software.amazon.awscdk.pipelines.IFileSetProducer;
import software.amazon.awscdk.pipelines.ManualApprovalStep;
import software.amazon.awscdk.pipelines.ManualApprovalStepProps;
import software.amazon.awscdk.pipelines.ShellStep;
import software.amazon.awscdk.pipelines.ShellStepProps;
import software.amazon.awscdk.pipelines.StackSteps;
import software.amazon.awscdk.pipelines.Step;
import software.amazon.awscdk.pipelines.Wave;
import software.amazon.awscdk.pipelines.WaveOptions;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.codebuild.BucketCacheOptions;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.Cache;
import software.amazon.awscdk.services.codebuild.CloudWatchLoggingOptions;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.LocalCacheMode;
import software.amazon.awscdk.services.codebuild.LoggingOptions;
import software.amazon.awscdk.services.codepipeline.PipelineNotificationEvents;
import software.amazon.awscdk.services.codepipeline.PipelineNotifyOnOptions;
import software.amazon.awscdk.services.codepipeline.PipelineType;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * A CodePipeline (V2, on CDK Pipelines) that delivers every commit of a branch through the
 * PlatformApp's own environments, in tier order, with gates.
 *
 * <p>Stages: Source (a CodeStar connection); Build (lint and the dependency scan in parallel, then
 * the tests, the build and the synthesis with the Groundwork policy check, which stops the
 * pipeline on an ERROR finding; its JUnit report is a CodeBuild test report, its SARIF report is
 * kept in the cloud-assembly artifact); UpdatePipeline (self-mutation); Assets (published in
 * parallel); then one wave per tier, {@code dev}, {@code staging}, {@code prod}, deploying each
 * environment's own CDK stage, each followed by a smoke test of its health endpoint and, where
 * configured, preceded by its database migrations (a {@link MigrationRunner} started before the
 * stack that uses the new schema, in the environment's account) and followed, after a cluster's
 * stack, by its Kubernetes workloads ({@link KubernetesDeployer}). PROD waits for a manual approval
 * in a stage of its own ({@code prod-approval}); the {@code prod} stage that deploys may only be
 * entered inside its deployment window (a {@code beforeEntry} stage condition with the
 * {@code DeploymentWindow} rule), so the window is checked after the approval, when the
 * deployment starts. The CDK CLI and cdk-assets are the versions of {@link PipelineTools}.
 *
 * <p>Also defined: the artifact bucket (a {@link SecureBucket}: its own rotating KMS key, which
 * the target accounts' deployment roles are granted, versioned, access-logged, TLS-only, retained,
 * so every build's templates and assets can be redeployed); a local CodeBuild cache of the Maven
 * repository, and an S3 cache (in the artifact bucket) of the dependency scan's vulnerability
 * database and Maven repository; a notification rule (execution failed, approval needed) and an
 * alarm on failed executions, both to the alert topic.
 *
 * <p>Create it after every stack of the environments it deploys: CDK Pipelines synthesizes each
 * environment's stage when it is added.
 */
public final class DeliveryPipeline extends Construct {
  /** The rule of AWS Control Tower's CT.CODEBUILD.PR.4, which AWS makes Docker image builds fail. */
  static final String PRIVILEGED_RULE = "GW_CT_CODEBUILD_PROJECT_ENVIRONMENT_PRIVILEGED";

  /** Where the dependency scan's cache lives in the artifact bucket. */
  static final String SCAN_CACHE_PREFIX = "build-cache/dependency-scan";

  /** The CodePipeline stage (wave) name of each tier. */
  static String waveName(Tier tier) {
    return tier.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The runtimes of every CodeBuild step the pipeline creates (build, synth, self-mutation, asset
   * publishing, smoke tests, keep steps) on the standard 7.0 image: Node.js 22, the oldest Node.js
   * LTS Groundwork synthesizes with (its Maven plugin then needs to download none) and the CDK
   * CLI and cdk-assets run on; Java 21 (Corretto) for Maven. Named, because CodeBuild then uses
   * only the runtimes named.
   */
  static final ImmutableMap<String, Object> RUNTIMES = ImmutableMap.of("java", "corretto21", "nodejs", 22);

  /** How CDK Pipelines synthesizes a stage it adds: with the assembly's error annotations checked. */
  private static final StageSynthesisOptions VALIDATING =
      StageSynthesisOptions.builder().validateOnSynthesis(true).build();

  /** The CodePipeline stage holding the manual approval before the wave of {@code tier}. */
  static String approvalStageName(Tier tier) {
    return waveName(tier) + "-approval";
  }

  private final CodePipeline pipeline;
  private final SecureBucket artifacts;
  private final Alarm failedExecutions;

  public DeliveryPipeline(Construct scope, String id, DeliveryPipelineProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    DeliveryPipelineSettings settings = DeliveryPipelineDefaults.resolve(props, context);
    Map<Tier, Set<ZoneId>> zones = validate(props, settings);

    // A fixed name, so the environments' build roles (migrations, workloads) can name the bucket.
    this.artifacts = new SecureBucket(this, "Artifacts", SecureBucketProps.builder()
        .bucketName(PipelineArtifactReads.bucketName(context.app(), context.account(), context.region().value()))
        .build());
    // Every CodeBuild project of the pipeline (steps, assets, self-mutation) logs here: AWS
    // Control Tower's CT.CODEBUILD.PR.3 wants a logging configuration on each project.
    EncryptedLogGroup buildLogs = new EncryptedLogGroup(this, "BuildLogs", EncryptedLogGroupProps.defaults());
    DeployedAssemblies deployed = new DeployedAssemblies(artifacts.bucket());
    CodePipelineSource source = CodePipelineSource.connection(props.source().repository(),
        props.source().branch(), ConnectionSourceOptions.builder()
            .connectionArn(props.source().connectionArn())
            .build());
    this.pipeline = new CodePipeline(this, "Pipeline", CodePipelineProps.builder()
        .pipelineType(PipelineType.V2)
        .synth(synth(source, props.commands(), deployed, artifacts))
        .cliVersion(PipelineTools.CDK_CLI)
        .cdkAssetsCliVersion(PipelineTools.CDK_ASSETS)
        .artifactBucket(artifacts.bucket())
        // Only the replication buckets of other regions' support stacks use these keys.
        .crossAccountKeys(true)
        .enableKeyRotation(true)
        .selfMutation(true)
        .publishAssetsInParallel(true)
        .codeBuildDefaults(CodeBuildOptions.builder()
            .buildEnvironment(BuildEnvironment.builder().buildImage(LinuxBuildImage.STANDARD_7_0).build())
            .cache(Cache.local(LocalCacheMode.CUSTOM))
            .partialBuildSpec(BuildSpec.fromObject(ImmutableMap.of(
                "phases", Map.of("install", Map.of("runtime-versions", RUNTIMES)),
                "cache", Map.of("paths", List.of("/root/.m2/**/*")))))
            .logging(LoggingOptions.builder()
                .cloudWatch(CloudWatchLoggingOptions.builder().logGroup(buildLogs.logGroup()).build())
                .build())
            .build())
        .build());

    Tier previous = null;
    Wave wave = null;
    for (EnvironmentDelivery delivery : props.environments()) {
      PlatformEnvironment env = delivery.environment();
      if (env.tier() != previous) {
        if (settings.approvalBeforeWave().get(env.tier())) {
          // A stage of its own: the window is checked when the deploying stage is entered,
          // after the approval, whenever it is given.
          pipeline.addWave(approvalStageName(env.tier()), WaveOptions.builder()
              .pre(List.of(new ManualApprovalStep("PromoteToProd", ManualApprovalStepProps.builder()
                  .comment("Deploy this commit to production? Staging passed its smoke tests. It starts"
                      + " only inside the production deployment window; approved outside it, the prod"
                      + " stage fails its entry check: retry that stage inside the window.")
                  .build())))
              .build());
        }
        wave = pipeline.addWave(waveName(env.tier()));
        previous = env.tier();
      }
      // CDK Pipelines synthesizes the stage as it is added; synthesized first here, a failure
      // (a dependency cycle between the environment's stacks) reads as it would in PlatformApp.synth().
      env.synth(VALIDATING);
      List<Step> post = new ArrayList<>(smokeTest(delivery));
      post.add(deployed.keep(env, pipeline.getCloudAssemblyFileSet()));
      AddStageOpts.Builder stage = AddStageOpts.builder().post(post);
      List<StackSteps> stackSteps = stackSteps(delivery, source);
      if (!stackSteps.isEmpty()) {
        stage.stackSteps(stackSteps);
      }
      wave.addStage(env.stage(), stage.build());
    }
    // Environments with a stack in a second region (a recovery stack) make CDK add a support stack there.
    Aspects.of(Stage.of(this)).add(new CrossRegionSupportHardening(settings.crossRegionObjectLock()),
        AspectOptions.builder().priority(CrossRegionSupportHardening.PRIORITY).build());
    settings.approvalWaiverReason().ifPresent(reason ->
        getNode().addMetadata("groundwork:prod-approval-waived", reason));
    props.prodDeploymentWindow().weekendReason().ifPresent(reason ->
        getNode().addMetadata("groundwork:prod-weekend-deploys", reason));

    pipeline.buildPipeline();
    suppressPrivilegedDockerAssets(pipeline);
    deployed.grantKeepSteps();
    Aspects.of(Stack.of(this)).add(new PipelineGrantScoping((Role) pipeline.getPipeline().getRole(),
        (Role) pipeline.getSelfMutationProject().getRole()),
        AspectOptions.builder().priority(PipelineGrantScoping.PRIORITY).build());
    for (Tier tier : Tier.values()) {
      settings.deploymentWindow().get(tier).filter(window -> zones.containsKey(tier)).ifPresent(window ->
          StageConditions.deploymentWindow(pipeline.getPipeline(), waveName(tier), window.cron(), zones.get(tier)));
    }
    pipeline.getPipeline().notifyOn("Notifications", props.alertTopic(), PipelineNotifyOnOptions.builder()
        .events(List.of(PipelineNotificationEvents.PIPELINE_EXECUTION_FAILED,
            PipelineNotificationEvents.MANUAL_APPROVAL_NEEDED))
        .build());
    this.failedExecutions = Alarm.Builder.create(this, "FailedExecutions")
        .alarmDescription("An execution of " + getNode().getPath() + " failed: a change is stuck before production.")
        .metric(Metric.Builder.create()
            .namespace("AWS/CodePipeline")
            .metricName("FailedPipelineExecutions")
            .dimensionsMap(Map.of("PipelineName", pipeline.getPipeline().getPipelineName()))
            .statistic("Sum")
            .period(Duration.minutes(5))
            .build())
        .threshold(1)
        .evaluationPeriods(1)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .build();
    failedExecutions.addAlarmAction(new SnsAction(props.alertTopic()));
  }

  /**
   * The steps around single stacks: migrations before the stack that needs the new schema, each
   * Kubernetes deployer after its cluster's stack; one entry per stack, in a fixed order.
   */
  private static List<StackSteps> stackSteps(EnvironmentDelivery delivery, CodePipelineSource source) {
    Map<Stack, List<Step>> pre = new LinkedHashMap<>();
    Map<Stack, List<Step>> post = new LinkedHashMap<>();
    delivery.migrations().ifPresent(runner -> pre.computeIfAbsent(delivery.migrateBefore().orElseThrow(),
        s -> new ArrayList<>()).add(new MigrationStep("Migrate", runner, source.getPrimaryOutput())));
    for (KubernetesDeployer deployer : delivery.kubernetesDeployers()) {
      post.computeIfAbsent(Stack.of(deployer), s -> new ArrayList<>()).add(new KubernetesDeployStep(
          "Deploy" + deployer.getNode().getId(), deployer, source.getPrimaryOutput()));
    }
    Set<Stack> stacks = new LinkedHashSet<>(pre.keySet());
    stacks.addAll(post.keySet());
    List<StackSteps> steps = new ArrayList<>();
    for (Stack stack : stacks) {
      steps.add(StackSteps.builder().stack(stack)
          .pre(pre.getOrDefault(stack, List.of()))
          .post(post.getOrDefault(stack, List.of()))
          .build());
    }
    return steps;
  }

  /** lint ∥ dependency scan → test → build → synth (with the policy check and the replacement guard). */
  private static IFileSetProducer synth(CodePipelineSource source, BuildCommands commands,
      DeployedAssemblies deployed, SecureBucket artifacts) {
    CodeBuildStep lint = step("Lint", source, commands.lint(), Optional.empty());
    // The scan's vulnerability database (hundreds of MB, slow to build from the NVD) and the Maven
    // repository, kept in the artifact bucket: an S3 cache outlives the build hosts a local one is on.
    CodeBuildStep scan = CodeBuildStep.Builder.create("DependencyScan")
        .input(source)
        .commands(List.of(commands.dependencyScan()))
        .cache(Cache.bucket(artifacts.bucket(), BucketCacheOptions.builder().prefix(SCAN_CACHE_PREFIX).build()))
        .partialBuildSpec(BuildSpec.fromObject(Map.of("cache", Map.of("paths",
            List.of(BuildCommands.VULNERABILITY_DATABASE + "/**/*")))))
        .build();
    CodeBuildStep test = step("Test", source, commands.test(), Optional.of(report(
        "unit-tests", List.of("**/target/surefire-reports/*.xml"), ".")));
    test.addStepDependency(lint);
    CodeBuildStep build = CodeBuildStep.Builder.create("Build")
        .input(source)
        .commands(List.of(commands.build()))
        .primaryOutputDirectory(".")
        .build();
    build.addStepDependency(test);
    CodeBuildStep synth = CodeBuildStep.Builder.create("Synth")
        .input(build)
        .env(deployed.synthEnvironment())
        .commands(List.of(DeployedAssemblies.fetchCommand(), commands.synth()))
        .primaryOutputDirectory("cdk.out")
        // The assembly's JUnit report, or the rejected assembly's (beside cdk.out) when findings failed it.
        .partialBuildSpec(report("groundwork-policy", List.of("cdk.out/groundwork-junit.xml",
            "cdk.out" + PlatformApp.REJECTED_SUFFIX + "/groundwork-junit.xml"), "."))
        .build();
    synth.addStepDependency(scan);
    return synth;
  }

  /**
   * CDK Pipelines builds and pushes each container image asset with Docker in a CodeBuild project
   * of its own, and CodeBuild runs the Docker daemon only in privileged mode; each such project
   * carries a suppression of {@value #PRIVILEGED_RULE} saying so. Every other project of the
   * pipeline runs unprivileged.
   */
  private static void suppressPrivilegedDockerAssets(CodePipeline pipeline) {
    IConstruct assets = pipeline.getNode().tryFindChild("Assets");
    if (assets == null) {
      return;
    }
    assets.getNode().getChildren().stream()
        .filter(project -> project.getNode().getId().startsWith("DockerAsset"))
        .forEach(project -> Suppressions.of(project).add(PRIVILEGED_RULE, "CDK Pipelines builds this container "
            + "image with Docker, and CodeBuild runs the Docker daemon only in privileged mode: "
            + "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html"));
  }

  private static CodeBuildStep step(String id, IFileSetProducer input, String command,
      Optional<BuildSpec> spec) {
    CodeBuildStepProps.Builder props = CodeBuildStepProps.builder()
        .input(input)
        .commands(List.of(command));
    spec.ifPresent(props::partialBuildSpec);
    return new CodeBuildStep(id, props.build());
  }

  /** A buildspec that publishes {@code files} under {@code directory} as a JUnit test report. */
  private static BuildSpec report(String name, List<String> files, String directory) {
    return BuildSpec.fromObject(Map.of("reports", Map.of(name, ImmutableMap.of(
        "files", files, "base-directory", directory, "file-format", "JUNITXML"))));
  }

  /** The URL the smoke test of {@code delivery} calls: its service's endpoint, else the URL given. */
  private static Optional<String> smokeTestUrl(EnvironmentDelivery delivery) {
    return delivery.smokeTestOf().flatMap(WebService::healthCheckUrl).or(delivery::healthCheckUrl);
  }

  private static List<Step> smokeTest(EnvironmentDelivery delivery) {
    return smokeTestUrl(delivery)
        .<List<Step>>map(url -> List.of(new ShellStep("SmokeTest", ShellStepProps.builder()
            .env(Map.of("HEALTH_URL", url))
            .commands(List.of("curl -fsS --retry 5 --retry-delay 10 --retry-all-errors -o /dev/null \"$HEALTH_URL\""))
            .build())))
        .orElse(List.of());
  }

  /** Checks the props against the tree; returns the time zones of each tier's environments. */
  private Map<Tier, Set<ZoneId>> validate(DeliveryPipelineProps props, DeliveryPipelineSettings settings) {
    Problems validation = Problems.of("DeliveryPipeline", this);
    Map<Tier, Set<ZoneId>> zones = new EnumMap<>(Tier.class);
    if (props.environments().isEmpty()) {
      validation.add("PIPELINE_ENVIRONMENTS_EMPTY", "environments", "[]",
          "at least one environment", "Add the PlatformApp's environments in tier order.");
    }
    Tier highest = null;
    String highestName = null;
    Stage own = Stage.of(this);
    List<String> seen = new ArrayList<>();
    for (EnvironmentDelivery delivery : props.environments()) {
      PlatformEnvironment env = delivery.environment();
      String name = env.name();
      if (env.stage() == own) {
        validation.add("PIPELINE_DEPLOYS_ITSELF", "environments", "'" + name + "'",
            "environments other than the pipeline's own",
            "Put the pipeline in its own environment (a delivery account) and deploy the others.");
      }
      if (seen.contains(name)) {
        validation.add("PIPELINE_ENVIRONMENT_DUPLICATE", "environments", "'" + name + "' twice",
            "each environment once", "Remove the second entry.");
      }
      seen.add(name);
      if (highest != null && env.tier().compareTo(highest) < 0) {
        validation.add("PIPELINE_TIER_ORDER", "environments",
            "'" + name + "' (" + env.tier() + ") after '" + highestName + "' (" + highest + ")",
            "in tier order DEV, STAGING, PROD",
            "List every DEV environment first, then STAGING, then PROD.");
      } else {
        highest = env.tier();
        highestName = name;
      }
      delivery.healthCheckUrl().filter(url -> !url.startsWith("https://")).ifPresent(url ->
          validation.add("PIPELINE_HEALTH_URL", "healthCheckUrl", url, "an https:// URL",
              "Point the smoke test at the service's HTTPS health endpoint."));
      delivery.smokeTestOf().ifPresent(service -> {
        if (service.endpoint().isEmpty()) {
          validation.add("PIPELINE_SMOKE_TEST_ENDPOINT", "smokeTestOf", "'" + service.getNode().getPath()
              + "', which has no endpoint", "a WebService with an endpoint",
              "Give the service endpoint(ServiceEndpoint...), or give healthCheckUrl instead.");
        }
        if (Stage.of(service) != env.stage()) {
          validation.add("PIPELINE_SMOKE_TEST_ENVIRONMENT", "smokeTestOf", "'" + service.getNode().getPath() + "'",
              "a service of environment '" + name + "'", "Use the service of the environment being delivered.");
        }
      });
      Optional<ZoneId> zone = delivery.timeZone().or(() -> RegionTimeZones.of(env.region().value()));
      if (zone.isEmpty() && settings.deploymentWindow().get(env.tier()).isPresent()) {
        validation.add("PIPELINE_WINDOW_TIME_ZONE", "timeZone", "none for region " + env.region().value(),
            "a time zone", "Set timeZone(ZoneId.of(...)) on the EnvironmentDelivery of '" + name + "'.");
      }
      zone.ifPresent(z -> zones.computeIfAbsent(env.tier(), t -> new LinkedHashSet<>()).add(z));
      checkMigrations(delivery, validation);
      checkKubernetesDeployers(delivery, validation);
    }
    DeploymentWindow window = props.prodDeploymentWindow();
    Optional<String> cronProblem = WindowCron.problem(window.cron());
    cronProblem.ifPresent(problem ->
        validation.add("PIPELINE_WINDOW_CRON", "prodDeploymentWindow", "'" + window.cron()
            + "', which " + problem, "a DeploymentWindow cron: '* minutes hours day-of-month month day-of-week [year]'"
            + " with '?' in one day field", "For example '* * 9-15 ? * MON-THU *' (Monday to Thursday, 09:00-15:59)."));
    if (cronProblem.isEmpty() && window.weekendReason().filter(r -> !r.isBlank()).isEmpty()) {
      Set<DayOfWeek> weekend = WindowSchedule.of(window.cron()).weekendDays();
      if (!weekend.isEmpty()) {
        validation.add("PIPELINE_WINDOW_WEEKEND", "prodDeploymentWindow", "'" + window.cron() + "', which opens on "
            + weekend.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .collect(Collectors.joining(" and ")),
            "a window of weekdays, or DeploymentWindow.includingWeekends(cron, reason)",
            "Leave weekends out, or say who is on call for weekend deploys with includingWeekends.");
      }
    }
    if (!props.prodApproval() && props.prodApprovalWaiverReason().filter(r -> !r.isBlank()).isEmpty()) {
      validation.add("PIPELINE_PROD_APPROVAL_REQUIRED", "prodApproval", "false without a reason",
          "true, or false with prodApprovalWaiverReason", "Keep the approval, or give the reason it is waived.");
    }
    validation.throwIfAny();
    return zones;
  }

  /**
   * Records the problems of {@code delivery}'s migrations: a runner and the stack it precedes, both
   * in the environment, the runner trusting this pipeline's account, the stack deploying after the
   * runner's (read from the environment's synthesized stage, where references became dependencies).
   */
  private void checkMigrations(EnvironmentDelivery delivery, Problems validation) {
    PlatformEnvironment env = delivery.environment();
    if (delivery.migrations().isPresent() != delivery.migrateBefore().isPresent()) {
      validation.add("PIPELINE_MIGRATION_STACK", delivery.migrations().isPresent() ? "migrateBefore" : "migrations",
          "unset for '" + env.name() + "'", "set together with " + (delivery.migrations().isPresent() ? "migrations" : "migrateBefore"),
          "Give both the MigrationRunner and the stack of the services that use the new schema.");
      return;
    }
    if (delivery.migrations().isEmpty()) {
      return;
    }
    MigrationRunner runner = delivery.migrations().get();
    Stack before = delivery.migrateBefore().get();
    boolean inEnvironment = true;
    for (IConstruct scope : List.<IConstruct>of(runner, before)) {
      if (Stage.of(scope) != env.stage()) {
        inEnvironment = false;
        validation.add("PIPELINE_MIGRATION_ENVIRONMENT", scope == runner ? "migrations" : "migrateBefore",
            "'" + scope.getNode().getPath() + "'", "a construct of environment '" + env.name() + "'",
            "Use the runner and the stack of the environment being delivered.");
      }
    }
    String account = Stack.of(this).getAccount();
    if (!runner.pipelineAccount().value().equals(account)) {
      validation.add("PIPELINE_MIGRATION_ACCOUNT", "migrations", "a runner trusting account "
          + runner.pipelineAccount().value(), "a runner trusting the pipeline's account " + account,
          "Set pipelineAccount(AccountId.of(\"" + account + "\")) on the MigrationRunnerProps.");
    }
    if (!inEnvironment) {
      return;
    }
    Stack runnerStack = Stack.of(runner);
    // The same synthesis CDK Pipelines' addStage asks for (and then reuses).
    env.synth(VALIDATING);
    if (runnerStack == before || !dependsOn(before, runnerStack)) {
      validation.add("PIPELINE_MIGRATION_ORDER", "migrateBefore", "'" + before.getStackName() + "'"
          + (runnerStack == before ? ", the runner's own stack" : ", which does not depend on the runner's stack '"
          + runnerStack.getStackName() + "'"), "a stack deployed after the runner's",
          "Put the MigrationRunner beside the database in a stack the services' stack depends on.");
    }
  }

  /** Records the problems of {@code delivery}'s Kubernetes deployers: in the environment, trusting this pipeline's account. */
  private void checkKubernetesDeployers(EnvironmentDelivery delivery, Problems validation) {
    String account = Stack.of(this).getAccount();
    for (KubernetesDeployer deployer : delivery.kubernetesDeployers()) {
      if (Stage.of(deployer) != delivery.environment().stage()) {
        validation.add("PIPELINE_KUBERNETES_ENVIRONMENT", "kubernetesDeployers", "'" + deployer.getNode().getPath() + "'",
            "a deployer of environment '" + delivery.environment().name() + "'",
            "Use the deployer of the environment being delivered.");
      }
      if (!deployer.pipelineAccount().value().equals(account)) {
        validation.add("PIPELINE_KUBERNETES_ACCOUNT", "kubernetesDeployers", "a deployer trusting account "
            + deployer.pipelineAccount().value(), "a deployer trusting the pipeline's account " + account,
            "Set pipelineAccount(AccountId.of(\"" + account + "\")) on the KubernetesDeployerProps.");
      }
    }
  }

  private static boolean dependsOn(Stack stack, Stack dependency) {
    for (Stack direct : stack.getDependencies()) {
      if (direct == dependency || dependsOn(direct, dependency)) {
        return true;
      }
    }
    return false;
  }

  /** The CDK Pipelines object: the escape hatch for anything Groundwork does not wrap. */
  public CodePipeline pipeline() {
    return pipeline;
  }

  /** The artifact bucket and its key. */
  public SecureBucket artifacts() {
    return artifacts;
  }

  /** The alarm that goes off when an execution fails. */
  public Alarm failedExecutionsAlarm() {
    return failedExecutions;
  }
}
