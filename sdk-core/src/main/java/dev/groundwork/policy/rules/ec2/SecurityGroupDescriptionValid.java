package dev.groundwork.policy.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Security group and rule descriptions use only what EC2 accepts, so the stack deploys: with CDK's
 * own validator off (Groundwork's default), nothing else catches a description EC2 refuses before
 * CloudFormation fails the deployment on it.
 */
public final class SecurityGroupDescriptionValid implements Rule {
  /** EC2's characters for a security group's and a rule's description, and their maximum length. */
  static final Pattern ACCEPTED = Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]*");
  static final int MAX_LENGTH = 255;

  private static final RuleInfo INFO = RuleInfo.builder("GW_EC2_SG_DESCRIPTION_VALID")
      .title("Security group descriptions use only the characters EC2 accepts")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress")
      .rationale("EC2 accepts a security group's description, and a rule's, only in letters, digits, spaces and "
          + "._-:/()#,@[]+=&;{}!$*, at most 255 characters. Anything else (an apostrophe, an accented letter) fails "
          + "the deployment when CloudFormation creates the group, after the stacks before it have changed.")
      .remediation("Rewrite the description with those characters only, e.g. 'the app's database' as 'the app "
          + "database'. A group's description cannot change in place: CloudFormation replaces the group.")
      .noControls("A deployment failure rather than a security control: EC2 refuses the template.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    if (!resource.type().equals("AWS::EC2::SecurityGroup")) {
      return description(resource.property("Description"), "Properties.Description");
    }
    Evaluation.Builder out = Evaluation.builder();
    out.add(description(resource.property("GroupDescription"), "Properties.GroupDescription"));
    for (String rules : List.of("SecurityGroupIngress", "SecurityGroupEgress")) {
      JsonNode value = resource.property(rules);
      if (Intrinsics.isIntrinsic(value)) {
        out.add(Evaluation.unknown("Properties." + rules));
        continue;
      }
      List<JsonNode> items = Intrinsics.items(value);
      for (int i = 0; i < items.size(); i++) {
        out.add(description(items.get(i).path("Description"), "Properties." + rules + "[" + i + "].Description"));
      }
    }
    return out.build();
  }

  private static Evaluation description(JsonNode value, String path) {
    if (value.isMissingNode() || value.isNull()) {
      return Evaluation.notApplicable();
    }
    if (!value.isTextual()) {
      return Evaluation.unknown(path);
    }
    String text = value.asText();
    if (text.length() > MAX_LENGTH) {
      return Evaluation.nonCompliant(path, "is " + text.length() + " characters long; EC2 accepts at most " + MAX_LENGTH);
    }
    if (!ACCEPTED.matcher(text).matches()) {
      TreeSet<String> refused = new TreeSet<>();
      text.codePoints().filter(c -> !ACCEPTED.matcher(Character.toString(c)).matches())
          .forEach(c -> refused.add("'" + Character.toString(c) + "'"));
      return Evaluation.nonCompliant(path, "'" + text + "' holds characters EC2 refuses: " + String.join(" ", refused));
    }
    return Evaluation.compliant();
  }
}
