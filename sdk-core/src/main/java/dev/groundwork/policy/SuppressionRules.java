package dev.groundwork.policy;

import java.util.List;

/** The engine's own rules about suppressions; they are always on and evaluated once per run. */
public final class SuppressionRules {

  private static final String SUPPRESSIONS_ARE_NOT_CONTROLS = "Governs Groundwork's own "
      + "suppressions, not a cloud resource; no framework control applies.";

  private SuppressionRules() {}

  /** A suppression past its date is an ERROR, so deviations are revisited. */
  public static final RuleInfo EXPIRED = RuleInfo.builder("GW_POLICY_SUPPRESSION_EXPIRED")
      .title("Suppressions are renewed or removed before they expire")
      .severity(Severity.ERROR)
      .allResourceTypes()
      .rationale("A suppression with a date was accepted for a limited time; after it, the "
          + "deviation must be reviewed again instead of silently living on.")
      .remediation("Fix the finding and remove the suppression, or renew it with a new date "
          + "and a current reason: Suppressions.of(construct).add(ruleId, reason, newDate).")
      .noControls(SUPPRESSIONS_ARE_NOT_CONTROLS)
      .build();

  /** A suppression that matched no finding is reported so stale ones get cleaned up. */
  public static final RuleInfo UNUSED = RuleInfo.builder("GW_POLICY_SUPPRESSION_UNUSED")
      .title("Suppressions match at least one finding")
      .severity(Severity.INFO)
      .allResourceTypes()
      .rationale("A suppression that silences nothing is noise, and may hide a future finding "
          + "nobody reviewed.")
      .remediation("Remove the suppression, or move it to the construct that has the finding.")
      .noControls(SUPPRESSIONS_ARE_NOT_CONTROLS)
      .build();

  /** Hand-written suppression metadata that cannot be read fails loudly. */
  public static final RuleInfo INVALID = RuleInfo.builder("GW_POLICY_SUPPRESSION_INVALID")
      .title("Suppression metadata is well formed")
      .severity(Severity.ERROR)
      .allResourceTypes()
      .rationale("Suppression metadata written by hand (not with Suppressions.of) that lacks a "
          + "rule id or reason, or has a malformed date, must not silence anything.")
      .remediation("Add suppressions with Suppressions.of(construct).add(ruleId, reason[, until]) "
          + "instead of writing the groundwork:suppressions metadata by hand.")
      .noControls(SUPPRESSIONS_ARE_NOT_CONTROLS)
      .build();

  /** The three rules, by id. */
  public static List<RuleInfo> all() {
    return List.of(EXPIRED, INVALID, UNUSED);
  }
}
