package dev.groundwork.policy.rules.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.Optional;

/** No role, user or group has the AWS managed AdministratorAccess policy. */
public final class IamNoAdministratorAccess implements Rule {

  private static final RuleInfo INFO = RuleInfo.builder("GW_IAM_NO_ADMINISTRATOR_ACCESS")
      .title("IAM principals do not have the AdministratorAccess managed policy")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")
      .rationale("AdministratorAccess allows everything in the account; workloads and "
          + "deployment roles never need it.")
      .remediation("Replace ManagedPolicy.fromAwsManagedPolicyName(\"AdministratorAccess\") with "
          + "least-privilege grants.")
      .controls("cdk-nag NIST 800-53 rev 5 pack, rule IAMPolicyNoStatementsWithAdminAccess",
          Control.nist("AC-2(1)"), Control.nist("AC-3"), Control.nist("AC-6"),
          Control.nist("AC-6(2)"), Control.nist("AC-6(3)"), Control.nist("AC-6(10)"),
          Control.nist("AC-24"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    JsonNode arns = ctx.resource().property("ManagedPolicyArns");
    if (Intrinsics.isAbsent(arns)) {
      return Evaluation.compliant();
    }
    if (!arns.isArray()) {
      return Evaluation.unknown("Properties.ManagedPolicyArns");
    }
    Evaluation.Builder out = Evaluation.builder();
    for (int i = 0; i < arns.size(); i++) {
      Optional<String> arn = Intrinsics.flatText(arns.get(i));
      String path = "Properties.ManagedPolicyArns[" + i + "]";
      if (arn.isEmpty()) {
        out.unknown(path);
      } else if (arn.get().endsWith(":policy/AdministratorAccess")) {
        out.violation(path, "attaches " + arn.get().replace("${token}", "${AWS::Partition}"));
      }
    }
    return out.build();
  }
}
