package dev.groundwork.testing;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.Templates;
import dev.groundwork.testing.internal.Json;
import dev.groundwork.testing.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Condition;

/**
 * Assertions on a set of resources (all buckets of an environment, every taggable resource of
 * an app). A failing "all" assertion lists every resource that failed, not just the first.
 */
public final class ResourcesAssert extends AbstractAssert<ResourcesAssert, List<Resource>> {
  private final String what;
  /** Where each resource's references are looked up (see {@link ResourceAssert}). */
  private final Templates scope;

  ResourcesAssert(List<Resource> actual, String what, Templates scope) {
    super(ImmutableList.copyOf(actual), ResourcesAssert.class);
    this.what = what;
    this.scope = scope;
  }

  public ResourcesAssert hasSize(int expected) {
    if (actual.size() != expected) {
      fail("Expected " + expected + " " + what + " but found " + actual.size() + ":" + Messages.list(actual));
    }
    return this;
  }

  public ResourcesAssert isNotEmpty() {
    if (actual.isEmpty()) {
      fail("Expected at least one of " + what + " but found none");
    }
    return this;
  }

  public ResourcesAssert isEmpty() {
    if (!actual.isEmpty()) {
      fail("Expected no " + what + " but found " + actual.size() + ":" + Messages.list(actual));
    }
    return this;
  }

  /** Only the resources that match {@code predicate}, described as {@code description}. */
  public ResourcesAssert filteredOn(String description, Predicate<Resource> predicate) {
    return new ResourcesAssert(actual.stream().filter(predicate).toList(), what + " that " + description, scope);
  }

  /** The only resource in the set; fails when there are none or several. */
  public ResourceAssert singleResource() {
    hasSize(1);
    return new ResourceAssert(actual.get(0), scope);
  }

  /** Every resource passes {@code requirements}; all failures are reported together. */
  public ResourcesAssert allSatisfy(Consumer<ResourceAssert> requirements) {
    List<String> failures = new ArrayList<>();
    for (Resource r : actual) {
      try {
        requirements.accept(new ResourceAssert(r, scope));
      } catch (AssertionError e) {
        failures.add(e.getMessage().replace("\n", "\n    "));
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + actual.size() + " " + what + " fail:" + Messages.list(failures));
    }
    return this;
  }

  public ResourcesAssert allHaveTags(String... keys) {
    return allMeet(r -> {
      Set<String> missing = ResourceAssert.missingTags(r, keys);
      return missing.isEmpty() ? null : r.describe() + " lacks " + missing + " (has " + r.tags().keySet() + ")";
    }, "to have tags " + List.of(keys));
  }

  public ResourcesAssert allHaveTag(String key, String value) {
    return allMeet(r -> value.equals(r.tags().get(key)) ? null
        : r.describe() + " has " + key + "=" + r.tags().get(key), "to have tag " + key + "=" + value);
  }

  public ResourcesAssert allHaveDeletionPolicy(String policy) {
    return allMeet(r -> r.deletionPolicy().filter(policy::equals).isPresent() ? null
        : r.describe() + " has DeletionPolicy " + r.deletionPolicy().orElse("none"),
        "to have DeletionPolicy " + policy);
  }

  public ResourcesAssert allHaveUpdateReplacePolicy(String policy) {
    return allMeet(r -> r.updateReplacePolicy().filter(policy::equals).isPresent() ? null
        : r.describe() + " has UpdateReplacePolicy " + r.updateReplacePolicy().orElse("none"),
        "to have UpdateReplacePolicy " + policy);
  }

  /** Every resource is retained on stack deletion and on replacement (see {@link ResourceAssert#isRetained()}). */
  public ResourcesAssert areAllRetained() {
    return allMeet(r -> {
      String problem = ResourceAssert.retentionProblem(r);
      return problem == null ? null : r.describe() + ": " + problem;
    }, "to be retained");
  }

  public ResourcesAssert allHaveProperty(String path, Object expected) {
    return allMeet(r -> Json.jsonEquals(expected, r.property(path)) ? null
        : r.describe() + " has " + path + " = " + shown(r, path),
        "to have " + path + " = " + Json.compact(expected));
  }

  public ResourcesAssert allHavePropertySatisfying(String path, Condition<? super Object> condition) {
    return allMeet(r -> !r.property(path).isMissingNode() && condition.matches(Json.toJava(r.property(path)))
        ? null : r.describe() + " has " + path + " = " + shown(r, path), "to have " + path + " " + condition);
  }

  /** At least one resource has {@code expected} at {@code path}. */
  public ResourcesAssert anyHasProperty(String path, Object expected) {
    if (actual.stream().noneMatch(r -> Json.jsonEquals(expected, r.property(path)))) {
      fail("Expected one of " + what + " to have " + path + " = " + Json.compact(expected)
          + " but none does:" + Messages.list(actual.stream().map(r -> r.describe() + ": " + shown(r, path)).toList()));
    }
    return this;
  }

  private ResourcesAssert allMeet(Function<Resource, String> problem, String expectation) {
    isNotNull();
    List<String> problems = actual.stream().map(problem).filter(p -> p != null).toList();
    if (!problems.isEmpty()) {
      fail("Expected all " + actual.size() + " " + what + " " + expectation + ", but " + problems.size()
          + " do not:" + Messages.list(problems));
    }
    return this;
  }

  private static String shown(Resource r, String path) {
    return r.property(path).isMissingNode() ? "(missing)" : Json.compact(r.property(path));
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
