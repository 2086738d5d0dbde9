package dev.groundwork.policy.rules.controltower.ecs;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.combine;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isOneOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Containers do not pass AWS or registry credentials as plain environment variables. Mirrors
 * CT.ECS.PR.12.
 */
public final class EcsTaskDefinitionNoSecretsInEnvironment implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_ECS_NO_ENVIRONMENT_SECRETS", "CT.ECS.PR.12",
          "Require that Amazon ECS task definitions do not pass secrets as container environment "
          + "variables",
          nist("CA-9(1)"), nist("CM-2"))
      .resourceTypes("AWS::ECS::TaskDefinition")
      .rationale("Plain environment variables are stored in the task definition and shown to anyone who "
          + "can describe it; credentials belong in Secrets Manager or Parameter Store, injected as "
          + "secrets.")
      .remediation("Pass AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and ECS_ENGINE_AUTH_DATA through secrets "
          + "(Secret.fromSecretsManager(...)), or better, use the task role instead of keys.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode p = ctx.resource().properties();
    if (!isStruct(p)) {
      return withoutProperties();
    }
    JsonNode containers = p.path("ContainerDefinitions");
    if (!isNonEmptyList(containers)) {
      return Evaluation.notApplicable();
    }
    List<Evaluation> parts = new ArrayList<>();
    for (int i = 0; i < containers.size(); i++) {
      JsonNode environment = containers.get(i).path("Environment");
      if (isNonEmptyList(environment)) {
        parts.add(Evaluation.failIf(anyOf(environment, e -> isOneOf(e.path("Name"), RESTRICTED)),
            "Properties.ContainerDefinitions[" + i + "].Environment",
                "the container passes credentials in its environment"));
      }
    }
    return combine(parts);
  }

  private static final Set<String> RESTRICTED = ImmutableSet.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA");
}
