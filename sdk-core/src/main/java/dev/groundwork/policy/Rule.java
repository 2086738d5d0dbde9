package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkNotNull;


/**
 * A policy rule: metadata and a pure, total check of one resource of a synthesized template.
 *
 * <p>Two ways to write one, both seen the same way by the engine:
 *
 * <pre>{@code
 * // lambda form
 * Rule noPublicReadAcl = Rule.of(
 *     RuleInfo.builder("ACME_S3_NO_PUBLIC_READ_ACL").title("Buckets have no public-read ACL")
 *         .severity(Severity.ERROR).resourceTypes("AWS::S3::Bucket")
 *         .rationale("…").remediation("…").build(),
 *     ctx -> "PublicRead".equals(ctx.resource().property("AccessControl").asText())
 *         ? Evaluation.nonCompliant("Properties.AccessControl", "AccessControl is PublicRead")
 *         : Evaluation.compliant());
 *
 * // class form
 * final class AcmeBucketNaming implements Rule {
 *   private static final RuleInfo INFO = RuleInfo.builder("ACME_S3_BUCKET_NAMING")…build();
 *   public RuleInfo info() { return INFO; }
 *   public Evaluation evaluate(RuleContext ctx) { … }
 * }
 * }</pre>
 *
 * <p>A rule never throws for a normal outcome: it returns compliant, non-compliant (with the
 * property path), not applicable, or unknown when a value is an unresolved intrinsic.
 * Suppressions are handled by the engine, never by rules.
 */
public interface Rule {

  /** The rule's metadata. */
  RuleInfo info();

  /** Checks {@code ctx.resource()}; pure and total. */
  Evaluation evaluate(RuleContext ctx);

  /** A rule from metadata and a check function (the lambda form). */
  static Rule of(RuleInfo info, Check check) {
    checkNotNull(info, "info");
    checkNotNull(check, "check");
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public Evaluation evaluate(RuleContext ctx) {
        return check.evaluate(ctx);
      }

      @Override
      public String toString() {
        return info.id().value();
      }
    };
  }

  /** The check of a lambda-form rule. */
  @FunctionalInterface
  interface Check {
    Evaluation evaluate(RuleContext ctx);
  }
}
