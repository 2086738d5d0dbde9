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

/**
 * DynamoDB tables are encrypted with an AWS KMS key (AWS managed or customer managed) rather than
 * an AWS owned key. Mirrors CT.DYNAMODB.PR.2.
 */
public final class DynamoDbTableKmsEncrypted implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_DYNAMODB_TABLE_ENCRYPTED_KMS", "CT.DYNAMODB.PR.2",
          "Require an Amazon DynamoDB table to be encrypted at rest using an AWS KMS key",
          nist("CA-9(1)"), nist("CM-3(6)"), nist("SC-13"), nist("SC-28"), nist("SC-28(1)"),
          nist("SC-7(10)"), nist("SI-7(6)"))
      .resourceTypes("AWS::DynamoDB::Table")
      .rationale("With a KMS key, access to the table's data also depends on the key policy, and every "
          + "use of the key is recorded in CloudTrail.")
      .remediation("Set encryption(TableEncryption.CUSTOMER_MANAGED) with an encryptionKey, or "
          + "TableEncryption.AWS_MANAGED (CfnTable: sseSpecification.sseEnabled true).")
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
    JsonNode sse = p.path("SSESpecification");
    return Evaluation.failIf(!isStruct(sse) || !isTrue(sse.path("SSEEnabled")),
        "Properties.SSESpecification.SSEEnabled",
        "the table is not encrypted with a KMS key (SSEEnabled is not true)");
  }
}
