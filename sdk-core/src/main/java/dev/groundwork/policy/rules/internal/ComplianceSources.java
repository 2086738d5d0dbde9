package dev.groundwork.policy.rules.internal;

import dev.groundwork.policy.Control;
import java.util.List;

/** Wording shared by the compliance mappings of the built-in rules (see docs/compliance.md). */
public final class ComplianceSources {

  /** The reason a rule maps to no control when no consulted mapping has an equivalent check. */
  public static final String NO_PUBLISHED_EQUIVALENT = "None of the published mappings consulted "
      + "(AWS Security Hub CSPM control reference, cdk-nag NIST 800-53 rev 5 pack, AWS Control "
      + "Tower control reference) has an equivalent check; mapping it would be Groundwork's own "
      + "judgement.";

  /** NIST SP 800-53 Rev. 5 ids Security Hub lists for its TLS controls ELB.1, ELB.3 and S3.5. */
  public static final List<Control> DATA_IN_TRANSIT = List.of(
      Control.nist("AC-17(2)"),
      Control.nist("AC-4"),
      Control.nist("IA-5(1)"),
      Control.nist("SC-12(3)"),
      Control.nist("SC-13"),
      Control.nist("SC-23"),
      Control.nist("SC-23(3)"),
      Control.nist("SC-7(4)"),
      Control.nist("SC-8"),
      Control.nist("SC-8(1)"),
      Control.nist("SC-8(2)"),
      Control.nist("SI-7(6)"));

  /** NIST SP 800-53 Rev. 5 ids Security Hub lists for its S3 public-access controls S3.2, S3.3 and S3.8. */
  public static final List<Control> PUBLIC_ACCESS = List.of(
      Control.nist("AC-21"),
      Control.nist("AC-3"),
      Control.nist("AC-3(7)"),
      Control.nist("AC-4"),
      Control.nist("AC-4(21)"),
      Control.nist("AC-6"),
      Control.nist("SC-7"),
      Control.nist("SC-7(11)"),
      Control.nist("SC-7(16)"),
      Control.nist("SC-7(20)"),
      Control.nist("SC-7(21)"),
      Control.nist("SC-7(3)"),
      Control.nist("SC-7(4)"),
      Control.nist("SC-7(9)"));

  /** NIST SP 800-53 Rev. 5 ids Security Hub lists for its at-rest encryption controls EC2.3, RDS.3 and SNS.1. */
  public static final List<Control> ENCRYPTION_AT_REST = List.of(
      Control.nist("CA-9(1)"),
      Control.nist("CM-3(6)"),
      Control.nist("SC-13"),
      Control.nist("SC-28"),
      Control.nist("SC-28(1)"),
      Control.nist("SC-7(10)"),
      Control.nist("SI-7(6)"));

  /** NIST SP 800-53 Rev. 5 ids Security Hub lists for its logging controls ELB.5 and ECS.9. */
  public static final List<Control> ACTIVITY_LOGGING = List.of(
      Control.nist("AC-4(26)"),
      Control.nist("AU-10"),
      Control.nist("AU-12"),
      Control.nist("AU-2"),
      Control.nist("AU-3"),
      Control.nist("AU-6(3)"),
      Control.nist("AU-6(4)"),
      Control.nist("CA-7"),
      Control.nist("SC-7(9)"),
      Control.nist("SI-7(8)"));

  /** NIST SP 800-53 Rev. 5 ids Security Hub lists for its container controls ECS.4 and ECS.5. */
  public static final List<Control> CONTAINER_LEAST_PRIVILEGE = List.of(
      Control.nist("AC-2(1)"),
      Control.nist("AC-3"),
      Control.nist("AC-3(15)"),
      Control.nist("AC-3(7)"),
      Control.nist("AC-5"),
      Control.nist("AC-6"));

  /** NIST SP 800-53 Rev. 5 ids cdk-nag's NIST pack lists for its KMS at-rest rules (log groups, secrets). */
  public static final List<Control> KMS_AT_REST = List.of(
      Control.nist("AU-9(3)"),
      Control.nist("SC-8(3)"),
      Control.nist("SC-8(4)"),
      Control.nist("SC-28(1)"),
      Control.nist("SI-19(4)"));

  private ComplianceSources() {}
}
