package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A finding a suppression silenced, as the {@link PolicyReport} lists it.
 *
 * @param finding the finding that would have been reported
 * @param reason the suppression's reason
 * @param scope what the suppression covered, as the engine describes it
 * @param until the suppression's expiry date (ISO-8601), if it has one
 * @param json the entry as written
 */
public record ReportSuppression(ReportFinding finding, String reason, String scope, Optional<String> until, JsonNode json) {

  /** How messages show the suppression. */
  public String describe() {
    return finding.ruleId() + " at '" + finding.constructPath() + "' suppressed: \"" + reason + "\""
        + until.map(e -> " until " + e).orElse("");
  }

  @Override
  public String toString() {
    return describe();
  }
}
