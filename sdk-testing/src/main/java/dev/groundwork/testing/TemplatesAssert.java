package dev.groundwork.testing;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.Taggability;
import dev.groundwork.assembly.Templates;
import dev.groundwork.testing.internal.Messages;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions over a group of templates (one stack, an environment, the whole app): resource
 * types and counts, single resources, taggable resources, IAM statements, ingress rules and
 * golden-file snapshots.
 */
public final class TemplatesAssert extends AbstractAssert<TemplatesAssert, Templates> {

  /** Where references of the group's resources are looked up: the group, or the app it is part of. */
  private final Templates scope;

  TemplatesAssert(Templates actual) {
    this(actual, actual);
  }

  TemplatesAssert(Templates actual, Templates scope) {
    super(actual, TemplatesAssert.class);
    this.scope = scope;
  }

  /** Exactly {@code count} resources of {@code type} across the group. */
  public TemplatesAssert hasResourceCount(String type, int count) {
    isNotNull();
    List<Resource> found = actual.resourcesOfType(type);
    if (found.size() != count) {
      fail("Expected " + count + " " + type + " in " + actual.description() + " but found " + found.size()
          + ":" + Messages.list(found));
    }
    return this;
  }

  /** At least one resource of {@code type}. */
  public TemplatesAssert hasResource(String type) {
    isNotNull();
    if (actual.resourcesOfType(type).isEmpty()) {
      fail("Expected a " + type + " in " + actual.description() + " but found none; its types are "
          + actual.resources().stream().map(Resource::type).distinct().sorted().toList());
    }
    return this;
  }

  /** No resource of {@code type}. */
  public TemplatesAssert doesNotHaveResource(String type) {
    return hasResourceCount(type, 0);
  }

  /** Assertions over the resources of {@code type} (possibly none). */
  public ResourcesAssert resourcesOfType(String type) {
    isNotNull();
    return new ResourcesAssert(actual.resourcesOfType(type), type + " resources in " + actual.description(), scope);
  }

  /** Assertions over every resource of the group. */
  public ResourcesAssert allResources() {
    isNotNull();
    return new ResourcesAssert(actual.resources(), "resources in " + actual.description(), scope);
  }

  /**
   * Assertions over every resource whose CloudFormation type takes tags ({@link Taggability}).
   * Fails first if a resource's type is {@link Taggability#UNKNOWN}, so no resource escapes a
   * tag check because its type was not recognised.
   */
  public ResourcesAssert taggableResources() {
    isNotNull();
    List<Resource> unknown = actual.resources().stream()
        .filter(r -> Taggability.of(r.type()) == Taggability.UNKNOWN).toList();
    if (!unknown.isEmpty()) {
      fail("Cannot tell whether these resources take tags (aws-cdk-lib has no L1 class for their type):"
          + Messages.list(unknown) + "\nCheck them with allResources().filteredOn(...) instead.");
    }
    return new ResourcesAssert(actual.resources().stream()
        .filter(r -> Taggability.of(r.type()) == Taggability.TAGGABLE).toList(),
        "taggable resources in " + actual.description(), scope);
  }

  /**
   * The one resource named {@code idOrPath}: a logical id, a construct path, or the path of the
   * construct that owns it (e.g. {@code prod/data/Documents/Bucket}).
   */
  public ResourceAssert resource(String idOrPath) {
    isNotNull();
    List<Resource> found = actual.resources().stream().filter(r -> r.isNamed(idOrPath)).toList();
    if (found.size() != 1) {
      fail("Expected one resource named '" + idOrPath + "' in " + actual.description() + " but found "
          + found.size() + ":" + Messages.list(found.isEmpty() ? actual.resources() : found));
    }
    return new ResourceAssert(found.get(0), scope);
  }

  /** Assertions over every IAM policy statement of the group. */
  public IamStatementsAssert iamStatements() {
    isNotNull();
    return new IamStatementsAssert(actual, actual.stacks().stream().flatMap(s -> IamStatement.allIn(s).stream()).toList(),
        "IAM statements in " + actual.description());
  }

  /** Assertions over every security group ingress rule of the group. */
  public IngressRulesAssert ingressRules() {
    isNotNull();
    return new IngressRulesAssert(actual, actual.stacks().stream().flatMap(s -> IngressRule.allIn(s, actual).stream()).toList(),
        "ingress rules in " + actual.description());
  }

  /** AssertJ's list assertions on the stack names. */
  public ListAssert<String> stackNames() {
    isNotNull();
    return Assertions.assertThat(actual.stacks().stream().map(StackTemplate::stackName).toList())
        .as("stack names in %s", actual.description());
  }

  /** Every stack name matches {@code regex}. */
  public TemplatesAssert haveStackNamesMatching(String regex) {
    isNotNull();
    Pattern pattern = Pattern.compile(regex);
    List<String> offending = actual.stacks().stream().map(StackTemplate::stackName)
        .filter(n -> !pattern.matcher(n).matches()).toList();
    if (!offending.isEmpty()) {
      fail("Expected every stack name in " + actual.description() + " to match " + regex + " but these do not:"
          + Messages.list(offending));
    }
    return this;
  }

  /**
   * The group's single stack equals its golden template {@code name} (see {@link Snapshots}).
   */
  public TemplatesAssert matchesSnapshot(String name) {
    isNotNull();
    if (actual.stacks().size() != 1) {
      fail("A snapshot covers one stack, but " + actual.description() + " has " + actual.stacks().size()
          + "; pick one with stack(\"name\")");
    }
    Snapshots.assertMatches(actual.stacks().get(0), name);
    return this;
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
