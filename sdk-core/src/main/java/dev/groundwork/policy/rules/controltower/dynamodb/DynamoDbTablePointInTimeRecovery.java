package dev.groundwork.policy.rules.controltower.dynamodb;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isTrue;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/** DynamoDB tables have point-in-time recovery on. Mirrors CT.DYNAMODB.PR.1. */
public final class DynamoDbTablePointInTimeRecovery implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_DYNAMODB_TABLE_PITR_ENABLED", "CT.DYNAMODB.PR.1",
          "Require that point-in-time recovery for an Amazon DynamoDB table is activated",
          nist("CP-10"), nist("CP-6(2)"), nist("CP-9"), nist("SC-5(2)"), nist("SI-12"),
          nist("SI-13(5)"))
      .resourceTypes("AWS::DynamoDB::Table")
      .rationale("Point-in-time recovery restores a table to any second of the last 35 days, after a bad "
          + "deployment, a faulty batch job or a malicious delete.")
      .remediation("Set pointInTimeRecoverySpecification({pointInTimeRecoveryEnabled: true}) on the table.")
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
    JsonNode pitr = p.path("PointInTimeRecoverySpecification");
    return Evaluation.failIf(!isStruct(pitr) || !isTrue(pitr.path("PointInTimeRecoveryEnabled")),
        "Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled",
            "point-in-time recovery is not enabled");
  }
}
