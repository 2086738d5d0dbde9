package dev.groundwork.testing;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.Templates;
import dev.groundwork.testing.internal.Json;
import dev.groundwork.testing.internal.Messages;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on IAM policy statements found in templates. Narrowing methods
 * ({@link #ofRole}, {@link #allowing}, {@link #onResource}, {@link #withCondition}) return a new
 * assertion over the statements that match and fail when none do, so a chain reads as one
 * expectation:
 *
 * <pre>{@code
 * assertThat(app).environment("prod").iamStatements()
 *     .ofRole("prod/service/Api/TaskRole")
 *     .allowing("s3:GetObject").onResourceReferencing("prod/data/Documents/Bucket");
 * }</pre>
 */
public final class IamStatementsAssert extends AbstractAssert<IamStatementsAssert, List<IamStatement>> {
  private final Templates templates;
  private final String what;

  IamStatementsAssert(Templates templates, List<IamStatement> actual, String what) {
    super(ImmutableList.copyOf(actual), IamStatementsAssert.class);
    this.templates = templates;
    this.what = what;
  }

  /** Identity-policy statements attached to the role {@code idOrPath} (logical id or construct path). */
  public IamStatementsAssert ofRole(String idOrPath) {
    List<Resource> roles = templates.resourcesOfType("AWS::IAM::Role").stream()
        .filter(r -> r.isNamed(idOrPath)).toList();
    if (roles.isEmpty()) {
      fail("Expected a role '" + idOrPath + "' in " + templates.description() + " but found none; roles are:"
          + Messages.list(templates.resourcesOfType("AWS::IAM::Role")));
    }
    return narrow("of role '" + idOrPath + "'", s -> s.kind() == IamStatement.Kind.IDENTITY
        && roles.stream().anyMatch(r -> r.stack() == s.holder().stack() && s.attachedRoles().contains(r.logicalId())));
  }

  /**
   * Every statement but the identity-policy statements attached to the role {@code idOrPath}:
   * with {@link #noneOnResourceReferencing}, "no one else may use it".
   */
  public IamStatementsAssert exceptRole(String idOrPath) {
    List<Resource> roles = templates.resourcesOfType("AWS::IAM::Role").stream().filter(r -> r.isNamed(idOrPath)).toList();
    if (roles.isEmpty()) {
      fail("Expected a role '" + idOrPath + "' in " + templates.description() + " but found none; roles are:"
          + Messages.list(templates.resourcesOfType("AWS::IAM::Role")));
    }
    return new IamStatementsAssert(templates, actual.stream().filter(s -> !(s.kind() == IamStatement.Kind.IDENTITY
        && roles.stream().anyMatch(r -> r.stack() == s.holder().stack() && s.attachedRoles().contains(r.logicalId()))))
        .toList(), what + " except those of role '" + idOrPath + "'");
  }

  /** Only statements of one kind of policy. */
  public IamStatementsAssert ofKind(IamStatement.Kind kind) {
    return new IamStatementsAssert(templates, actual.stream().filter(s -> s.kind() == kind).toList(),
        what + " of " + kind.name().toLowerCase(java.util.Locale.ROOT) + " policies");
  }

  /** {@code Allow} statements covering {@code action} (IAM wildcards honoured); fails if none. */
  public IamStatementsAssert allowing(String action) {
    return narrow("allowing " + action, s -> s.isAllow() && s.covers(action));
  }

  /** {@code Deny} statements covering {@code action}; fails if none. */
  public IamStatementsAssert denying(String action) {
    return narrow("denying " + action, s -> !s.isAllow() && s.covers(action));
  }

  /** Statements whose {@code Resource} lists {@code resource} exactly (a string or an intrinsic as a map). */
  public IamStatementsAssert onResource(Object resource) {
    Object expected = Json.normalise(resource);
    return narrow("on resource " + Json.compact(resource),
        s -> s.resources().stream().anyMatch(r -> Objects.equals(expected, r)));
  }

  /**
   * Statements with a {@code Resource} entry that refers to {@code idOrPath} (Ref, GetAtt, Sub,
   * Join), in the statement's template or, through {@code Fn::ImportValue}, in another stack of
   * the templates read together.
   */
  public IamStatementsAssert onResourceReferencing(String idOrPath) {
    return narrow("on a resource referencing '" + idOrPath + "'", s -> onResourceReferencing(s, idOrPath));
  }

  /**
   * No statement has a {@code Resource} entry that refers to {@code idOrPath}, in its template
   * or through {@code Fn::ImportValue}; e.g. no statement of a service's roles names the master secret.
   */
  public IamStatementsAssert noneOnResourceReferencing(String idOrPath) {
    isNotNull();
    List<IamStatement> naming = actual.stream().filter(s -> onResourceReferencing(s, idOrPath)).toList();
    if (!naming.isEmpty()) {
      fail("Expected no statement among " + what + " on a resource referencing '" + idOrPath + "' but "
          + naming.size() + " found:" + Messages.list(naming));
    }
    return this;
  }

  private boolean onResourceReferencing(IamStatement s, String idOrPath) {
    String target = s.holder().stack().resources().stream().filter(r -> r.isNamed(idOrPath)).findFirst()
        .map(Resource::logicalId).orElse(idOrPath);
    return Intrinsics.references(s.json().path("Resource")).contains(target)
        || templates.referencedBy(s.holder().stack(), s.json().path("Resource")).stream()
            .anyMatch(r -> r.stack() != s.holder().stack() && r.isNamed(idOrPath));
  }

  /** Statements with {@code Condition: {operator: {key: value}}}. */
  public IamStatementsAssert withCondition(String operator, String key, Object value) {
    return narrow("with condition " + operator + " " + key + " = " + Json.compact(value), s -> {
      Map<String, Object> keys = s.conditions().get(operator);
      return keys != null && keys.containsKey(key) && Json.jsonEquals(value, keys.get(key));
    });
  }

  /** No {@code Allow} statement covers {@code action} (a {@code Deny} elsewhere is not considered). */
  public IamStatementsAssert doesNotAllow(String action) {
    List<IamStatement> allowing = actual.stream().filter(s -> s.isAllow() && s.covers(action)).toList();
    if (!allowing.isEmpty()) {
      fail("Expected no statement among " + what + " to allow " + action + " but " + allowing.size()
          + " do:" + Messages.list(allowing));
    }
    return this;
  }

  /** No {@code Allow} statement grants {@code *}, a whole service ({@code s3:*}), or uses {@code NotAction}. */
  public IamStatementsAssert haveNoWildcardActions() {
    return noneAllow("a wildcard action", IamStatement::hasWildcardAction);
  }

  /** No {@code Allow} statement applies to {@code Resource: "*"} or uses {@code NotResource}. */
  public IamStatementsAssert haveNoWildcardResources() {
    return noneAllow("on any resource (\"*\")", IamStatement::hasWildcardResource);
  }

  public IamStatementsAssert hasSize(int expected) {
    if (actual.size() != expected) {
      fail("Expected " + expected + " " + what + " but found " + actual.size() + ":" + Messages.list(actual));
    }
    return this;
  }

  public IamStatementsAssert isEmpty() {
    return hasSize(0);
  }

  public IamStatementsAssert isNotEmpty() {
    if (actual.isEmpty()) {
      fail("Expected at least one of " + what + " but found none");
    }
    return this;
  }

  private IamStatementsAssert noneAllow(String description, Predicate<IamStatement> bad) {
    List<IamStatement> offending = actual.stream().filter(s -> s.isAllow() && bad.test(s)).toList();
    if (!offending.isEmpty()) {
      fail("Expected no Allow statement among " + what + " " + description + " but " + offending.size()
          + " found:" + Messages.list(offending));
    }
    return this;
  }

  private IamStatementsAssert narrow(String description, Predicate<IamStatement> predicate) {
    isNotNull();
    List<IamStatement> matching = actual.stream().filter(predicate).toList();
    if (matching.isEmpty()) {
      fail("Expected " + what + " to contain a statement " + description + " but none does; they are:"
          + Messages.list(actual));
    }
    return new IamStatementsAssert(templates, matching, what + " " + description);
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
