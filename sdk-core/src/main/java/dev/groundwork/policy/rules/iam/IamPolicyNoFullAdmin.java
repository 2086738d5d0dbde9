package dev.groundwork.policy.rules.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.PolicyDocuments;
import java.util.List;

/** No policy statement allows action {@code *} on resource {@code *}. */
public final class IamPolicyNoFullAdmin implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_IAM_NO_STAR_ACTION_ON_STAR_RESOURCE")
      .title("IAM policies do not allow every action on every resource")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role",
          "AWS::IAM::User", "AWS::IAM::Group")
      .rationale("Action * on Resource * is full administrator access: any bug or leaked "
          + "credential of the principal compromises the whole account.")
      .remediation("Grant specific actions on specific resources, preferably with the CDK "
          + "grant methods (bucket.grantRead(role), table.grantWriteData(fn)).")
      .controls("AWS Security Hub CSPM control reference, control IAM.1",
          Control.nist("AC-2"), Control.nist("AC-2(1)"), Control.nist("AC-3"),
          Control.nist("AC-3(15)"), Control.nist("AC-3(7)"), Control.nist("AC-5"),
          Control.nist("AC-6"), Control.nist("AC-6(10)"), Control.nist("AC-6(2)"),
          Control.nist("AC-6(3)"), Control.cis("1.16"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    Evaluation.Builder out = Evaluation.builder();
    if (resource.type().endsWith("Policy")) {
      check(resource.property("PolicyDocument"), "Properties.PolicyDocument", out);
    } else {
      JsonNode policies = resource.property("Policies");
      if (Intrinsics.isIntrinsic(policies)) {
        return Evaluation.unknown("Properties.Policies");
      }
      List<JsonNode> items = Intrinsics.items(policies);
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i).path("PolicyDocument"),
            "Properties.Policies[" + i + "].PolicyDocument", out);
      }
    }
    return out.build();
  }

  private static void check(JsonNode document, String path, Evaluation.Builder out) {
    if (Intrinsics.isIntrinsic(document)) {
      out.unknown(path);
      return;
    }
    List<JsonNode> statements = PolicyDocuments.statements(document);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode statement = statements.get(i);
      if (PolicyDocuments.isAllow(statement)
          && PolicyDocuments.values(statement.path("Action")).contains("*")
          && PolicyDocuments.values(statement.path("Resource")).contains("*")) {
        out.violation(path + ".Statement[" + i + "]",
            "statement " + i + " allows Action \"*\" on Resource \"*\"");
      }
    }
  }
}
