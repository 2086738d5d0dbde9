package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.report.JsonReport;
import dev.groundwork.policy.report.PolicyReports;
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
 * environment (CDK Stage), with the policy report when one was made.
 *
 * <p>{@code PlatformApp.synth()} returns one ({@code SynthResult.app()}) built from the
 * templates and report it already holds in memory; {@link #read} builds one from any cloud
 * assembly directory ({@code cdk.out}) by following its {@code manifest.json} and nested
 * assemblies. Reading it never calls into jsii.
 */
public final class SynthesizedApp {
  private final Path assemblyDirectory;
  private final ImmutableList<StackTemplate> stacks;
  private final Optional<PolicyReport> report;

  private SynthesizedApp(Path assemblyDirectory, List<StackTemplate> stacks, Optional<PolicyReport> report) {
    this.assemblyDirectory = assemblyDirectory;
    this.stacks = ImmutableList.copyOf(stacks);
    this.report = report;
  }

  /** An app of already parsed stacks and, if the policy check ran, its report. */
  public static SynthesizedApp of(Path assemblyDirectory, List<StackTemplate> stacks, Optional<PolicyReport> report) {
    return new SynthesizedApp(assemblyDirectory, stacks, report);
  }

  /** The same app after its cloud assembly moved to {@code directory}. */
  public SynthesizedApp movedTo(Path directory) {
    return new SynthesizedApp(directory, stacks.stream().map(s -> s.movedTo(directory)).toList(), report);
  }

  /**
   * Reads a cloud assembly written earlier (by Groundwork or by {@code cdk synth}); tiers are
   * unknown, so the policy engine cannot evaluate it (use {@link #read(Path, Function)}). The
   * policy report is read from {@value PolicyReports#JSON_FILE} when the directory has one.
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
    Path reportFile = root.resolve(PolicyReports.JSON_FILE);
    Optional<PolicyReport> report = Files.isRegularFile(reportFile)
        ? Optional.of(JsonReport.read(reportFile)) : Optional.empty();
    return new SynthesizedApp(root, stacks, report);
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

  /** The policy report of this synthesis, when the policy check ran. */
  public Optional<PolicyReport> report() {
    return report;
  }

  @Override
  public String toString() {
    return "SynthesizedApp" + stacks.stream().map(StackTemplate::stackName).toList() + " in " + assemblyDirectory;
  }
}
