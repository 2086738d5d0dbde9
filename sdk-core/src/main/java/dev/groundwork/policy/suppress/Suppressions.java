package dev.groundwork.policy.suppress;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.groundwork.policy.RuleId;
import dev.groundwork.policy.Suppression;
import dev.groundwork.policy.SuppressionMetadata;
import java.time.LocalDate;
import java.util.Optional;
import software.amazon.awscdk.Aspects;
import software.constructs.IConstruct;

/**
 * Suppresses rules on one construct and its children, with a reason and an optional expiry.
 *
 * <pre>{@code
 * Suppressions.of(siteBucket).add("GW_S3_BUCKET_PUBLIC_ACCESS_BLOCKED",
 *     "public marketing website, reviewed in SEC-142", LocalDate.of(2027, 3, 31));
 * }</pre>
 *
 * <p>Written into each {@code CfnResource} under the construct as {@code Metadata} key {@value
 * SuppressionMetadata#KEY} during synthesis (by an aspect added on the construct itself, so it works
 * inside a Stage). Unlike CDK's {@code Validations.of(scope).acknowledge}, which silences a rule
 * for the whole app, a suppression here covers exactly the construct's subtree: siblings are
 * still reported.
 */
public final class Suppressions {

  private final IConstruct scope;

  private Suppressions(IConstruct scope) {
    this.scope = checkNotNull(scope, "scope");
  }

  /** The suppressions of {@code scope} and its children. */
  public static Suppressions of(IConstruct scope) {
    return new Suppressions(scope);
  }

  /** Suppresses {@code ruleId} under this construct, without expiry. */
  public Suppressions add(String ruleId, String reason) {
    return add(new Suppression(RuleId.of(ruleId), reason, Optional.empty(), path()));
  }

  /** Suppresses {@code ruleId} under this construct until {@code until} (inclusive). */
  public Suppressions add(String ruleId, String reason, LocalDate until) {
    checkNotNull(until, "until; use add(ruleId, reason) for a suppression without expiry");
    return add(new Suppression(RuleId.of(ruleId), reason, Optional.of(until), path()));
  }

  private Suppressions add(Suppression suppression) {
    Aspects.of(scope).add(new SuppressionAspect(suppression));
    return this;
  }

  private String path() {
    return scope.getNode().getPath();
  }
}
