package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One finding of a {@link PolicyReport}.
 *
 * @param ruleId the rule, e.g. {@code GW_S3_BUCKET_TLS_REQUIRED} (the report's {@code rule})
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}; empty for an unknown result
 * @param environment the environment name
 * @param stack the stack name
 * @param logicalId the resource's logical id
 * @param constructPath the resource's construct path
 * @param propertyPath where in the resource
 * @param message what is wrong (for an unknown result, why the rule could not decide)
 * @param json the finding as written
 */
public record ReportFinding(
    String ruleId, String severity, String environment, String stack, String logicalId,
    String constructPath, String propertyPath, String message, JsonNode json) {

  static ReportFinding parse(JsonNode f) {
    return new ReportFinding(f.path("rule").asText(), f.path("severity").asText(), f.path("environment").asText(),
        f.path("stack").asText(), f.path("logicalId").asText(), f.path("constructPath").asText(),
        f.path("propertyPath").asText(), f.has("message") ? f.path("message").asText() : f.path("reason").asText(), f);
  }

  /** Whether the finding is on {@code path} or on a resource below it. */
  public boolean isAtOrBelow(String path) {
    String p = stripSlash(path);
    String mine = stripSlash(constructPath);
    return mine.equals(p) || mine.startsWith(p + "/");
  }

  /** How messages show the finding. */
  public String describe() {
    return severity + " " + ruleId + " at '" + constructPath + "' (" + stack + " " + logicalId
        + (propertyPath.isEmpty() ? "" : " " + propertyPath) + "): " + message;
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String stripSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
