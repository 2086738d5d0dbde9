package dev.groundwork.policy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one rule on one resource.
 *
 * @param outcome compliant, non-compliant, not applicable or unknown
 * @param violations the violations when non-compliant, else empty
 * @param unknownReason why the outcome is unknown (the unresolved property), else empty
 */
public record Evaluation(Outcome outcome, List<Violation> violations, String unknownReason) {

  private static final Evaluation COMPLIANT = new Evaluation(Outcome.COMPLIANT, List.of(), "");
  private static final Evaluation NOT_APPLICABLE =
      new Evaluation(Outcome.NOT_APPLICABLE, List.of(), "");

  public Evaluation {
    violations = ImmutableList.copyOf(violations);
    if ((outcome == Outcome.NON_COMPLIANT) == violations.isEmpty()) {
      throw new IllegalArgumentException("violations are required exactly when non-compliant");
    }
  }

  public static Evaluation compliant() {
    return COMPLIANT;
  }

  public static Evaluation notApplicable() {
    return NOT_APPLICABLE;
  }

  /** Unknown because the value at {@code propertyPath} is unresolved at synthesis. */
  public static Evaluation unknown(String propertyPath) {
    return new Evaluation(Outcome.UNKNOWN, List.of(), unresolvable(propertyPath));
  }

  private static String unresolvable(String propertyPath) {
    return propertyPath + " is not resolvable at synthesis";
  }

  /** One violation at {@code propertyPath}. */
  public static Evaluation nonCompliant(String propertyPath, String message) {
    return new Evaluation(Outcome.NON_COMPLIANT, List.of(new Violation(propertyPath, message)), "");
  }

  /** Compliant unless {@code violation} is true. */
  public static Evaluation failIf(boolean violation, String propertyPath, String message) {
    return violation ? nonCompliant(propertyPath, message) : COMPLIANT;
  }

  /** Compliant unless {@code violation} is true; the message is only built for a violation. */
  public static Evaluation failIf(
      boolean violation, String propertyPath, java.util.function.Supplier<String> message) {
    return violation ? nonCompliant(propertyPath, message.get()) : COMPLIANT;
  }

  /** Collects the results of checking several parts (e.g. every container of a task). */
  public static Builder builder() {
    return new Builder();
  }

  /** Accumulates violations and unknowns; violations win over unknowns, unknowns over compliant. */
  public static final class Builder {
    private final List<Violation> violations = new ArrayList<>();
    /** The first unknown's whole reason, as {@link Evaluation#unknownReason()} gives it. */
    private String unknownReason;

    private Builder() {}

    public Builder violation(String propertyPath, String message) {
      violations.add(new Violation(propertyPath, message));
      return this;
    }

    public Builder unknown(String propertyPath) {
      if (unknownReason == null) {
        unknownReason = unresolvable(propertyPath);
      }
      return this;
    }

    /** Adds the outcome of a sub-check. */
    public Builder add(Evaluation evaluation) {
      violations.addAll(evaluation.violations());
      if (evaluation.outcome() == Outcome.UNKNOWN && unknownReason == null) {
        unknownReason = evaluation.unknownReason();
      }
      return this;
    }

    public Evaluation build() {
      if (!violations.isEmpty()) {
        return new Evaluation(Outcome.NON_COMPLIANT, violations, "");
      }
      return unknownReason != null ? new Evaluation(Outcome.UNKNOWN, List.of(), unknownReason) : COMPLIANT;
    }
  }
}
