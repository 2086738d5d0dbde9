package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One way a resource breaks a rule.
 *
 * @param propertyPath where inside the resource, e.g. {@code Properties.SecurityGroupIngress[0].CidrIp}
 * @param message what is wrong, quoting the offending value
 */
public record Violation(String propertyPath, String message) {
  public Violation {
    checkArgument(propertyPath != null && !propertyPath.isBlank(), "propertyPath is required");
    checkArgument(message != null && !message.isBlank(), "message is required");
  }
}
