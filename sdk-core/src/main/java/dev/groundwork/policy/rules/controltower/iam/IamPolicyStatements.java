package dev.groundwork.policy.rules.controltower.iam;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.eachOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The statement checks the IAM controls share, read as their guard rules read them: a policy
 * applies when its document has statements; a statement when its Effect is Allow (and, per
 * check, it names its actions or resources). The rules test a statement's actions and resources
 * through rule parameters, on which guard passes an empty list.
 */
final class IamPolicyStatements {

  /** An action that grants a whole service, or everything: {@code *}, {@code s3:*}. */
  private static final Pattern WILDCARD_ACTION = Pattern.compile("^[\\w]*[:]*\\*$");

  private IamPolicyStatements() {}

  /** CT.IAM.PR.1 and .2: no Allow of action {@code *} on resource {@code *}. */
  static Evaluation noAdminAccess(JsonNode policy, String path) {
    return eachStatement(policy, path, (statement, at) -> {
      if (!is(statement.path("Effect"), "Allow") || !exists(statement.path("Action"))
          || !exists(statement.path("Resource"))) {
        return Evaluation.notApplicable();
      }
      boolean admin = anyOf(statement.path("Action"), a -> is(a, "*"))
          && !eachOf(statement.path("Resource"), r -> !is(r, "*"));
      return Evaluation.failIf(admin, at, "the statement allows action * on resource *");
    });
  }

  /** CT.IAM.PR.3 and .5: no Allow of a whole service's actions, and no Allow with NotAction. */
  static Evaluation noFullServiceAccess(JsonNode policy, String path) {
    return eachStatement(policy, path, (statement, at) -> {
      if (!is(statement.path("Effect"), "Allow")) {
        return Evaluation.notApplicable();
      }
      if (exists(statement.path("NotAction"))) {
        return Evaluation.nonCompliant(at + ".NotAction", "the statement allows NotAction");
      }
      JsonNode actions = statement.path("Action");
      return Evaluation.failIf(exists(actions) && !eachOf(actions, a -> !isWildcard(a)), at + ".Action",
          "the statement allows every action of a service (service:*) or *");
    });
  }

  /** The checks of each inline policy of a role, user or group ({@code Policies}). */
  static Evaluation eachInlinePolicy(JsonNode principal, BiFunction<JsonNode, String, Evaluation> check) {
    JsonNode policies = principal.path("Policies");
    if (!isNonEmptyList(policies)) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      parts.add(check.apply(policies.get(i), "Properties.Policies[" + i + "]"));
    }
    return combine(parts);
  }

  private static boolean isWildcard(JsonNode action) {
    return action.isTextual() && WILDCARD_ACTION.matcher(action.textValue()).find();
  }

  private static Evaluation eachStatement(JsonNode policy, String path,
      BiFunction<JsonNode, String, Evaluation> check) {
    JsonNode document = policy.path("PolicyDocument");
    JsonNode statements = document.path("Statement");
    if (!isStruct(document) || !(isNonEmptyList(statements) || isStruct(statements))) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    if (isStruct(statements)) {
      parts.add(check.apply(statements, path + ".PolicyDocument.Statement"));
    } else {
      for (int i = 0; i < statements.size(); i++) {
        parts.add(check.apply(statements.get(i), path + ".PolicyDocument.Statement[" + i + "]"));
      }
    }
    return combine(parts);
  }
}
