package dev.groundwork.policy.rules.controltower.lambda;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyString;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Layer permissions grant use of a layer to an account or an organisation, not to everyone. Mirrors
 * CT.LAMBDA.PR.4.
 */
public final class LambdaLayerPermissionNotPublic implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_LAMBDA_LAYER_PUBLIC_ACCESS_PROHIBITED", "CT.LAMBDA.PR.4",
          "Require an AWS Lambda layer permission to grant access to an AWS organization or "
          + "specific AWS account",
          nist("AC-21"), nist("AC-3"), nist("AC-3(7)"), nist("AC-4"), nist("AC-4(21)"),
          nist("AC-6"), nist("SC-7"), nist("SC-7(11)"), nist("SC-7(16)"), nist("SC-7(20)"),
          nist("SC-7(21)"), nist("SC-7(3)"), nist("SC-7(4)"), nist("SC-7(9)"))
      .resourceTypes("AWS::Lambda::LayerVersionPermission")
      .rationale("A layer holds code that runs inside every function using it; sharing it with every AWS "
          + "account publishes that code, and whatever it embeds.")
      .remediation("Set the layer permission's principal to an account id, or give organizationId with "
          + "principal *.")
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
    JsonNode org = p.path("OrganizationId");
    if (exists(org)) {
      return Evaluation.failIf(!isNonEmptyString(org), "Properties.OrganizationId",
          "OrganizationId is not a non-empty string");
    }
    JsonNode principal = p.path("Principal");
    return Evaluation.failIf(!isNonEmptyString(principal) || is(principal, "*"), "Properties.Principal",
        "the layer is shared with every account (Principal * without OrganizationId)");
  }
}
