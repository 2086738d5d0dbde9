package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * One entry of a template's {@code Parameters} section: its name, type and default.
 *
 * <p>CloudFormation parameters carry no metadata, so a parameter has no construct path.
 */
public final class Parameter implements TemplateElement {
  private final StackTemplate stack;
  private final String name;
  private final JsonNode json;

  Parameter(StackTemplate stack, String name, JsonNode json) {
    this.stack = stack;
    this.name = name;
    this.json = json;
  }

  /** The stack whose template declares this parameter. */
  public StackTemplate stack() {
    return stack;
  }

  /** The parameter's name. */
  public String name() {
    return name;
  }

  @Override
  public String logicalId() {
    return name;
  }

  /** The parameter type, e.g. {@code String} or {@code AWS::SSM::Parameter::Value<String>}. */
  public String type() {
    return json.path("Type").asText("");
  }

  /** The literal {@code Default}, if it has one. */
  public Optional<String> defaultValue() {
    JsonNode value = json.path("Default");
    return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** Whether {@code NoEcho} is true. */
  public boolean noEcho() {
    return Intrinsics.truth(json.get("NoEcho")) == Intrinsics.Truth.TRUE;
  }

  /** The parameter as written in the template. */
  public JsonNode json() {
    return json;
  }

  @Override
  public Optional<String> constructPath() {
    return Optional.empty();
  }

  @Override
  public JsonNode metadata() {
    return MissingNode.getInstance();
  }

  @Override
  public String toString() {
    return "parameter " + name;
  }
}
