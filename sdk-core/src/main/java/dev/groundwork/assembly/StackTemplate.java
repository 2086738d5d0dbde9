package dev.groundwork.assembly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.core.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One synthesized stack: where it belongs (stack name, environment, tier, template file) and
 * its template, parsed once and indexed by logical id and by type, with references followed
 * one way ({@link Intrinsics}).
 *
 * <p>Construct paths come from each resource's {@code Metadata["aws:cdk:path"]} when synthesis
 * wrote it, else from the {@code *.metadata.json} CDK writes beside the template. Safe to read
 * from several threads once built.
 */
public final class StackTemplate {

  /** The environment name of a stack directly in the CDK App rather than in a Stage. */
  public static final String APP_LEVEL_ENVIRONMENT = "default";

  private static final ObjectReader READER =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS).reader();
  private static final String TEMPLATE_SUFFIX = ".template.json";

  private final String stackName;
  private final Optional<String> environment;
  private final Optional<Tier> tier;
  private final Optional<Path> templatePath;
  private final String templateFile;
  private final JsonNode json;
  private final ImmutableList<Resource> resources;
  private final ImmutableMap<String, Resource> byId;
  private final ImmutableMap<String, List<Resource>> byType;
  private final ImmutableList<Parameter> parameters;
  private final ImmutableMap<String, List<ParameterDefault>> parameterDefaults;
  private final Map<String, Map<String, List<Resource>>> referrers = new ConcurrentHashMap<>();
  private volatile Map<String, String> pathsFromMetadataFile;
  private volatile Map<String, DockerImageAsset> dockerImageAssets;
  private volatile Optional<DeploymentTarget> target;

  private StackTemplate(String stackName, Optional<String> environment, Optional<Tier> tier,
      Optional<Path> templatePath, String templateFile, JsonNode json) {
    this(stackName, environment, tier, templatePath, templateFile, json, Map.of());
  }

  private StackTemplate(String stackName, Optional<String> environment, Optional<Tier> tier,
      Optional<Path> templatePath, String templateFile, JsonNode json,
      Map<String, List<ParameterDefault>> parameterDefaults) {
    checkArgument(stackName != null && !stackName.isBlank(), "stackName is required");
    checkNotNull(json, "template JSON of stack %s", stackName);
    this.stackName = stackName;
    this.environment = environment;
    this.tier = tier;
    this.templatePath = templatePath;
    this.templateFile = templateFile;
    this.json = json;
    JsonNode section = json.path("Resources");
    ImmutableList.Builder<Resource> all = ImmutableList.builderWithExpectedSize(section.size());
    ImmutableMap.Builder<String, Resource> ids = ImmutableMap.builderWithExpectedSize(section.size());
    Map<String, List<Resource>> types = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = section.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      Resource resource = new Resource(this, entry.getKey(), entry.getValue());
      all.add(resource);
      ids.put(entry.getKey(), resource);
      types.computeIfAbsent(resource.type(), t -> new ArrayList<>()).add(resource);
    }
    this.resources = all.build();
    this.byId = ids.buildKeepingLast();
    this.byType = ImmutableMap.copyOf(types);
    ImmutableList.Builder<Parameter> params = ImmutableList.builder();
    json.path("Parameters").fields().forEachRemaining(e -> params.add(new Parameter(this, e.getKey(), e.getValue())));
    this.parameters = params.build();
    this.parameterDefaults = ImmutableMap.copyOf(parameterDefaults);
  }

  /**
   * The template of a stack {@code PlatformApp.synth()} wrote into {@code assemblyDirectory}.
   */
  public static StackTemplate of(SynthesizedStack stack, Path assemblyDirectory) {
    return read(stack.stackName(), Optional.of(stack.environment()), Optional.of(stack.tier()),
        assemblyDirectory, stack.templatePath());
  }

  /**
   * Reads the template at {@code templatePath} (absolute, or relative to {@code
   * assemblyDirectory}) of a stack placed in {@code environment} of {@code tier}.
   */
  public static StackTemplate read(String stackName, Optional<String> environment, Optional<Tier> tier,
      Path assemblyDirectory, Path templatePath) {
    Path absolute = assemblyDirectory.resolve(templatePath).toAbsolutePath().normalize();
    String relative = assemblyDirectory.toAbsolutePath().normalize().relativize(absolute)
        .toString().replace('\\', '/');
    return new StackTemplate(stackName, environment, tier, Optional.of(absolute), relative,
        TemplateReader.read(absolute, relative));
  }

  /**
   * A template already read from {@code templatePath} (absolute, or relative to {@code
   * baseDirectory}, which reports name it relative to) with {@link TemplateReader}, of a stack
   * placed in {@code environment} of {@code tier}.
   */
  public static StackTemplate of(String stackName, Optional<String> environment, Optional<Tier> tier,
      Path baseDirectory, Path templatePath, JsonNode json) {
    Path absolute = baseDirectory.resolve(templatePath).toAbsolutePath().normalize();
    String relative = baseDirectory.toAbsolutePath().normalize().relativize(absolute)
        .toString().replace('\\', '/');
    return new StackTemplate(stackName, environment, tier, Optional.of(absolute), relative, json);
  }

  /**
   * The same template after its cloud assembly moved to {@code assemblyDirectory}: what
   * {@code PlatformApp} hands out once the staged assembly is in place.
   */
  public StackTemplate movedTo(Path assemblyDirectory) {
    return new StackTemplate(stackName, environment, tier,
        templatePath.map(p -> assemblyDirectory.resolve(templateFile).toAbsolutePath().normalize()),
        templateFile, json, parameterDefaults);
  }

  /**
   * The same template named in reports relative to {@code base} (e.g. the repository root, where
   * code scanning resolves a report's file locations) instead of its cloud assembly; itself when
   * it was not read from a file under {@code base}.
   */
  public StackTemplate relativeTo(Path base) {
    Path root = base.toAbsolutePath().normalize();
    if (templatePath.isEmpty() || !templatePath.get().startsWith(root)) {
      return this;
    }
    String relative = root.relativize(templatePath.get()).toString().replace('\\', '/');
    StackTemplate out = new StackTemplate(stackName, environment, tier, templatePath, relative, json, parameterDefaults);
    out.pathsFromMetadataFile = pathsFromMetadataFile;
    out.dockerImageAssets = dockerImageAssets;
    return out;
  }

  /**
   * A template read from a file, JSON or YAML ({@link TemplateReader}), e.g. a fixture or a
   * template from {@code cdk synth}; construct paths are read from a {@code *.metadata.json}
   * beside it if there is one.
   *
   * @throws UnreadableTemplateException when the file is not a readable template
   */
  public static StackTemplate fromFile(String stackName, Path templateFile) {
    Path absolute = templateFile.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    return new StackTemplate(stackName, Optional.empty(), Optional.empty(), Optional.of(absolute),
        name, TemplateReader.read(absolute, name));
  }

  /** A template given as JSON text, outside any environment. */
  public static StackTemplate fromJson(String stackName, String templateJson) {
    return new StackTemplate(stackName, Optional.empty(), Optional.empty(), Optional.empty(),
        stackName + TEMPLATE_SUFFIX, parse(templateJson));
  }

  /**
   * An already parsed template of a stack in {@code environment} of {@code tier}, named {@code
   * templateFile} in reports (e.g. what CDK's policy-validation hook hands over).
   */
  public static StackTemplate of(String stackName, String environment, Tier tier, String templateFile,
      JsonNode json) {
    checkArgument(environment != null && !environment.isBlank(), "environment is required");
    checkNotNull(tier, "tier");
    return new StackTemplate(stackName, Optional.of(environment), Optional.of(tier), Optional.empty(),
        templateFile, json);
  }

  /** Parses template JSON text (comments allowed). */
  public static JsonNode parse(String json) {
    try {
      return READER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid template JSON: " + e.getMessage(), e);
    }
  }

  private static JsonNode parse(Path file) {
    try (var in = Files.newInputStream(file)) {
      return READER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + file, e);
    }
  }

  /** The CloudFormation stack name, e.g. {@code orders-prod-data}. */
  public String stackName() {
    return stackName;
  }

  /** The environment (CDK Stage) the stack belongs to; empty for a stack directly in the App. */
  public Optional<String> environment() {
    return environment;
  }

  /**
   * The environment's name, or {@value #APP_LEVEL_ENVIRONMENT} for a stack directly in the App
   * (as the CDK CLI's policy hook names it); how reports name the environment.
   */
  public String environmentName() {
    return environment.orElse(APP_LEVEL_ENVIRONMENT);
  }

  /** The tier of the stack's environment, when known. */
  public Optional<Tier> tier() {
    return tier;
  }

  /** The template file, when the template was read from one. */
  public Optional<Path> templatePath() {
    return templatePath;
  }

  /** The template file as reports name it: relative to the cloud assembly directory. */
  public String templateFile() {
    return templateFile;
  }

  /** The whole template. */
  public JsonNode json() {
    return json;
  }

  /** The resources, in template order. */
  public ImmutableList<Resource> resources() {
    return resources;
  }

  /** The resource with this logical id. */
  public Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(byId.get(logicalId));
  }

  /** The resources of one CloudFormation type, e.g. {@code AWS::S3::Bucket}, in template order. */
  public List<Resource> resourcesOfType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  /** The resource a {@code Ref}/{@code Fn::GetAtt} value points at, if it is in this template. */
  public Optional<Resource> resolve(JsonNode value) {
    return Intrinsics.target(value).map(byId::get);
  }

  /**
   * The resources of {@code referrerType} whose property {@code property} references {@code
   * logicalId} anywhere inside it, e.g. the {@code AWS::S3::BucketPolicy} whose {@code Bucket}
   * is {@code {"Ref": "Bucket"}}. Indexed on first use, so linear in the template overall.
   */
  public List<Resource> referrers(String referrerType, String property, String logicalId) {
    Map<String, List<Resource>> index =
        referrers.computeIfAbsent(referrerType + "#" + property, key -> {
          Map<String, List<Resource>> built = new LinkedHashMap<>();
          for (Resource referrer : resourcesOfType(referrerType)) {
            Intrinsics.forEachTarget(referrer.property(property), target -> {
              List<Resource> list = built.computeIfAbsent(target, t -> new ArrayList<>(1));
              if (!list.contains(referrer)) {
                list.add(referrer);
              }
            });
          }
          return built;
        });
    return index.getOrDefault(logicalId, List.of());
  }

  /** The entries of the {@code Parameters} section, in template order. */
  public ImmutableList<Parameter> parameters() {
    return parameters;
  }

  /**
   * This template as deployed without parameter values: every {@code {"Ref": P}} in a resource
   * replaced by the literal {@code Default} of parameter {@code P} (not for SSM parameter types,
   * whose default names the SSM parameter), with {@link #parameterDefaults(String)} saying where.
   * The same instance when no reference has such a default.
   */
  public StackTemplate withParameterDefaults() {
    if (parameters.isEmpty() || !parameterDefaults.isEmpty()) {
      return this;
    }
    Map<String, JsonNode> defaults = ParameterDefaults.of(parameters);
    if (defaults.isEmpty()) {
      return this;
    }
    Map<String, List<ParameterDefault>> used = new LinkedHashMap<>();
    JsonNode resources = ParameterDefaults.replaceIn(json.path("Resources"), defaults, used);
    if (resources == null) {
      return this;
    }
    ObjectNode replaced = JsonNodeFactory.instance.objectNode();
    json.fields().forEachRemaining(section -> replaced.set(section.getKey(),
        section.getKey().equals("Resources") ? resources : section.getValue()));
    StackTemplate out = new StackTemplate(stackName, environment, tier, templatePath, templateFile, replaced, used);
    out.pathsFromMetadataFile = pathsFromMetadataFile;
    out.dockerImageAssets = dockerImageAssets;
    return out;
  }

  /**
   * The parameter defaults {@link #withParameterDefaults()} put into the resource {@code
   * logicalId}, in template order; empty for a template as written.
   */
  public List<ParameterDefault> parameterDefaults(String logicalId) {
    return parameterDefaults.getOrDefault(logicalId, List.of());
  }

  /** The {@code Conditions} section, or a missing node. */
  public JsonNode conditions() {
    return json.path("Conditions");
  }

  /** The {@code Outputs} section, or a missing node. */
  public JsonNode outputs() {
    return json.path("Outputs");
  }

  /**
   * The resource an output exported under {@code exportName} points at ({@code Export.Name}
   * literal, {@code Value} a {@code Ref}/{@code Fn::GetAtt}), if this template exports that name.
   */
  public Optional<Resource> exported(String exportName) {
    for (JsonNode output : outputs()) {
      if (output.path("Export").path("Name").asText("").equals(exportName)) {
        return resolve(output.path("Value"));
      }
    }
    return Optional.empty();
  }

  /** How messages name this stack: {@code stack 'orders-prod-data' (environment prod)}. */
  public String describe() {
    return "stack '" + stackName + "'" + environment.map(e -> " (environment " + e + ")").orElse("");
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * The account and region the stack deploys to, from the cloud assembly manifest beside its
   * template (read on first use); empty for a template not read from a cloud assembly.
   */
  public Optional<DeploymentTarget> target() {
    Optional<DeploymentTarget> read = target;
    if (read == null) {
      read = templatePath.flatMap(DeploymentTarget::read);
      target = read;
    }
    return read;
  }

  /**
   * The stack's Docker image assets by content hash, as the {@code *.assets.json} beside the
   * template lists them (read on first use); empty for a template not read from a cloud assembly.
   */
  public Map<String, DockerImageAsset> dockerImageAssets() {
    Map<String, DockerImageAsset> assets = dockerImageAssets;
    if (assets == null) {
      assets = templatePath.map(StackTemplate::readDockerImageAssets).orElse(Map.of());
      dockerImageAssets = assets;
    }
    return assets;
  }

  private static Map<String, DockerImageAsset> readDockerImageAssets(Path templateFile) {
    Optional<Path> manifest = sibling(templateFile, ".assets.json");
    if (manifest.isEmpty()) {
      return Map.of();
    }
    Map<String, DockerImageAsset> assets = new LinkedHashMap<>();
    parse(manifest.get()).path("dockerImages").fields().forEachRemaining(entry -> {
      JsonNode source = entry.getValue().path("source");
      if (source.path("directory").isTextual()) {
        Path directory = manifest.get().resolveSibling(source.path("directory").asText()).normalize();
        assets.put(entry.getKey(), new DockerImageAsset(entry.getKey(), directory,
            source.path("dockerFile").asText("Dockerfile")));
      }
    });
    return ImmutableMap.copyOf(assets);
  }

  /** The file CDK writes beside a {@code X.template.json} as {@code X<suffix>}, if it exists. */
  private static Optional<Path> sibling(Path templateFile, String suffix) {
    String name = templateFile.getFileName().toString();
    if (!name.endsWith(TEMPLATE_SUFFIX)) {
      return Optional.empty();
    }
    Path file = templateFile.resolveSibling(name.substring(0, name.length() - TEMPLATE_SUFFIX.length()) + suffix);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The construct path {@code *.metadata.json} records for a logical id, read on first use. */
  Optional<String> constructPathOf(String logicalId) {
    Map<String, String> paths = pathsFromMetadataFile;
    if (paths == null) {
      paths = templatePath.map(StackTemplate::readMetadataFile).orElse(Map.of());
      pathsFromMetadataFile = paths;
    }
    return Optional.ofNullable(paths.get(logicalId));
  }

  private static Map<String, String> readMetadataFile(Path templateFile) {
    Optional<Path> metadata = sibling(templateFile, ".metadata.json");
    if (metadata.isEmpty()) {
      return Map.of();
    }
    Map<String, String> paths = new LinkedHashMap<>();
    parse(metadata.get()).fields().forEachRemaining(entry -> {
      for (JsonNode item : entry.getValue()) {
        if ("aws:cdk:logicalId".equals(item.path("type").asText()) && item.path("data").isTextual()) {
          String path = entry.getKey().startsWith("/") ? entry.getKey().substring(1) : entry.getKey();
          paths.put(item.path("data").asText(), path);
        }
      }
    });
    return ImmutableMap.copyOf(paths);
  }
}
