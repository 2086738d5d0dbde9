package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code {"Ref": parameter}} in a resource that {@link StackTemplate#withParameterDefaults()}
 * replaced by the parameter's {@code Default}: what the resource becomes when the stack is
 * deployed without a value for the parameter.
 *
 * @param propertyPath where in the resource, e.g. {@code Properties.SecurityGroupIngress[0].CidrIp}
 * @param parameter the parameter's name
 * @param value the default that took the reference's place
 */
public record ParameterDefault(String propertyPath, String parameter, JsonNode value) {

  /** Whether this value lies at {@code path}, inside it, or holds it (paths as rules report them). */
  public boolean touches(String path) {
    return within(propertyPath, path) || within(path, propertyPath);
  }

  private static boolean within(String inner, String outer) {
    return inner.equals(outer) || (inner.startsWith(outer)
        && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '['));
  }

  /** E.g. {@code the default of parameter SSHLocation (0.0.0.0/0)}. */
  public String describe() {
    return "the default of parameter " + parameter + " (" + (value.isValueNode() ? value.asText() : value.toString()) + ")";
  }
}
