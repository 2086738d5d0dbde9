package dev.groundwork.policy.rules.controltower.internal;

import dev.groundwork.policy.Control;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The metadata every Control Tower rule shares: WARNING that escalates (an ERROR in PROD, where
 * a governed account's hook would reject the deployment; a WARNING elsewhere), and a compliance
 * mapping to its control plus the NIST SP 800-53 Rev. 5 and CIS ids AWS's control catalog lists
 * for it.
 */
public final class ControlTowerInfo {

  /** The published source of every Control Tower rule's mapping. */
  public static final String SOURCE = "AWS Control Tower control reference and the control's "
      + "metadata in @cdklabs/cdk-validator-cfnguard (its NIST SP 800-53 Rev. 5 and CIS AWS "
      + "Foundations Benchmark v1.4.0 ids)";

  private ControlTowerInfo() {}

  /**
   * Starts the metadata of rule {@code ruleId}, which mirrors control {@code controlId} (e.g.
   * {@code CT.S3.PR.1}) under the control's own title; {@code evidence} is what AWS maps the
   * control to ({@code Control.nist(..)}, {@code Control.cis(..)}).
   */
  public static RuleInfo.Builder rule(String ruleId, String controlId, String title, Control... evidence) {
    List<Control> controls = new ArrayList<>(List.of(evidence));
    return RuleInfo.builder(ruleId)
        .title(title)
        .severity(Severity.WARNING)
        .escalates()
        .controls(SOURCE, controls, Control.controlTower(controlId));
  }
}
