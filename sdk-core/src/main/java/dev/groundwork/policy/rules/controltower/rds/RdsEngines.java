package dev.groundwork.policy.rules.controltower.rds;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import java.util.List;
import java.util.Set;

/**
 * The engine lists the RDS controls apply to, as their guard rules list them, and shared checks.
 */
final class RdsEngines {

  /**
   * DB instance engines most instance controls apply to (not Aurora, whose clusters hold the
   * settings).
   */
  static final Set<String> INSTANCE = ImmutableSet.of("mariadb", "mysql", "oracle-ee", "oracle-ee-cdb", "oracle-se2",
      "oracle-se2-cdb", "postgres", "sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web");
  /** DB instance engines including Aurora (CT.RDS.PR.2 and .5). */
  static final Set<String> INSTANCE_AND_AURORA = ImmutableSet.of("aurora", "aurora-mysql", "aurora-postgresql", "mariadb",
      "mysql", "oracle-ee", "oracle-ee-cdb", "oracle-se2", "oracle-se2-cdb", "postgres", "sqlserver-ee",
      "sqlserver-se", "sqlserver-ex", "sqlserver-web");
  /** Aurora cluster engines (CT.RDS.PR.4 and .9). */
  static final Set<String> AURORA = ImmutableSet.of("aurora", "aurora-mysql", "aurora-postgresql");
  /** Values the parameter-group controls read as on. */
  static final Set<String> TRUE_TEXTS = ImmutableSet.of("1", "true", "True", "TRUE", "on", "On", "ON");

  private RdsEngines() {}

  /** Guard's {@code Engine exists; Engine is_string; Engine in [...]}. */
  static boolean engineIn(JsonNode properties, Set<String> engines) {
    return isOneOf(properties.path("Engine"), engines);
  }

  /** The property is the boolean true (guard's {@code exists} and {@code == true}). */
  static Evaluation requireTrue(JsonNode properties, String property, String failure) {
    JsonNode value = properties.path(property);
    return Evaluation.failIf(!(value.isBoolean() && value.booleanValue()), "Properties." + property, failure);
  }

  /**
   * A parameter-group value the TLS controls read as on: true, 1, "1", "true", "on" and their
   * cases.
   */
  static boolean isOn(JsonNode value) {
    return (value.isBoolean() && value.booleanValue()) || (value.isIntegralNumber() && value.intValue() == 1)
        || isOneOf(value, TRUE_TEXTS);
  }

  /**
   * CloudWatch Logs exports: a non-empty list, and when {@code logTypes} is given, exactly those
   * types (every one exported, nothing else).
   */
  static boolean exportsExactly(JsonNode exports, List<String> logTypes) {
    if (!isNonEmptyList(exports)) {
      return false;
    }
    if (logTypes.isEmpty()) {
      return true;
    }
    return logTypes.stream().allMatch(type -> contains(exports, type))
        && allOf(exports, e -> e.isTextual() && logTypes.contains(e.textValue()));
  }

  /**
   * An event subscription for {@code sourceType}: enabled, and all events or at least {@code
   * categories}.
   */
  static Evaluation eventSubscription(JsonNode properties, String sourceType, List<String> categories) {
    if (!is(properties.path("SourceType"), sourceType)) {
      return Evaluation.notApplicable();
    }
    JsonNode enabled = properties.path("Enabled");
    if (!(enabled.isBoolean() && enabled.booleanValue())) {
      return Evaluation.nonCompliant("Properties.Enabled", "the subscription is not enabled");
    }
    JsonNode chosen = properties.path("EventCategories");
    boolean covers = chosen.isMissingNode()
        || (chosen.isArray() && (chosen.isEmpty() || categories.stream().allMatch(c -> contains(chosen, c))));
    return Evaluation.failIf(!covers, "Properties.EventCategories",
        "the subscription does not include " + String.join(", ", categories));
  }

  /** The parameter group's {@code Parameters} object has {@code name} set to a value on. */
  static Evaluation parameterOn(JsonNode properties, String name, boolean auroraMysql) {
    JsonNode parameters = properties.path("Parameters");
    JsonNode value = parameters.path(name);
    boolean on = isStruct(parameters) && !value.isMissingNode()
        && (auroraMysql ? value.isTextual() && value.textValue().equalsIgnoreCase("on") : isOn(value));
    return Evaluation.failIf(!on, "Properties.Parameters." + name, name + " is not on");
  }

  private static boolean contains(JsonNode list, String value) {
    for (JsonNode element : list) {
      if (is(element, value)) {
        return true;
      }
    }
    return false;
  }
}
