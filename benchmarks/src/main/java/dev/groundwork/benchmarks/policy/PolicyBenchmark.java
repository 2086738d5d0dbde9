package dev.groundwork.benchmarks.policy;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.TemplateReader;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.policy.rules.controltower.ControlTowerRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the policy engine (baseline pack) on generated templates of 1,000, 10,000 and
 * 50,000 resources: parse time of the JSON and of the same templates as YAML with short-form tags
 * (what {@code groundwork check} reads), evaluation time (wall and CPU time of the thread) and
 * resources per second from the wall time (median of several iterations after warm-up, one
 * thread), and the same figure with the control-tower pack on as well, in the same run. Then, when a synthesized sample assembly is given,
 * evaluates its templates and prints the evaluation's share of the sample's synth time.
 *
 * <p>Arguments (all optional): {@code --assembly <cdk.out>}, {@code --synth-ms <ms>},
 * {@code --iterations <n>}. The last line is always
 * {@code policy-eval: <R> resources, <ms> ms, <n> resources/s} for the largest size.
 */
public final class PolicyBenchmark {

  private static final int[] SIZES = {1_000, 10_000, 50_000};
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PolicyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path assembly = null;
    Double synthMs = null;
    int iterations = 7;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--assembly" -> assembly = Path.of(args[i + 1]);
        case "--synth-ms" -> synthMs = args[i + 1].isBlank() ? null : Double.parseDouble(args[i + 1]);
        case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    PolicyEngine engine = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults());
    PolicyEngine withControlTower = PolicyEngine.create(BaselineRules.library(),
        PolicyOptions.builder().addPack(ControlTowerRules.pack()).build());
    System.out.printf(Locale.ROOT, "policy engine benchmark: baseline pack (%d rules), 1 thread, median of %d iterations, java %s%n",
        engine.activeRules().size(), iterations, System.getProperty("java.version"));

    List<String> warmUp = TemplateGenerator.generate(10_000);
    List<String> warmUpYaml = warmUp.stream().map(YamlText::of).toList();
    for (int i = 0; i < 5; i++) {
      engine.evaluate(parse(warmUp));
      withControlTower.evaluate(parse(warmUp));
      parseYaml(warmUpYaml);
    }

    String last = "";
    String cpuLine = "";
    String yamlLine = "";
    long[][] baselineRate = new long[SIZES.length][];
    long[][] controlTowerRate = new long[SIZES.length][];
    System.out.printf(Locale.ROOT, "%10s %8s %10s %10s %10s %10s %14s %10s %9s%n",
        "resources", "stacks", "parse ms", "yaml ms", "eval ms", "eval cpu", "eval res/s", "µs/res", "findings");
    for (int s = 0; s < SIZES.length; s++) {
      int size = SIZES[s];
      List<String> json = TemplateGenerator.generate(size);
      List<String> yaml = json.stream().map(YamlText::of).toList();
      double[] yamlMs = new double[iterations];
      double[] yamlCpuMs = new double[iterations];
      double[] parseMs = new double[iterations];
      double[] parseCpuMs = new double[iterations];
      double[] evalMs = new double[iterations];
      double[] evalCpuMs = new double[iterations];
      double[] packMs = new double[iterations];
      double[] packCpuMs = new double[iterations];
      PolicyReport report = null;
      for (int i = 0; i < iterations; i++) {
        long parseCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        List<StackTemplate> stacks = parse(json);
        parseMs[i] = (System.nanoTime() - start) / 1e6;
        parseCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - parseCpu) / 1e6;
        System.gc(); // keep the parser's garbage out of the evaluation's timing
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        report = engine.evaluate(stacks);
        evalMs[i] = (System.nanoTime() - wall) / 1e6;
        evalCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        System.gc();
        cpu = THREADS.getCurrentThreadCpuTime();
        wall = System.nanoTime();
        withControlTower.evaluate(stacks);
        packMs[i] = (System.nanoTime() - wall) / 1e6;
        packCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        System.gc();
        long yamlCpu = THREADS.getCurrentThreadCpuTime();
        long yamlStart = System.nanoTime();
        parseYaml(yaml);
        yamlMs[i] = (System.nanoTime() - yamlStart) / 1e6;
        yamlCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - yamlCpu) / 1e6;
      }
      double eval = median(evalMs);
      long perSecond = Math.round(size / (eval / 1000));
      baselineRate[s] = new long[] {perSecond, Math.round(size / (median(evalCpuMs) / 1000))};
      controlTowerRate[s] = new long[] {Math.round(size / (median(packMs) / 1000)),
          Math.round(size / (median(packCpuMs) / 1000))};
      System.out.printf(Locale.ROOT, "%10d %8d %10.1f %10.1f %10.1f %10.1f %14d %10.2f %9d%n", size, json.size(),
          median(parseMs), median(yamlMs), eval, median(evalCpuMs), perSecond, eval * 1000 / size,
          report.findings().size());
      yamlLine = String.format(Locale.ROOT, "YAML parse (short-form tags) at %d resources: %.1f ms wall, %.1f ms CPU "
          + "= %.1fx the JSON parse of the same templates (%.1f ms wall, %.1f ms CPU) by CPU time, %d resources per "
          + "CPU-second", size, median(yamlMs), median(yamlCpuMs), median(yamlCpuMs) / median(parseCpuMs),
          median(parseMs), median(parseCpuMs), Math.round(size / (median(yamlCpuMs) / 1000)));
      cpuLine = String.format(Locale.ROOT,
          "eval CPU time of the thread at %d resources: %.1f ms = %d resources per CPU-second "
              + "(wall time includes waiting for a core on a busy machine)",
          size, median(evalCpuMs), Math.round(size / (median(evalCpuMs) / 1000)));
      last = String.format(Locale.ROOT, "policy-eval: %d resources, %.1f ms, %d resources/s", size, eval, perSecond);
    }
    System.out.printf(Locale.ROOT, "with the control-tower pack on as well (%d rules), same templates, same run:%n",
        withControlTower.activeRules().size());
    System.out.printf(Locale.ROOT, "%10s %16s %16s %18s %18s %10s%n", "resources", "with it res/s",
        "baseline res/s", "with it res/cpu-s", "baseline res/cpu-s", "cpu ratio");
    for (int s = 0; s < SIZES.length; s++) {
      System.out.printf(Locale.ROOT, "%10d %16d %16d %18d %18d %9.2fx%n", SIZES[s], controlTowerRate[s][0],
          baselineRate[s][0], controlTowerRate[s][1], baselineRate[s][1],
          (double) baselineRate[s][1] / controlTowerRate[s][1]);
    }
    System.out.println(cpuLine);
    System.out.println(yamlLine);
    shareOfSynth(engine, assembly, synthMs, iterations);
    System.out.println(last);
  }

  private static void shareOfSynth(PolicyEngine engine, Path assembly, Double synthMs, int iterations) {
    if (assembly == null || !Files.isRegularFile(assembly.resolve("manifest.json"))) {
      System.out.println("share of synth time: not measured: no synthesized sample assembly "
          + (assembly == null ? "given (pass --assembly samples/cdk.out)" : "at " + assembly)
          + "; run benchmarks/policy-bench.sh, which synthesizes the reference app first");
      return;
    }
    Supplier<List<StackTemplate>> read = () -> SynthesizedApp.read(assembly, env -> Tier.PROD).stacks();
    double[] totalMs = new double[iterations];
    int resources = 0;
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      PolicyReport report = engine.evaluate(read.get());
      totalMs[i] = (System.nanoTime() - start) / 1e6;
      resources = report.resources();
    }
    double policy = median(totalMs);
    System.out.printf(Locale.ROOT, "sample assembly %s: %d resources, policy (read + parse + evaluate) %.1f ms%n",
        assembly, resources, policy);
    if (synthMs == null) {
      System.out.println("share of synth time: not measured: no reference synth time given (--synth-ms)");
    } else {
      System.out.printf(Locale.ROOT, "share of synth time: %.1f ms of %.0f ms synth = %.2f%%%n",
          policy, synthMs, 100 * policy / synthMs);
    }
  }

  private static List<StackTemplate> parse(List<String> json) {
    List<StackTemplate> stacks = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      stacks.add(StackTemplate.of("bench-prod-" + i, "prod", Tier.PROD, "bench" + i + ".template.json",
          StackTemplate.parse(json.get(i))));
    }
    return stacks;
  }

  private static List<StackTemplate> parseYaml(List<String> yaml) {
    List<StackTemplate> stacks = new ArrayList<>(yaml.size());
    for (int i = 0; i < yaml.size(); i++) {
      stacks.add(StackTemplate.of("bench-prod-" + i, "prod", Tier.PROD, "bench" + i + ".template.yaml",
          TemplateReader.parse("bench" + i + ".template.yaml", yaml.get(i))));
    }
    return stacks;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
