package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A synthesized app: every stack template of a cloud assembly parsed once, grouped by
 * environment (CDK Stage). The model of what CloudFormation receives, and nothing about what
 * was concluded from it: the policy report, cost and diagrams are read from it, above it.
 *
 * <p>{@code PlatformApp.synth()} returns one ({@code SynthResult.app()}) built from the
 * templates it already holds in memory; {@link #read} builds one from any cloud
 * assembly directory ({@code cdk.out}) by following its {@code manifest.json} and nested
 * assemblies. Reading it never calls into jsii.
 */
public final class SynthesizedApp {
  /** The type of a nested stack's resource in its parent. */
  private static final String NESTED_STACK = "AWS::CloudFormation::Stack";
  /** The metadata key CDK writes an asset's file under, relative to the template's directory. */
  private static final String ASSET_PATH = "aws:asset:path";

  private final Path assemblyDirectory;
  private final ImmutableList<StackTemplate> stacks;

  private SynthesizedApp(Path assemblyDirectory, List<StackTemplate> stacks) {
    this.assemblyDirectory = assemblyDirectory;
    this.stacks = ImmutableList.copyOf(stacks);
  }

  /** An app of already parsed stacks. */
  public static SynthesizedApp of(Path assemblyDirectory, List<StackTemplate> stacks) {
    return new SynthesizedApp(assemblyDirectory, stacks);
  }

  /** The same app after its cloud assembly moved to {@code directory}. */
  public SynthesizedApp movedTo(Path directory) {
    return new SynthesizedApp(directory, stacks.stream().map(s -> s.movedTo(directory)).toList());
  }

  /**
   * Reads a cloud assembly written earlier (by Groundwork or by {@code cdk synth}); tiers are
   * unknown, so the policy engine cannot evaluate it (use {@link #read(Path, Function)}).
   */
  public static SynthesizedApp read(Path assemblyDirectory) {
    return read(assemblyDirectory, environment -> null);
  }

  /**
   * Reads a cloud assembly, giving each environment the tier {@code tiers} maps its name to
   * ({@value StackTemplate#APP_LEVEL_ENVIRONMENT} for stacks directly in the App; {@code null}
   * for unknown).
   */
  public static SynthesizedApp read(Path assemblyDirectory, Function<String, Tier> tiers) {
    Path root = assemblyDirectory.toAbsolutePath().normalize();
    List<StackTemplate> stacks = new ArrayList<>();
    collect(root, root, Optional.empty(), tiers, stacks);
    return new SynthesizedApp(root, stacks);
  }

  private static void collect(Path root, Path dir, Optional<String> environment,
      Function<String, Tier> tiers, List<StackTemplate> out) {
    JsonNode manifest;
    Path manifestFile = dir.resolve("manifest.json");
    try {
      manifest = StackTemplate.parse(Files.readString(manifestFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifestFile
          + "; is this a synthesized cloud assembly (cdk.out)?", e);
    }
    Iterator<Map.Entry<String, JsonNode>> artifacts = manifest.path("artifacts").fields();
    while (artifacts.hasNext()) {
      Map.Entry<String, JsonNode> artifact = artifacts.next();
      JsonNode body = artifact.getValue();
      JsonNode properties = body.path("properties");
      switch (body.path("type").asText()) {
        case "aws:cloudformation:stack" -> {
          String stackName = properties.path("stackName").asText(artifact.getKey());
          Path template = dir.resolve(properties.path("templateFile").asText());
          Tier tier = tiers.apply(environment.orElse(StackTemplate.APP_LEVEL_ENVIRONMENT));
          out.add(StackTemplate.read(stackName, environment, Optional.ofNullable(tier), root, template));
        }
        case "cdk:cloud-assembly" -> {
          Path nested = dir.resolve(properties.path("directoryName").asText());
          if (Files.isDirectory(nested)) {
            // CDK writes a Stage's name as properties.displayName; older manifests beside the artifact.
            String stage = properties.path("displayName").asText(body.path("displayName").asText(artifact.getKey()));
            collect(root, nested, Optional.of(stage), tiers, out);
          }
        }
        default -> { }
      }
    }
  }

  /**
   * This app with the nested stacks of its stacks as stacks of their own, after their parents:
   * each {@code AWS::CloudFormation::Stack} whose {@code aws:asset:path} metadata names a
   * template in the assembly (as CDK writes a {@code NestedStack}), named {@code
   * <parent stack>-<logical id>} as CloudFormation names the deployed stack (without its random
   * suffix), in the parent's environment and tier; nested stacks of nested stacks too.
   */
  public SynthesizedApp withNestedStacks() {
    List<StackTemplate> all = new ArrayList<>();
    for (StackTemplate stack : stacks) {
      addWithNested(stack, all);
    }
    return all.size() == stacks.size() ? this : new SynthesizedApp(assemblyDirectory, all);
  }

  private void addWithNested(StackTemplate stack, List<StackTemplate> out) {
    out.add(stack);
    if (stack.templatePath().isEmpty()) {
      return;
    }
    for (Resource resource : stack.resourcesOfType(NESTED_STACK)) {
      Optional<String> asset = Intrinsics.text(resource.metadata().get(ASSET_PATH));
      if (asset.isEmpty()) {
        continue;
      }
      Path template = stack.templatePath().get().resolveSibling(asset.get()).normalize();
      if (Files.isRegularFile(template) && template.startsWith(assemblyDirectory)) {
        addWithNested(StackTemplate.read(stack.stackName() + "-" + resource.logicalId(),
            stack.environment(), stack.tier(), assemblyDirectory, template), out);
      }
    }
  }

  /** The cloud assembly directory. */
  public Path assemblyDirectory() {
    return assemblyDirectory;
  }

  /** Every stack of every environment, in synthesis (or manifest) order. */
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

  @Override
  public String toString() {
    return "SynthesizedApp" + stacks.stream().map(StackTemplate::stackName).toList() + " in " + assemblyDirectory;
  }
}
