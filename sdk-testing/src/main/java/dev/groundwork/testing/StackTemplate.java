package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.core.SynthesizedStack;
import dev.groundwork.core.Tier;
import dev.groundwork.testing.internal.Json;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One synthesized CloudFormation template, parsed once, with the facts needed to say where a
 * resource comes from: stack name, environment, tier and each resource's construct path.
 *
 * <p>Construct paths come from the resource's {@code Metadata."aws:cdk:path"} when synthesis
 * wrote it, else from the stack's {@code *.metadata.json} beside the template (the
 * {@code aws:cdk:logicalId} entries CDK always writes).
 */
public final class StackTemplate {
  private final String stackName;
  private final Optional<String> environment;
  private final Optional<Tier> tier;
  private final Optional<Path> templatePath;
  private final JsonNode json;
  private final ImmutableMap<String, String> pathsByLogicalId;
  private final ImmutableList<TemplateResource> resources;
  // Derived views, computed on first use: a test class asks for them many times.
  private volatile ImmutableList<IamStatement> iamStatements;
  private volatile ImmutableList<IngressRule> ingressRules;

  private StackTemplate(String stackName, Optional<String> environment, Optional<Tier> tier,
      Optional<Path> templatePath, JsonNode json, Map<String, String> pathsByLogicalId) {
    this.stackName = stackName;
    this.environment = environment;
    this.tier = tier;
    this.templatePath = templatePath;
    this.json = json;
    this.pathsByLogicalId = ImmutableMap.copyOf(pathsByLogicalId);
    ImmutableList.Builder<TemplateResource> list = ImmutableList.builder();
    json.path("Resources").properties().forEach(e -> list.add(new TemplateResource(this, e.getKey(), e.getValue())));
    this.resources = list.build();
  }

  /** The template of a stack that {@code PlatformApp.synth()} wrote. */
  public static StackTemplate of(SynthesizedStack stack) {
    return new StackTemplate(stack.stackName(), Optional.of(stack.environment()), Optional.of(stack.tier()),
        Optional.of(stack.templatePath()), Json.read(stack.templatePath()),
        ConstructPaths.besideTemplate(stack.templatePath()));
  }

  /**
   * A template read from a file, e.g. a fixture or a template from {@code cdk synth}; construct
   * paths are read from a {@code *.metadata.json} beside it if there is one.
   */
  public static StackTemplate fromFile(String stackName, Path templateFile) {
    return new StackTemplate(stackName, Optional.empty(), Optional.empty(), Optional.of(templateFile),
        Json.read(templateFile), ConstructPaths.besideTemplate(templateFile));
  }

  /** A template read from a file, within an environment of a known tier. */
  static StackTemplate fromFile(String stackName, String environment, Optional<Tier> tier, Path templateFile) {
    return new StackTemplate(stackName, Optional.of(environment), tier, Optional.of(templateFile),
        Json.read(templateFile), ConstructPaths.besideTemplate(templateFile));
  }

  /** A template given as JSON text. */
  public static StackTemplate fromJson(String stackName, String templateJson) {
    return new StackTemplate(stackName, Optional.empty(), Optional.empty(), Optional.empty(),
        Json.parse(templateJson), Map.of());
  }

  /** The CloudFormation stack name, e.g. {@code orders-prod-data}. */
  public String stackName() {
    return stackName;
  }

  /** The environment (CDK stage) the stack belongs to, when known. */
  public Optional<String> environment() {
    return environment;
  }

  /** The tier of the stack's environment, when known. */
  public Optional<Tier> tier() {
    return tier;
  }

  /** The template file, when the template was read from one. */
  public Optional<Path> templatePath() {
    return templatePath;
  }

  /** The whole template. */
  public JsonNode json() {
    return json;
  }

  /** The resources, in template order. */
  public ImmutableList<TemplateResource> resources() {
    return resources;
  }

  /** The resource with this logical id. */
  public Optional<TemplateResource> resource(String logicalId) {
    return resources.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst();
  }

  /** The resources of one CloudFormation type, e.g. {@code AWS::S3::Bucket}. */
  public ImmutableList<TemplateResource> resourcesOfType(String type) {
    return resources.stream().filter(r -> r.type().equals(type)).collect(ImmutableList.toImmutableList());
  }

  /** Every IAM policy statement of this template, collected once. */
  ImmutableList<IamStatement> iamStatements() {
    ImmutableList<IamStatement> result = iamStatements;
    if (result == null) {
      result = ImmutableList.copyOf(IamStatement.allIn(this));
      iamStatements = result;
    }
    return result;
  }

  /** Every security group ingress rule of this template, collected once. */
  ImmutableList<IngressRule> ingressRules() {
    ImmutableList<IngressRule> result = ingressRules;
    if (result == null) {
      result = ImmutableList.copyOf(IngressRule.allIn(this));
      ingressRules = result;
    }
    return result;
  }

  /** The construct path CDK recorded for a logical id, when known. */
  Optional<String> constructPathOf(String logicalId) {
    return Optional.ofNullable(pathsByLogicalId.get(logicalId));
  }

  /** How messages name this stack: {@code stack 'orders-prod-data' (environment prod)}. */
  public String describe() {
    return "stack '" + stackName + "'" + environment.map(e -> " (environment " + e + ")").orElse("");
  }

  @Override
  public String toString() {
    return describe();
  }
}
