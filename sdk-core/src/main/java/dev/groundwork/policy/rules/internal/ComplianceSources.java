package dev.groundwork.policy.rules.internal;

/** Wording shared by the compliance mappings of the built-in rules (see docs/compliance.md). */
public final class ComplianceSources {

  /** The reason a rule maps to no control when no consulted mapping has an equivalent check. */
  public static final String NO_PUBLISHED_EQUIVALENT = "None of the published mappings consulted "
      + "(AWS Security Hub CSPM control reference, cdk-nag NIST 800-53 rev 5 pack, AWS Control "
      + "Tower control reference) has an equivalent check; mapping it would be Groundwork's own "
      + "judgement.";

  private ComplianceSources() {}
}
