package dev.groundwork.app;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.SynthesizedStack;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.replacement.AssemblyDiff;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link PlatformApp#synth()} produced: the cloud assembly, its stacks, and where the
 * time went.
 *
 * @param assemblyDirectory the cloud assembly with its reports: the output directory (the CDK's
 *     {@code cdk.out}) when it {@link #accepted() passed}, else {@code <outdir>.rejected} beside it,
 *     the output directory keeping the last assembly that passed
 * @param stacks every stack of every environment, in environment then creation order
 * @param phaseTimings wall time per phase, in the order the phases ran
 * @param app the parsed model of the assembly (every template, indexed): what the policy check
 *     read, handed on so nothing parses the templates again
 * @param policy the policy report over every stack; its files are in the assembly directory
 * @param changes what deploying the assembly over the previous one does, per stack, when a
 *     previous assembly was given; its JSON ({@code groundwork-changes.json}) and any stack-refactor
 *     mapping are in the assembly directory
 * @param cost the monthly cost estimate of every environment, made from {@code app}; its JSON is
 *     in the assembly directory
 */
public record SynthResult(
    Path assemblyDirectory, List<SynthesizedStack> stacks, Map<String, Duration> phaseTimings,
    SynthesizedApp app, PolicyReport policy, Optional<AssemblyDiff> changes, CostEstimate cost) {

  public SynthResult {
    stacks = ImmutableList.copyOf(stacks);
    phaseTimings = ImmutableMap.copyOf(phaseTimings);
  }

  /**
   * Whether the assembly passed the policy check (no ERROR finding, the replacement guard's
   * included) and so replaced the output directory's; a rejected one is in {@link
   * #assemblyDirectory()}, beside it.
   */
  public boolean accepted() {
    return !policy.hasErrors();
  }

  /** The stacks of one environment. */
  public List<SynthesizedStack> stacksOf(String environment) {
    return stacks.stream().filter(s -> s.environment().equals(environment)).toList();
  }

  /** The template paths of all stacks. */
  public List<Path> templatePaths() {
    return stacks.stream().map(SynthesizedStack::templatePath).toList();
  }

  /** The sum of all phases. */
  public Duration totalTime() {
    return phaseTimings.values().stream().reduce(Duration.ZERO, Duration::plus);
  }
}
