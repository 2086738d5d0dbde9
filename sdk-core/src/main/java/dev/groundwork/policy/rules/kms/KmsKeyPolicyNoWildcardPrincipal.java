package dev.groundwork.policy.rules.kms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.ComplianceSources;
import dev.groundwork.policy.rules.internal.PolicyDocuments;
import java.util.List;

/** Key policies do not allow everyone ({@code "*"}) without a condition. */
public final class KmsKeyPolicyNoWildcardPrincipal implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_KMS_KEY_NO_WILDCARD_PRINCIPAL")
      .title("KMS key policies do not allow a wildcard principal without conditions")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::KMS::Key")
      .rationale("A key policy statement allowing Principal \"*\" lets any AWS account use the "
          + "key, and therefore read whatever it encrypts.")
      .remediation("Grant named principals (key.grantDecrypt(role)) or add a Condition such as "
          + "aws:PrincipalOrgID / kms:CallerAccount to the statement.")
      .noControls(ComplianceSources.NO_PUBLISHED_EQUIVALENT)
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode policy = ctx.resource().property("KeyPolicy");
    if (Intrinsics.isIntrinsic(policy)) {
      return Evaluation.unknown("Properties.KeyPolicy");
    }
    Evaluation.Builder out = Evaluation.builder();
    List<JsonNode> statements = PolicyDocuments.statements(policy);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode statement = statements.get(i);
      if (PolicyDocuments.isAllow(statement) && PolicyDocuments.hasWildcardPrincipal(statement)
          && statement.path("Condition").isMissingNode()) {
        out.violation("Properties.KeyPolicy.Statement[" + i + "].Principal",
            "statement " + i + " allows Principal \"*\" without a Condition");
      }
    }
    return out.build();
  }
}
