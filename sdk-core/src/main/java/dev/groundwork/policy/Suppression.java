package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An accepted deviation: rule {@code rule} does not apply to the construct at {@code scope} and
 * its children, because {@code reason}, until {@code until} (inclusive) if given.
 *
 * @param rule the suppressed rule
 * @param reason why the deviation is acceptable; required, shown in every report
 * @param until the last day the suppression holds; afterwards it is itself an ERROR
 * @param scope the construct path the suppression was added on
 */
public record Suppression(RuleId rule, String reason, Optional<LocalDate> until, String scope) {

  /**
   * Validates the suppression; a missing reason is the user's input, so it is a {@link
   * GroundworkValidationException} (reported without a stack trace, exit status 2), not a bug.
   */
  public Suppression {
    checkNotNull(rule, "rule");
    checkNotNull(until, "until");
    checkArgument(scope != null, "scope is required");
    if (reason == null || reason.isBlank()) {
      throw new GroundworkValidationException(List.of(new Problem("SUPPRESSION_REASON_REQUIRED",
          "suppression of " + rule + " at '" + scope + "'", "reason",
          reason == null ? "null" : "a blank string", "a sentence saying why the finding is acceptable",
          "Pass a reason such as \"public website bucket, reviewed in SEC-123\".")));
    }
  }

  /** Whether the suppression no longer holds on {@code today}. */
  public boolean isExpired(LocalDate today) {
    return until.map(today::isAfter).orElse(false);
  }

  /** E.g. {@code GW_S3_BUCKET_TLS_REQUIRED at 'prod/Web/Site' until 2027-01-31}. */
  public String describe() {
    return rule + " at '" + scope + "'" + until.map(d -> " until " + d).orElse("");
  }
}
