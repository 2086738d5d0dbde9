package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.core.SynthResult;
import dev.groundwork.testing.internal.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A synthesized app as tests see it: every stack template parsed once, grouped by environment,
 * and the policy report when the engine wrote one.
 *
 * <p>Everything here is plain Java over the files in the cloud assembly; asserting on it never
 * calls into jsii.
 */
public final class SynthesizedApp {
  private final Path assemblyDirectory;
  private final ImmutableList<StackTemplate> stacks;

  private SynthesizedApp(Path assemblyDirectory, List<StackTemplate> stacks) {
    this.assemblyDirectory = assemblyDirectory;
    this.stacks = ImmutableList.copyOf(stacks);
  }

  /** The app {@code PlatformApp.synth()} produced. */
  public static SynthesizedApp of(SynthResult result) {
    return new SynthesizedApp(result.assemblyDirectory(),
        result.stacks().stream().map(StackTemplate::of).toList());
  }

  /**
   * An app read back from a cloud assembly directory (one written by Groundwork or by
   * {@code cdk synth}): stacks of nested assemblies (CDK stages) get the stage's name as their
   * environment.
   */
  public static SynthesizedApp fromAssembly(Path assemblyDirectory) {
    List<StackTemplate> stacks = new ArrayList<>();
    readAssembly(assemblyDirectory, Optional.empty(), stacks);
    return new SynthesizedApp(assemblyDirectory, stacks);
  }

  private static void readAssembly(Path dir, Optional<String> environment, List<StackTemplate> into) {
    JsonNode manifest = Json.read(dir.resolve("manifest.json"));
    for (Map.Entry<String, JsonNode> artifact : manifest.path("artifacts").properties()) {
      JsonNode a = artifact.getValue();
      JsonNode props = a.path("properties");
      switch (a.path("type").asText()) {
        case "aws:cloudformation:stack" -> {
          String name = props.path("stackName").asText(artifact.getKey());
          Path template = dir.resolve(props.path("templateFile").asText());
          into.add(environment.isPresent()
              ? StackTemplate.fromFile(name, environment.get(), Optional.empty(), template)
              : StackTemplate.fromFile(name, template));
        }
        case "cdk:cloud-assembly" -> readAssembly(dir.resolve(props.path("directoryName").asText()),
            Optional.of(props.path("displayName").asText(artifact.getKey())), into);
        default -> { }
      }
    }
  }

  /** The cloud assembly directory. */
  public Path assemblyDirectory() {
    return assemblyDirectory;
  }

  /** Every stack of every environment. */
  public ImmutableList<StackTemplate> stacks() {
    return stacks;
  }

  /** All stacks as one group. */
  public Templates templates() {
    return Templates.of("all " + stacks.size() + " stacks of the app", stacks);
  }

  /** The environment names, in synthesis order. */
  public List<String> environments() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    stacks.forEach(s -> s.environment().ifPresent(names::add));
    return List.copyOf(names);
  }

  /**
   * The stacks of one environment.
   *
   * @throws IllegalArgumentException if the app has no such environment
   */
  public Templates environment(String name) {
    List<StackTemplate> of = stacks.stream().filter(s -> s.environment().equals(Optional.of(name))).toList();
    if (of.isEmpty()) {
      throw new IllegalArgumentException("the app has no environment '" + name + "'; it has " + environments());
    }
    return Templates.of("environment '" + name + "' (" + of.size() + " stacks)", of);
  }

  /**
   * The stack with this CloudFormation name.
   *
   * @throws IllegalArgumentException if there is none
   */
  public StackTemplate stack(String stackName) {
    return stacks.stream().filter(s -> s.stackName().equals(stackName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the app has no stack '" + stackName + "'; it has "
            + stacks.stream().map(StackTemplate::stackName).toList()));
  }

  /** The policy report synthesis wrote next to the assembly ({@value PolicyReport#FILE_NAME}), if any. */
  public Optional<PolicyReport> report() {
    return PolicyReport.readIfPresent(assemblyDirectory);
  }

  /** Keeps the synthesized stacks' facts visible in test output. */
  @Override
  public String toString() {
    return "SynthesizedApp" + stacks.stream().map(StackTemplate::stackName).toList() + " in " + assemblyDirectory;
  }
}
