package dev.groundwork.core;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import dev.groundwork.core.internal.AssemblyDirectory;
import dev.groundwork.core.internal.FeatureFlags;
import dev.groundwork.core.internal.NodeRuntime;
import dev.groundwork.core.internal.OverlappedPolicyCheck;
import dev.groundwork.report.SynthesisReports;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/**
 * A Groundwork application: one CDK {@link App} with one {@link PlatformEnvironment} (a CDK
 * Stage) per environment, required tags on every resource, and synthesis that reports where
 * its time went.
 *
 * <pre>{@code
 * PlatformApp app = new PlatformApp(PlatformAppProps.builder()
 *     .name("orders").team("payments").costCenter("cc-1234")
 *     .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
 *     .build());
 * for (PlatformEnvironment env : app.environments()) {
 *   Stack data = env.addStack("data");
 *   // constructs go here; they read the tier with PlatformContext.of(this)
 * }
 * SynthResult result = app.synth();
 * }</pre>
 *
 * <p>Creating one checks the Node.js that jsii will start before the first call into jsii.
 * Templates are deterministic: CDK's analytics metadata resource is turned off, and an old
 * assembly in the output directory is cleared first.
 */
public final class PlatformApp {
  /** CDK context that records construct paths in resource metadata; always on. */
  static final String PATH_METADATA = "aws:cdk:enable-path-metadata";

  private final PlatformAppProps props;
  private final Path outdir;
  private final App app;
  private final ImmutableList<PlatformEnvironment> environments;
  private final Duration startup;
  private final Stopwatch sinceStartup;
  private final OverlappedPolicyCheck policyCheck;

  /**
   * Creates the app and its environments.
   *
   * @throws NodeRuntimeException if Node.js is missing or older than aws-cdk-lib supports
   */
  public PlatformApp(PlatformAppProps props) {
    this.props = props;
    NodeRuntime.requireSupported();
    this.outdir = AssemblyDirectory.resolve(props.outdir(), System.getenv("CDK_OUTDIR"));
    AssemblyDirectory.clearPreviousAssembly(outdir);
    this.policyCheck = new OverlappedPolicyCheck(props.policy(), props.cost(), props.environments().stream()
        .collect(Collectors.toMap(EnvironmentProps::name, EnvironmentProps::region)), outdir);
    Stopwatch stopwatch = Stopwatch.createStarted();
    this.app = new App(AppProps.builder()
        .outdir(outdir.toString())
        .analyticsReporting(false)
        .context(context(props))
        .build());
    this.startup = stopwatch.elapsed();
    this.environments = props.environments().stream()
        .map(env -> new PlatformEnvironment(app, props, env))
        .collect(ImmutableList.toImmutableList());
    this.sinceStartup = Stopwatch.createStarted();
  }

  /** Synthesizes every environment into the cloud assembly, quietly. */
  public SynthResult synth() {
    return synth(line -> {});
  }

  /**
   * Synthesizes every environment into the cloud assembly, reporting progress per environment.
   *
   * @param progress receives one line as each environment starts and finishes
   */
  public SynthResult synth(Consumer<String> progress) {
    Map<String, Duration> phases = new LinkedHashMap<>();
    phases.put("jsii start-up", startup);
    phases.put("construct", sinceStartup.elapsed());
    List<SynthesizedStack> stacks = new ArrayList<>();
    int index = 0;
    for (PlatformEnvironment env : environments) {
      index++;
      progress.accept("synthesizing %s (%d/%d, %s tier, %s/%s)".formatted(env.name(), index,
          environments.size(), env.tier(), env.account(), env.region()));
      Stopwatch stopwatch = Stopwatch.createStarted();
      env.tagCustomResourceProviders();
      CloudAssembly assembly = env.stage().synth();
      for (CloudFormationStackArtifact artifact : assembly.getStacks()) {
        SynthesizedStack stack = new SynthesizedStack(env.name(), env.tier(), artifact.getStackName(),
            artifact.getHierarchicalId(), Paths.get(artifact.getTemplateFullPath()));
        stacks.add(stack);
        policyCheck.add(stack);
      }
      phases.put("synth " + env.name(), stopwatch.elapsed());
    }
    Stopwatch stopwatch = Stopwatch.createStarted();
    app.synth();
    phases.put("assembly", stopwatch.elapsed());
    Stopwatch policyTime = Stopwatch.createStarted();
    SynthesisReports reports = policyCheck.finish();
    phases.put("policy", policyTime.elapsed());
    return new SynthResult(outdir, stacks, phases, reports.app(), reports.cost());
  }

  /**
   * Feature flags, the user's own context over them, and construct paths in resource metadata
   * so policy findings can name them.
   */
  private static Map<String, Object> context(PlatformAppProps props) {
    Map<String, Object> context = new LinkedHashMap<>(FeatureFlags.recommended());
    context.putAll(props.context());
    context.put(PATH_METADATA, true);
    return context;
  }

  /** The environments, in the order they were described. */
  public ImmutableList<PlatformEnvironment> environments() {
    return environments;
  }

  /**
   * The environment called {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public PlatformEnvironment environment(String name) {
    return environments.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("PlatformApp '" + props.name()
            + "' has no environment '" + name + "'; it has "
            + environments.stream().map(PlatformEnvironment::name).toList()));
  }

  /** The description this app was built from. */
  public PlatformAppProps props() {
    return props;
  }

  /** Where synthesis writes the cloud assembly. */
  public Path outdir() {
    return outdir;
  }

  /** The underlying CDK app: the escape hatch for anything Groundwork does not wrap. */
  public App cdkApp() {
    return app;
  }
}
