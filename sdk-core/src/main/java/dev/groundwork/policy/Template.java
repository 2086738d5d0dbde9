package dev.groundwork.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed CloudFormation template, indexed once for rules: resources by id and by type, and
 * (lazily, once per kind of reference) which resources point at which.
 *
 * <p>Not thread-safe: the engine evaluates one template on one thread.
 */
public final class Template {

  private static final ObjectReader READER =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS).reader();

  private final JsonNode root;
  private final List<Resource> resources;
  private final Map<String, Resource> byId;
  private final Map<String, List<Resource>> byType;
  private final Map<String, Map<String, List<Resource>>> referrers = new HashMap<>();

  private Template(JsonNode root) {
    this.root = root;
    JsonNode section = root.path("Resources");
    List<Resource> all = new ArrayList<>(section.size());
    Map<String, Resource> ids = new LinkedHashMap<>();
    Map<String, List<Resource>> types = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = section.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String type = entry.getValue().path("Type").asText("");
      Resource resource = new Resource(entry.getKey(), type, entry.getValue());
      all.add(resource);
      ids.put(entry.getKey(), resource);
      types.computeIfAbsent(type, t -> new ArrayList<>()).add(resource);
    }
    this.resources = ImmutableList.copyOf(all);
    this.byId = ids;
    this.byType = types;
  }

  /** Reads and indexes the template at {@code file}. */
  public static Template parse(Path file) {
    try (var in = Files.newInputStream(file)) {
      return of(READER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + file, e);
    }
  }

  /** Parses and indexes template JSON text. */
  public static Template parse(String json) {
    try {
      return of(READER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse template JSON", e);
    }
  }

  /** Indexes an already parsed template. */
  public static Template of(JsonNode root) {
    return new Template(root);
  }

  /** All resources, in template order. */
  public List<Resource> resources() {
    return resources;
  }

  /** The resources of one type, in template order. */
  public List<Resource> resourcesOfType(String type) {
    return byType.getOrDefault(type, List.of());
  }

  public Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(byId.get(logicalId));
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
          Map<String, List<Resource>> built = new HashMap<>();
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

  /** The {@code Parameters} section, or a missing node. */
  public JsonNode parameters() {
    return root.path("Parameters");
  }

  /** The {@code Conditions} section, or a missing node. */
  public JsonNode conditions() {
    return root.path("Conditions");
  }

  /** The whole template JSON. */
  public JsonNode root() {
    return root;
  }
}
