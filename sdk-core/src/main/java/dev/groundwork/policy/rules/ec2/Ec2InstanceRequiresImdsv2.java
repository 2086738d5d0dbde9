package dev.groundwork.policy.rules.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.Optional;

/**
 * Instances require IMDSv2 session tokens. An instance has no metadata options of its own in
 * CloudFormation, so the rule follows its {@code LaunchTemplate} reference.
 */
public final class Ec2InstanceRequiresImdsv2 implements Rule {

  private static final String TEMPLATE = "AWS::EC2::LaunchTemplate";

  private static final RuleInfo INFO = RuleInfo.builder("GW_EC2_IMDSV2_REQUIRED")
      .title("EC2 instances and launch templates require IMDSv2")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::EC2::Instance", TEMPLATE, "AWS::AutoScaling::LaunchConfiguration")
      .rationale("IMDSv1 answers any request from the instance, so a server-side request "
          + "forgery bug leaks the instance role's credentials; IMDSv2 needs a session token.")
      .remediation("Set requireImdsv2(true) on the Instance, LaunchTemplate or AutoScalingGroup.")
      .controls("AWS Security Hub CSPM control reference, control EC2.8",
          Control.nist("AC-3"), Control.nist("AC-3(15)"), Control.nist("AC-3(7)"),
          Control.nist("AC-6"), Control.pci("2.2.6"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    switch (resource.type()) {
      case TEMPLATE:
        return tokens(resource.property("LaunchTemplateData").path("MetadataOptions"),
            "Properties.LaunchTemplateData.MetadataOptions.HttpTokens");
      case "AWS::AutoScaling::LaunchConfiguration":
        return tokens(resource.property("MetadataOptions"), "Properties.MetadataOptions.HttpTokens");
      default:
        JsonNode reference = resource.property("LaunchTemplate");
        if (reference.isMissingNode()) {
          return Evaluation.nonCompliant("Properties.LaunchTemplate",
              "instance has no launch template, so IMDSv1 stays enabled");
        }
        Optional<Resource> target = launchTemplate(reference, ctx.template());
        if (target.isEmpty()) {
          return Evaluation.unknown("Properties.LaunchTemplate");
        }
        return tokens(target.get().property("LaunchTemplateData").path("MetadataOptions"),
            "Properties.LaunchTemplate (" + target.get().logicalId() + ")");
    }
  }

  /**
   * The launch template of this template an instance names: by a reference in {@code
   * LaunchTemplateId} or {@code LaunchTemplateName}, by the literal name a launch template of this
   * template declares (CDK writes the name as text), or by the template its {@code Version} reads.
   */
  private static Optional<Resource> launchTemplate(JsonNode reference, StackTemplate template) {
    JsonNode id = reference.has("LaunchTemplateId")
        ? reference.path("LaunchTemplateId") : reference.path("LaunchTemplateName");
    Optional<Resource> target = template.resolve(id)
        .or(() -> Intrinsics.text(reference.path("LaunchTemplateName")).flatMap(name ->
            template.resourcesOfType(TEMPLATE).stream()
                .filter(candidate -> Intrinsics.text(candidate.property("LaunchTemplateName"))
                    .filter(name::equals).isPresent())
                .findFirst()))
        .or(() -> template.resolve(reference.path("Version")));
    return target.filter(resource -> resource.type().equals(TEMPLATE));
  }

  private static Evaluation tokens(JsonNode options, String path) {
    JsonNode tokens = options.path("HttpTokens");
    if (Intrinsics.isIntrinsic(tokens)) {
      return Evaluation.unknown(path);
    }
    if ("disabled".equals(options.path("HttpEndpoint").asText())) {
      return Evaluation.compliant();
    }
    if ("required".equals(tokens.asText())) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path,
        "HttpTokens is " + (tokens.isMissingNode() ? "not set (IMDSv1 allowed)" : tokens.asText()));
  }
}
