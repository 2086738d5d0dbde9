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

  /**
   * Whether this value lies at {@code path} (as rules report paths), inside it, or holds it; a
   * list's first item and an object given alone in its place count as the same place. The whole
   * of {@code Properties} is too coarse to say a value was judged on.
   */
  public boolean touches(String path) {
    if (path.equals("Properties")) {
      return false;
    }
    String mine = propertyPath.replace("[0]", "");
    String theirs = path.replace("[0]", "");
    return within(mine, theirs) || within(theirs, mine);
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
