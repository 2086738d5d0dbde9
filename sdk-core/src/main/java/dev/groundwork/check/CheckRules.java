package dev.groundwork.check;

import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;

/** The rule {@code groundwork check} adds to the engine's: templates it was given can be read. */
public final class CheckRules {

  private CheckRules() {}

  /** A template that cannot be read has not been checked; an ERROR with file, line and reason. */
  public static final RuleInfo READABLE = RuleInfo.builder("GW_TEMPLATE_READABLE")
      .title("Every template given to groundwork check can be read")
      .severity(Severity.ERROR)
      .allResourceTypes()
      .rationale("A template that is not valid JSON or YAML, uses a tag CloudFormation does not "
          + "know, repeats a key or is no template at all has not been checked; CloudFormation "
          + "would reject most of these too. The other templates are still checked.")
      .remediation("Fix the template at the line the finding names (cfn-lint or "
          + "'aws cloudformation validate-template' say more), or stop passing the file to the check.")
      .noControls("Governs which templates the check could read, not a cloud resource; no framework control applies.")
      .build();
}
