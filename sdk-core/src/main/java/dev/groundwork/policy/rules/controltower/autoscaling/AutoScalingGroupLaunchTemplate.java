package dev.groundwork.policy.rules.controltower.autoscaling;

import static dev.groundwork.policy.Control.nist;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNameOrLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isStruct;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.withoutProperties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.rules.controltower.internal.ControlTowerInfo;

/**
 * Auto Scaling groups launch from an EC2 launch template, directly or through a mixed instances
 * policy. Mirrors CT.AUTOSCALING.PR.8.
 */
public final class AutoScalingGroupLaunchTemplate implements Rule {

  private static final RuleInfo INFO = ControlTowerInfo.rule(
          "GW_CT_AUTOSCALING_LAUNCH_TEMPLATE", "CT.AUTOSCALING.PR.8",
          "Require an Amazon EC2 Auto Scaling group to have EC2 launch templates configured",
          nist("CA-9(1)"), nist("CM-2"), nist("CM-2(2)"))
      .resourceTypes("AWS::AutoScaling::AutoScalingGroup")
      .rationale("Launch templates support the current instance features (IMDSv2, encrypted volumes by "
          + "default, instance requirements); launch configurations are legacy and AWS no longer "
          + "adds features to them.")
      .remediation("Give the group a launchTemplate (or a mixedInstancesPolicy with one), naming it by id "
          + "or name with a version; not a launch configuration.")
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
    JsonNode template = p.path("LaunchTemplate");
    JsonNode policy = p.path("MixedInstancesPolicy");
    boolean direct = exists(template) && !exists(policy) && isStruct(template) && validSpecification(ctx, template);
    JsonNode mixed = policy.path("LaunchTemplate");
    boolean viaPolicy = exists(policy) && !exists(template) && isStruct(policy) && isStruct(mixed)
        && isStruct(mixed.path("LaunchTemplateSpecification"))
        && validSpecification(ctx, mixed.path("LaunchTemplateSpecification"));
    return Evaluation.failIf(!direct && !viaPolicy, "Properties.LaunchTemplate",
        "the group does not launch from a launch template named by id or name and version");
  }

  /**
   * A version, and exactly one of id and name, each a string or a reference to a launch template.
   */
  private static boolean validSpecification(RuleContext ctx, JsonNode specification) {
    JsonNode id = specification.path("LaunchTemplateId");
    JsonNode name = specification.path("LaunchTemplateName");
    return isTemplateValue(ctx, specification.path("Version"))
        && ((exists(id) && !exists(name) && isTemplateValue(ctx, id))
            || (exists(name) && !exists(id) && isTemplateValue(ctx, name)));
  }

  private static boolean isTemplateValue(RuleContext ctx, JsonNode value) {
    return isNameOrLocalReference(ctx.template(), value, "AWS::EC2::LaunchTemplate");
  }
}
