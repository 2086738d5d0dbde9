package dev.groundwork.app;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.app.internal.AssemblyDirectory;
import dev.groundwork.app.internal.NodeRuntime;
import dev.groundwork.app.internal.OverlappedPolicyCheck;
import dev.groundwork.app.internal.SynthesisFailure;
import dev.groundwork.assembly.SynthesizedStack;
import dev.groundwork.assembly.Templates;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.NodeRuntimeException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.SynthesisFailedException;
import dev.groundwork.core.Tier;
import dev.groundwork.core.internal.FeatureFlags;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.replacement.PreviousAssembly;
import dev.groundwork.replacement.ReplacementGuard;
import dev.groundwork.report.SynthesisReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StageSynthesisOptions;
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
 * <p>Creating one checks the Node.js that jsii will start before the first call into jsii, and
 * that the output directory can be written. Templates are deterministic: CDK's analytics metadata
 * resource is turned off. Synthesis writes the assembly and its reports into a staging directory
 * beside the output directory and puts it in place only when all of it is written and the
 * policy check found no ERROR, so the output directory holds either the last assembly that passed
 * or the new one, never a part and never a rejected one: a rejected assembly and its reports go
 * to {@code <outdir>.rejected} instead. The replacement guard compares with that last assembly
 * that passed unless told otherwise ({@link PlatformAppProps#previousAssembly()}).
 */
public final class PlatformApp {
  /** CDK context that records construct paths in resource metadata; always on. */
  static final String PATH_METADATA = "aws:cdk:enable-path-metadata";
  /** Environment variable naming the previous assembly; wins over {@link PlatformAppProps#previousAssembly()}. */
  public static final String PREVIOUS_ASSEMBLY_VARIABLE = "GROUNDWORK_PREVIOUS_ASSEMBLY";
  /** Added to the output directory's name for where a rejected assembly goes: {@code cdk.out.rejected}. */
  public static final String REJECTED_SUFFIX = AssemblyDirectory.REJECTED_SUFFIX;
  /** The value of {@value #PREVIOUS_ASSEMBLY_VARIABLE} that compares with no previous assembly. */
  public static final String NO_PREVIOUS_ASSEMBLY = "none";

  private final PlatformAppProps props;
  private final AssemblyDirectory assembly;
  private final App app;
  private final ImmutableList<PlatformEnvironment> environments;
  private final Duration startup;
  private final Stopwatch sinceStartup;
  private final OverlappedPolicyCheck policyCheck;
  private final Optional<ReplacementGuard> guard;
  private boolean synthesized;

  /**
   * Creates the app and its environments.
   *
   * @throws NodeRuntimeException if Node.js is missing or older than aws-cdk-lib supports
   * @throws GroundworkValidationException if a previous assembly is given but cannot be read
   * @throws SynthesisFailedException if the output directory cannot be written
   */
  public PlatformApp(PlatformAppProps props) {
    this.props = props;
    NodeRuntime.requireSupported();
    Path outdir = AssemblyDirectory.resolve(props.outdir(), System.getenv("CDK_OUTDIR"));
    // Read before anything is written: the previous assembly may be the output directory itself.
    this.guard = previousAssembly(props.previousAssembly(), System.getenv(PREVIOUS_ASSEMBLY_VARIABLE), outdir)
        .map(PreviousAssembly::read).map(ReplacementGuard::against);
    this.assembly = AssemblyDirectory.prepare(outdir);
    this.policyCheck = new OverlappedPolicyCheck(BaselineRules::library, props.policy(), props.cost(),
        props.environments().stream().collect(ImmutableMap.toImmutableMap(EnvironmentProps::name, EnvironmentProps::account)),
        props.environments().stream().collect(ImmutableMap.toImmutableMap(EnvironmentProps::name, EnvironmentProps::region)),
        assembly.staging(), guard);
    Stopwatch stopwatch = Stopwatch.createStarted();
    this.app = new App(AppProps.builder()
        .outdir(assembly.staging().toString())
        .analyticsReporting(false)
        .context(context(props))
        .build());
    this.startup = stopwatch.elapsed();
    ImmutableList.Builder<PlatformEnvironment> environments = ImmutableList.builder();
    for (int i = 0; i < props.environments().size(); i++) {
      environments.add(new PlatformEnvironment(app, props, props.environments().get(i), i + 1, assembly.outdir()));
    }
    this.environments = environments.build();
    this.sinceStartup = Stopwatch.createStarted();
  }

  /** Synthesizes every environment into the cloud assembly, quietly. */
  public SynthResult synth() {
    return synth(line -> {});
  }

  /**
   * Synthesizes every environment into the cloud assembly, reporting progress per environment.
   *
   * <p>Everything of this run (templates, manifest, policy reports) is written into the staging
   * directory and moved into the output directory together at the end. If the policy check finds
   * an ERROR (the replacement guard's included), the assembly goes to {@code <outdir>.rejected}
   * instead ({@link SynthResult#assemblyDirectory()} says where) and the output directory keeps the
   * last assembly that passed. If anything fails, the staging directory is removed and the output
   * directory keeps the previous assembly.
   *
   * <p>An app synthesizes once: its staging directory is the assembly afterwards.
   *
   * @param progress receives one line as each environment starts and finishes
   * @throws IllegalStateException if this app has already been synthesized
   * @throws SynthesisFailedException if another synthesis holds the output directory, the Node.js
   *     process jsii runs dies or throws, or the assembly cannot be moved into place
   */
  public SynthResult synth(Consumer<String> progress) {
    checkState(!synthesized, "PlatformApp '%s' has already been synthesized into %s; synth() runs once "
        + "per app: create a new PlatformApp to synthesize again", props.name(), assembly.outdir());
    synthesized = true;
    guard.ifPresent(g -> progress.accept("replacement guard: comparing with " + g.previous().stacks().size()
        + " stacks of the previous assembly in " + g.previous().directory()));
    try {
      assembly.lock();
      SynthResult staged = synthStaged(progress);
      if (staged.policy().hasErrors()) {
        long errors = staged.policy().count(Severity.ERROR);
        return movedTo(staged, assembly.reject(errors + (errors == 1 ? " policy error" : " policy errors")
            + " (see groundwork-report.json)"));
      }
      assembly.commit();
      return movedTo(staged, assembly.outdir());
    } catch (RuntimeException | Error e) {
      assembly.discard();
      throw e;
    }
  }

  private SynthResult synthStaged(Consumer<String> progress) {
    Map<String, Duration> phases = new LinkedHashMap<>();
    phases.put("jsii start-up", startup);
    phases.put("construct", sinceStartup.elapsed());
    List<SynthesizedStack> stacks = new ArrayList<>();
    for (PlatformEnvironment env : environments) {
      progress.accept("synthesizing " + env.description());
      Stopwatch stopwatch = Stopwatch.createStarted();
      CloudAssembly cloudAssembly = env.synth(StageSynthesisOptions.builder().build());
      for (CloudFormationStackArtifact artifact : cloudAssembly.getStacks()) {
        SynthesizedStack stack = new SynthesizedStack(env.name(), env.tier(), artifact.getStackName(),
            artifact.getHierarchicalId(), Paths.get(artifact.getTemplateFullPath()));
        stacks.add(stack);
        policyCheck.add(stack);
      }
      policyCheck.environmentDone(env.name());
      phases.put("synth " + env.name(), stopwatch.elapsed());
    }
    Stopwatch stopwatch = Stopwatch.createStarted();
    try {
      app.synth();
    } catch (RuntimeException e) {
      throw new SynthesisFailedException(SynthesisFailure.describe("the app's manifest", e, assembly.outdir()),
          "synthesis of the app's manifest failed", e);
    }
    phases.put("assembly", stopwatch.elapsed());
    Stopwatch policyTime = Stopwatch.createStarted();
    SynthesisReports reports = policyCheck.finish();
    phases.put("policy", policyTime.elapsed());
    return new SynthResult(assembly.staging(), stacks, phases, reports.app(), reports.policy(), reports.changes(),
        reports.cost());
  }

  /** The same result, its paths pointing where the assembly now is. */
  private SynthResult movedTo(SynthResult staged, Path outdir) {
    List<SynthesizedStack> stacks = staged.stacks().stream()
        .map(s -> new SynthesizedStack(s.environment(), s.tier(), s.stackName(), s.constructPath(),
            outdir.resolve(assembly.staging().relativize(s.templatePath()))))
        .toList();
    return new SynthResult(outdir, stacks, staged.phaseTimings(), staged.app().movedTo(outdir), staged.policy(),
        staged.changes(), staged.cost());
  }

  /**
   * The previous assembly: {@code variable} when set (it wins, as CDK_OUTDIR does; {@value
   * #NO_PREVIOUS_ASSEMBLY} compares with nothing), else {@code configured}, else the output
   * directory's assembly, the last one that passed, when there is one.
   */
  static Optional<Path> previousAssembly(Optional<Path> configured, String variable, Path outdir) {
    if (variable != null && !variable.isBlank()) {
      return variable.strip().equals(NO_PREVIOUS_ASSEMBLY) ? Optional.empty() : Optional.of(Paths.get(variable));
    }
    return configured.or(() -> Files.isRegularFile(outdir.resolve("manifest.json")) ? Optional.of(outdir)
        : Optional.empty());
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
    return assembly.outdir();
  }

  /** The underlying CDK app: the escape hatch for anything Groundwork does not wrap. */
  public App cdkApp() {
    return app;
  }
}
