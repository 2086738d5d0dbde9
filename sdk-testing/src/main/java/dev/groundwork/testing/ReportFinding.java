package dev.groundwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.testing.internal.Json;

/**
 * One finding of a {@link PolicyReport}.
 *
 * @param ruleId the rule, e.g. {@code GW_S3_BUCKET_TLS_REQUIRED}
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param environment the environment name
 * @param stack the stack name
 * @param logicalId the resource's logical id
 * @param constructPath the resource's construct path
 * @param propertyPath where in the resource
 * @param message what is wrong
 * @param json the finding as written
 */
public record ReportFinding(
    String ruleId, String severity, String environment, String stack, String logicalId,
    String constructPath, String propertyPath, String message, JsonNode json) {

  static ReportFinding parse(JsonNode f) {
    JsonNode rule = f.has("ruleId") ? f.path("ruleId") : f.path("rule");
    String ruleId = rule.isObject() ? rule.path("id").asText() : rule.asText();
    return new ReportFinding(ruleId, f.path("severity").asText(), f.path("environment").asText(),
        f.path("stack").asText(), f.path("logicalId").asText(), f.path("constructPath").asText(),
        f.path("propertyPath").asText(), f.path("message").asText(), f);
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

  /** The JSON, compact, for debugging. */
  String compact() {
    return Json.compact(json);
  }
}
