package dev.groundwork.benchmarks.policy;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ChangeJson;
import dev.groundwork.replacement.ChangeKind;
import dev.groundwork.replacement.PreviousAssembly;
import dev.groundwork.replacement.ReplacementGuard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measures the replacement guard (comparison, findings and the change-set JSON) on the policy
 * benchmark's generated templates, against the baseline policy evaluation of the same templates
 * in the same run: once with nothing changed, once with every construct renamed (every logical id
 * and construct path new: the worst case for move matching, every stateful resource a move
 * candidate, the unnamed ones in ambiguous groups). Median of several iterations after warm-up,
 * one thread.
 *
 * <p>Argument (optional): {@code --iterations <n>}. The last line is {@code guard-vs-eval: <size>
 * resources, unchanged <x>, all renamed <y>} (the guard's time as a multiple of the evaluation's).
 */
public final class GuardBenchmark {
  private static final int[] SIZES = {1_000, 10_000, 50_000};
  /** Every unit's construct id, in logical ids, references and construct paths: U12 becomes R12. */
  private static final Pattern UNIT = Pattern.compile("\\bU(\\d+)");

  private GuardBenchmark() {}

  public static void main(String[] args) {
    int iterations = args.length == 2 && args[0].equals("--iterations") ? Integer.parseInt(args[1]) : 7;
    PolicyEngine engine = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults());
    System.out.printf(Locale.ROOT, "replacement guard benchmark: 1 thread, median of %d iterations, java %s%n",
        iterations, System.getProperty("java.version"));
    List<StackTemplate> warmUp = parse(TemplateGenerator.generate(10_000));
    for (int i = 0; i < 3; i++) {
      engine.evaluate(warmUp);
      guard(warmUp, parse(renamed(TemplateGenerator.generate(10_000))));
    }
    System.out.printf(Locale.ROOT, "%10s %10s %14s %14s %10s %12s%n",
        "resources", "eval ms", "unchanged ms", "renamed ms", "moved", "ambiguous");
    String last = "";
    for (int size : SIZES) {
      List<String> json = TemplateGenerator.generate(size);
      List<StackTemplate> previous = parse(json);
      List<StackTemplate> same = parse(json);
      List<StackTemplate> renamed = parse(renamed(json));
      double[] eval = new double[iterations];
      double[] unchanged = new double[iterations];
      double[] allRenamed = new double[iterations];
      AssemblyDiff diff = null;
      for (int i = 0; i < iterations; i++) {
        long start = System.nanoTime();
        engine.evaluate(same);
        eval[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        guard(previous, same);
        unchanged[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        diff = guard(previous, renamed);
        allRenamed[i] = (System.nanoTime() - start) / 1e6;
      }
      long ambiguous = diff.changes(ChangeKind.ADDED).stream().filter(c -> c.ambiguous()).count();
      System.out.printf(Locale.ROOT, "%10d %10.1f %14.1f %14.1f %10d %12d%n", size, median(eval), median(unchanged),
          median(allRenamed), diff.changes(ChangeKind.MOVED).size(), ambiguous);
      last = String.format(Locale.ROOT, "guard-vs-eval: %d resources, unchanged %.2fx, all renamed %.2fx", size,
          median(unchanged) / median(eval), median(allRenamed) / median(eval));
    }
    System.out.println(last);
  }

  /** Everything the guard does at synthesis: compare, report, render the change set. */
  private static AssemblyDiff guard(List<StackTemplate> previous, List<StackTemplate> current) {
    ReplacementGuard guard = ReplacementGuard.against(new PreviousAssembly(Path.of("previous"), previous));
    AssemblyDiff diff = guard.diff(current);
    guard.findings(diff);
    ChangeJson.render(diff);
    return diff;
  }

  private static List<String> renamed(List<String> json) {
    return json.stream().map(t -> UNIT.matcher(t).replaceAll("R$1")).toList();
  }

  private static List<StackTemplate> parse(List<String> json) {
    List<StackTemplate> stacks = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      stacks.add(StackTemplate.of("bench-prod-" + i, "prod", Tier.PROD, "bench" + i + ".template.json",
          StackTemplate.parse(json.get(i))));
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
