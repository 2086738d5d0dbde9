package dev.groundwork.app.internal;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.SynthesizedStack;
import dev.groundwork.core.Tier;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.cost.CostEstimator;
import dev.groundwork.cost.CostOptions;
import dev.groundwork.diagram.ArchitectureDrawing;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.diagram.ArchitectureSvg;
import dev.groundwork.diagram.DeliveryFlow;
import dev.groundwork.policy.AssemblyCheck;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleLibrary;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ReplacementGuard;
import dev.groundwork.report.SynthesisReports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs the policy check's Java work beside CDK synthesis instead of after it.
 *
 * <p>While jsii starts Node and Node synthesizes, the JVM's main thread mostly waits on a pipe.
 * A worker thread uses that time: as soon as the app exists it creates the engine and warms it
 * (class loading, Jackson), then warms the diagram layout (Eclipse ELK) and the price table, parses
 * each environment's templates as soon as that environment is synthesized, and draws its diagram
 * while Node.js synthesizes the next one. What remains after the last environment is evaluating
 * the parsed templates and estimating cost on the caller's thread while the worker draws the last
 * environment and the delivery flow, then writing the reports. Only pure Java runs on the worker;
 * jsii calls stay on the caller's thread, as the jsii runtime is not thread-safe.
 */
public final class OverlappedPolicyCheck {
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "groundwork-policy");
    thread.setDaemon(true);
    return thread;
  });
  /** Touches the common rule paths: a bucket, its key and its policy. */
  private static final String WARM_UP_TEMPLATE = """
      {"Resources": {
        "Key": {"Type": "AWS::KMS::Key", "Properties": {"EnableKeyRotation": true}},
        "Bucket": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain",
          "Properties": {"Tags": [{"Key": "team", "Value": "warm-up"}]}},
        "Policy": {"Type": "AWS::S3::BucketPolicy",
          "Properties": {"Bucket": {"Ref": "Bucket"}, "PolicyDocument": {"Statement": []}}}}}
      """;

  private final Path assemblyDirectory;
  private final CostOptions cost;
  private final Map<String, String> accounts;
  private final Map<String, String> regions;
  private final CompletableFuture<PolicyEngine> engine;
  private final CompletableFuture<Void> diagrams;
  private final List<CompletableFuture<StackTemplate>> templates = new ArrayList<>();
  private final Map<String, List<CompletableFuture<StackTemplate>>> byEnvironment = new LinkedHashMap<>();
  private final List<CompletableFuture<ArchitectureDrawing>> drawings = new ArrayList<>();
  private final Optional<ReplacementGuard> guard;

  /**
   * Starts loading the rules {@code library} gives and creating and warming the engine for them
   * and {@code options} in the background; {@code cost} and the environments' {@code regions} (by name) are for the cost
   * estimate at the end; {@code guard}, when a previous assembly is given, compares the stacks
   * with it after the rules, and its findings join the report (the environments' {@code
   * accounts} and regions name where a stack refactoring applies).
   */
  public OverlappedPolicyCheck(Supplier<RuleLibrary> library, PolicyOptions options, CostOptions cost, Map<String, String> accounts,
      Map<String, String> regions, Path assemblyDirectory, Optional<ReplacementGuard> guard) {
    this.assemblyDirectory = assemblyDirectory;
    this.guard = guard;
    this.cost = cost;
    this.accounts = ImmutableMap.copyOf(accounts);
    this.regions = ImmutableMap.copyOf(regions);
    this.engine = CompletableFuture.supplyAsync(() -> warm(PolicyEngine.create(library.get(), options)), WORKER);
    this.diagrams = CompletableFuture.runAsync(ArchitectureSvg::warmUp, WORKER)
        .thenRunAsync(() -> warm(cost, assemblyDirectory, this.regions.values().stream().sorted().findFirst()), WORKER);
  }

  /** Starts parsing the template of a stack that has just been synthesized. */
  public void add(SynthesizedStack stack) {
    CompletableFuture<StackTemplate> parsed =
        CompletableFuture.supplyAsync(() -> StackTemplate.of(stack, assemblyDirectory), WORKER);
    templates.add(parsed);
    byEnvironment.computeIfAbsent(stack.environment(), e -> new ArrayList<>()).add(parsed);
  }

  /**
   * Starts drawing {@code environment}'s architecture once its stacks are parsed: after the last
   * stack of an environment was added, so it runs while Node.js synthesizes the next environment.
   * The graph of an environment reads only its own stacks.
   */
  public void environmentDone(String environment) {
    List<CompletableFuture<StackTemplate>> stacks = List.copyOf(byEnvironment.getOrDefault(environment, List.of()));
    if (stacks.isEmpty()) {
      return;
    }
    drawings.add(diagrams.thenApplyAsync(warm -> ArchitectureDrawing.of(ArchitectureGraph.of(
        SynthesizedApp.of(assemblyDirectory, stacks.stream().map(CompletableFuture::join).toList()), environment)),
        WORKER));
  }

  /**
   * Evaluates every added stack (compared with the previous assembly, if any), writes the
   * reports (policy, changes, cost, diagrams, HTML) next to the assembly, and returns them with
   * the app model: the parsed stacks with the report, for whoever reads the result next.
   */
  public SynthesisReports finish() {
    List<StackTemplate> parsed = templates.stream().map(OverlappedPolicyCheck::join).toList();
    templates.clear();
    SynthesizedApp app = SynthesizedApp.of(assemblyDirectory, parsed);
    // The cost estimate and the delivery flow (which reads every environment) on the worker while
    // this thread evaluates the rules.
    CompletableFuture<CostEstimate> estimate =
        diagrams.thenApplyAsync(warm -> SynthesisReports.estimate(app, cost, regions), WORKER);
    CompletableFuture<Optional<ArchitectureDrawing>> flow =
        diagrams.thenApplyAsync(warm -> DeliveryFlow.of(app).map(ArchitectureDrawing::of), WORKER);
    Optional<AssemblyDiff> changes = guard.map(g -> g.diff(parsed));
    List<AssemblyCheck> checks = changes.<List<AssemblyCheck>>map(d -> List.of(guard.get().checkOf(d)))
        .orElse(List.of());
    PolicyReport report = join(engine).evaluate(parsed, checks);
    List<ArchitectureDrawing> drawn = new ArrayList<>(drawings.stream().map(OverlappedPolicyCheck::join).toList());
    join(flow).ifPresent(drawn::add);
    return SynthesisReports.write(app, report, join(estimate), changes, cost, accounts, regions, assemblyDirectory,
        drawn);
  }

  private static PolicyEngine warm(PolicyEngine engine) {
    engine.evaluate(List.of(warmUpStack()));
    return engine;
  }

  /**
   * Reads the price table (the bundled one is read on first use) and loads the cost estimator's
   * classes on the worker, so the estimate after synthesis runs warm.
   */
  private static void warm(CostOptions cost, Path assemblyDirectory, Optional<String> region) {
    CostEstimator.of(cost.prices(), cost.assumptions())
        .estimate(SynthesizedApp.of(assemblyDirectory, List.of(warmUpStack())), environment -> region);
  }

  private static StackTemplate warmUpStack() {
    return StackTemplate.of("warm-up", "warm-up", Tier.DEV, "warm-up.template.json",
        StackTemplate.parse(WARM_UP_TEMPLATE));
  }

  /** The task's result, or its own exception (a validation error stays a validation error). */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
