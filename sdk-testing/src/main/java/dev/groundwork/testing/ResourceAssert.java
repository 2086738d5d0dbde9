package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.Templates;
import dev.groundwork.testing.internal.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.Condition;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on one {@link Resource}: type, properties by path, tags, deletion and
 * replacement policies, references. Every failure names the resource's type, logical id,
 * construct path and stack.
 *
 * <p>References are followed across stacks: reached from an app ({@code assertThat(app)}), a
 * resource that imports a value ({@code Fn::ImportValue}) another stack exports refers to the
 * exported resource, as CDK writes a reference between two stacks of an environment. Reached
 * from one stack or resource alone, only that stack is known.
 */
public final class ResourceAssert extends AbstractAssert<ResourceAssert, Resource> {
  /** Deletion policies that keep the data when the stack or resource goes away. */
  static final Set<String> RETAINING_DELETION_POLICIES = ImmutableSet.of("Retain", "RetainExceptOnCreate", "Snapshot");
  /** Replacement policies that keep the data when CloudFormation replaces the resource. */
  static final Set<String> RETAINING_REPLACE_POLICIES = ImmutableSet.of("Retain", "Snapshot");

  /** Where references are looked up: the group the resource was found in. */
  private final Templates scope;

  ResourceAssert(Resource actual) {
    this(actual, actual == null ? null : Templates.of(actual.stack()));
  }

  ResourceAssert(Resource actual, Templates scope) {
    super(actual, ResourceAssert.class);
    this.scope = scope;
  }

  public ResourceAssert hasType(String type) {
    isNotNull();
    if (!actual.type().equals(type)) {
      fail("Expected type " + type + " but found " + actual.type() + " on " + actual.describe());
    }
    return this;
  }

  /** The property at {@code path} (below {@code Properties}) exists. */
  public ResourceAssert hasProperty(String path) {
    propertyOrFail(path);
    return this;
  }

  /** The property at {@code path} equals {@code expected} as JSON (numbers by value, maps and lists deeply). */
  public ResourceAssert hasProperty(String path, Object expected) {
    JsonNode value = propertyOrFail(path);
    if (!Json.jsonEquals(expected, value)) {
      fail("Expected property " + path + " = " + Json.compact(expected) + " on " + actual.describe()
          + "\nbut found " + Json.compact(value));
    }
    return this;
  }

  /** The property at {@code path}, as a plain Java value, meets {@code condition}. */
  public ResourceAssert hasPropertySatisfying(String path, Condition<? super Object> condition) {
    JsonNode value = propertyOrFail(path);
    if (!condition.matches(Json.toJava(value))) {
      fail("Expected property " + path + " of " + actual.describe() + " to be " + condition
          + "\nbut found " + Json.compact(value));
    }
    return this;
  }

  /** The property at {@code path}, as a plain Java value, passes the given AssertJ assertions. */
  public ResourceAssert hasPropertySatisfying(String path, Consumer<Object> requirements) {
    JsonNode value = propertyOrFail(path);
    try {
      requirements.accept(Json.toJava(value));
    } catch (AssertionError e) {
      fail("Property " + path + " of " + actual.describe() + " = " + Json.compact(value)
          + " does not meet the requirements:\n" + e.getMessage());
    }
    return this;
  }

  /** No property at {@code path}. */
  public ResourceAssert doesNotHaveProperty(String path) {
    JsonNode value = actual.property(path);
    if (!value.isMissingNode()) {
      fail("Expected no property " + path + " on " + actual.describe() + "\nbut found " + Json.compact(value));
    }
    return this;
  }

  /** AssertJ's assertions on the property at {@code path}, as a plain Java value. */
  public ObjectAssert<Object> property(String path) {
    JsonNode value = propertyOrFail(path);
    return Assertions.assertThat(Json.toJava(value)).as("property %s of %s", path, actual.describe());
  }

  public ResourceAssert hasTag(String key) {
    isNotNull();
    if (!actual.tags().containsKey(key)) {
      fail("Expected tag '" + key + "' on " + actual.describe() + "\nbut its tags are " + actual.tags());
    }
    return this;
  }

  public ResourceAssert hasTag(String key, String value) {
    hasTag(key);
    if (!value.equals(actual.tags().get(key))) {
      fail("Expected tag '" + key + "' = '" + value + "' on " + actual.describe()
          + "\nbut found '" + actual.tags().get(key) + "'");
    }
    return this;
  }

  public ResourceAssert hasTags(String... keys) {
    isNotNull();
    Set<String> missing = missingTags(actual, keys);
    if (!missing.isEmpty()) {
      fail("Expected tags " + missing + " on " + actual.describe() + "\nbut its tags are " + actual.tags());
    }
    return this;
  }

  public ResourceAssert doesNotHaveTag(String key) {
    isNotNull();
    if (actual.tags().containsKey(key)) {
      fail("Expected no tag '" + key + "' on " + actual.describe() + "\nbut found '" + actual.tags().get(key) + "'");
    }
    return this;
  }

  public ResourceAssert hasDeletionPolicy(String policy) {
    isNotNull();
    if (!actual.deletionPolicy().equals(Optional.of(policy))) {
      fail("Expected DeletionPolicy " + policy + " on " + actual.describe() + "\nbut found "
          + actual.deletionPolicy().orElse("none (CloudFormation deletes it)"));
    }
    return this;
  }

  public ResourceAssert hasUpdateReplacePolicy(String policy) {
    isNotNull();
    if (!actual.updateReplacePolicy().equals(Optional.of(policy))) {
      fail("Expected UpdateReplacePolicy " + policy + " on " + actual.describe() + "\nbut found "
          + actual.updateReplacePolicy().orElse("none (CloudFormation deletes the old one)"));
    }
    return this;
  }

  /**
   * The resource survives both stack deletion and replacement: {@code DeletionPolicy} is
   * Retain, RetainExceptOnCreate or Snapshot, and {@code UpdateReplacePolicy} Retain or Snapshot.
   */
  public ResourceAssert isRetained() {
    isNotNull();
    String problem = retentionProblem(actual);
    if (problem != null) {
      fail("Expected " + actual.describe() + " to be retained, but " + problem);
    }
    return this;
  }

  /**
   * The resource refers to {@code idOrPath} (a logical id or a construct path): in its own stack
   * through {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}, or in another stack through the
   * value that stack exports and this one imports.
   */
  public ResourceAssert references(String idOrPath) {
    List<Resource> referenced = scope.referencedBy(actual);
    if (!refersTo(referenced, actual.json(), idOrPath)) {
      fail("Expected " + actual.describe() + " to reference '" + idOrPath + "'" + logicalIdOf(idOrPath)
          + " through Ref, Fn::GetAtt, Fn::Sub or Fn::ImportValue\nbut it references " + names(referenced)
          + unresolvedImports(actual.json()));
    }
    return this;
  }

  /** The property at {@code path} refers to {@code idOrPath}, in this stack or, through an import, another. */
  public ResourceAssert referencesAt(String path, String idOrPath) {
    JsonNode value = propertyOrFail(path);
    if (!refersTo(scope.referencedBy(actual.stack(), value), value, idOrPath)) {
      fail("Expected property " + path + " of " + actual.describe() + " to reference '" + idOrPath
          + "'" + logicalIdOf(idOrPath) + "\nbut found " + Json.compact(value) + ", which references " + names(scope.referencedBy(actual.stack(), value))
          + unresolvedImports(value));
    }
    return this;
  }

  /** The resource refers to {@code idOrPath} neither in its stack nor through an import. */
  public ResourceAssert doesNotReference(String idOrPath) {
    isNotNull();
    if (refersTo(scope.referencedBy(actual), actual.json(), idOrPath)) {
      fail("Expected " + actual.describe() + " not to reference '" + idOrPath + "'" + logicalIdOf(idOrPath)
          + " but it does");
    }
    return this;
  }

  /** {@code DependsOn} names {@code idOrPath}. */
  public ResourceAssert dependsOn(String idOrPath) {
    String target = resolve(idOrPath);
    if (!actual.dependsOn().contains(target)) {
      fail("Expected " + actual.describe() + " to depend on '" + idOrPath + "' (logical id " + target
          + ")\nbut DependsOn is " + actual.dependsOn());
    }
    return this;
  }

  /** The construct path CDK recorded is {@code path}. */
  public ResourceAssert hasConstructPath(String path) {
    isNotNull();
    if (!actual.constructPath().equals(Optional.of(path))) {
      fail("Expected construct path '" + path + "' for " + actual.describe() + "\nbut found "
          + actual.constructPath().orElse("none"));
    }
    return this;
  }

  private JsonNode propertyOrFail(String path) {
    isNotNull();
    JsonNode value = actual.property(path);
    if (value.isMissingNode()) {
      fail("Expected property " + path + " on " + actual.describe() + "\nbut it has none; its properties are "
          + Json.compact(actual.properties()));
    }
    return value;
  }

  /**
   * Whether {@code referenced} (what {@code value} refers to) holds the resource {@code idOrPath}
   * names: one of the actual resource's stack first (so a logical id means that stack's), else
   * one of another stack; or, naming no resource of the stack, a parameter {@code value} refers to.
   */
  private boolean refersTo(List<Resource> referenced, JsonNode value, String idOrPath) {
    isNotNull();
    List<Resource> named = referenced.stream().filter(r -> r.isNamed(idOrPath)).toList();
    if (named.stream().anyMatch(r -> r.stack() == actual.stack())) {
      return true;
    }
    boolean inThisStack = actual.stack().resources().stream().anyMatch(r -> r.isNamed(idOrPath));
    return !inThisStack && (!named.isEmpty() || Intrinsics.references(value).contains(idOrPath));
  }

  /** {@code " (logical id X)"} for the resource {@code idOrPath} names: this stack's, else the scope's. */
  private String logicalIdOf(String idOrPath) {
    return actual.stack().resources().stream().filter(r -> r.isNamed(idOrPath)).findFirst()
        .map(r -> " (logical id " + r.logicalId() + ")")
        .or(() -> scope.resources().stream().filter(r -> r.isNamed(idOrPath)).findFirst()
            .map(r -> " (logical id " + r.logicalId() + " in stack '" + r.stack().stackName() + "')"))
        .orElse("");
  }

  /** What a failure adds when {@code value} imports exports the scope does not have. */
  private String unresolvedImports(JsonNode value) {
    List<String> unknown = Intrinsics.importNames(value).stream().filter(n -> !scope.exports().containsKey(n)).toList();
    return unknown.isEmpty() ? "" : "\nand imports " + unknown + ", which no stack of " + scope.description()
        + " exports (start from assertThat(app) to follow references across stacks)";
  }

  /** How a failure lists references: logical ids of this stack, stack/logical id of others. */
  private String names(List<Resource> referenced) {
    return referenced.stream().map(r -> r.stack() == actual.stack() ? r.logicalId()
        : r.stack().stackName() + "/" + r.logicalId()).toList().toString();
  }

  /** The logical id {@code idOrPath} names in the actual resource's stack. */
  private String resolve(String idOrPath) {
    isNotNull();
    return actual.stack().resources().stream().filter(r -> r.isNamed(idOrPath)).findFirst()
        .map(Resource::logicalId).orElse(idOrPath);
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  static Set<String> missingTags(Resource r, String... keys) {
    Set<String> missing = new java.util.LinkedHashSet<>();
    for (String key : keys) {
      if (!r.tags().containsKey(key)) {
        missing.add(key);
      }
    }
    return missing;
  }

  /** Why the resource is not retained, or null when it is. */
  static String retentionProblem(Resource r) {
    String deletion = r.deletionPolicy().orElse("none");
    String replace = r.updateReplacePolicy().orElse("none");
    if (!RETAINING_DELETION_POLICIES.contains(deletion) || !RETAINING_REPLACE_POLICIES.contains(replace)) {
      return "DeletionPolicy is " + deletion + " and UpdateReplacePolicy is " + replace
          + " (expected DeletionPolicy in " + RETAINING_DELETION_POLICIES + ", UpdateReplacePolicy in "
          + RETAINING_REPLACE_POLICIES + ")";
    }
    return null;
  }
}
