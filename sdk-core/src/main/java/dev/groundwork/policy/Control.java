package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * One control of a compliance framework that a rule evidences, e.g. NIST SP 800-53 Rev. 5 {@code
 * SC-8}. The id is validated against its framework's id format here, so a mistyped id never
 * reaches a report.
 *
 * @param framework the framework the id belongs to
 * @param id the control's id in that framework's own notation
 */
public record Control(Framework framework, String id) implements Comparable<Control> {

  /** The frameworks Groundwork maps its rules to, each with the shape of its control ids. */
  public enum Framework {
    /** NIST SP 800-53 Revision 5: a family, a number and an optional enhancement, e.g. {@code AC-6(9)}. */
    NIST_800_53_R5("NIST SP 800-53 Rev. 5", "nist-800-53-r5", "[A-Z]{2}-\\d{1,2}(\\(\\d{1,2}\\))?"),
    /** PCI DSS v4.0 (and its limited revision v4.0.1, same numbering): e.g. {@code 1.4.4}. */
    PCI_DSS_4_0("PCI DSS v4.0", "pci-dss-4.0", "(A\\d\\.)?\\d{1,2}(\\.\\d{1,2}){1,3}"),
    /** CIS Amazon Web Services Foundations Benchmark v1.4.0: a section recommendation, e.g. {@code 2.1.5}. */
    CIS_AWS_FOUNDATIONS_1_4("CIS AWS Foundations Benchmark v1.4.0", "cis-aws-foundations-1.4.0",
        "\\d{1,2}\\.\\d{1,2}(\\.\\d{1,2})?"),
    /** AWS Control Tower proactive controls: e.g. {@code CT.CLOUDWATCH.PR.2}. */
    AWS_CONTROL_TOWER("AWS Control Tower proactive control", "aws-control-tower", "CT\\.[A-Z0-9]+\\.PR\\.\\d{1,3}");

    private final String title;
    private final String tagPrefix;
    private final Pattern idFormat;

    Framework(String title, String tagPrefix, String idFormat) {
      this.title = title;
      this.tagPrefix = tagPrefix;
      this.idFormat = Pattern.compile(idFormat);
    }

    /** The framework's name as people write it, e.g. "NIST SP 800-53 Rev. 5". */
    public String title() {
      return title;
    }

    /** The prefix of this framework's tags in SARIF, e.g. {@code nist-800-53-r5}. */
    public String tagPrefix() {
      return tagPrefix;
    }

    /** The regular expression every id of this framework matches. */
    public Pattern idFormat() {
      return idFormat;
    }
  }

  /** Validates the id against its framework's format. */
  public Control {
    checkNotNull(framework, "framework");
    checkArgument(id != null && framework.idFormat().matcher(id).matches(),
        "%s control id must match %s, got '%s'", framework.title(), framework.idFormat(), id);
  }

  /** A NIST SP 800-53 Rev. 5 control, e.g. {@code nist("SC-8(1)")}. */
  public static Control nist(String id) {
    return new Control(Framework.NIST_800_53_R5, id);
  }

  /** A PCI DSS v4.0 requirement, e.g. {@code pci("4.2.1")}. */
  public static Control pci(String id) {
    return new Control(Framework.PCI_DSS_4_0, id);
  }

  /** A CIS AWS Foundations Benchmark v1.4.0 recommendation, e.g. {@code cis("2.1.5")}. */
  public static Control cis(String id) {
    return new Control(Framework.CIS_AWS_FOUNDATIONS_1_4, id);
  }

  /** An AWS Control Tower proactive control, e.g. {@code controlTower("CT.CLOUDWATCH.PR.1")}. */
  public static Control controlTower(String id) {
    return new Control(Framework.AWS_CONTROL_TOWER, id);
  }

  /** The SARIF tag of this control, e.g. {@code nist-800-53-r5/SC-8}. */
  public String tag() {
    return framework.tagPrefix() + "/" + id;
  }

  /** Reads a control back from its {@link #tag()}. */
  public static Control fromTag(String tag) {
    int slash = tag.indexOf('/');
    checkArgument(slash > 0, "not a control tag: '%s'", tag);
    String prefix = tag.substring(0, slash);
    for (Framework framework : Framework.values()) {
      if (framework.tagPrefix().equals(prefix)) {
        return new Control(framework, tag.substring(slash + 1));
      }
    }
    throw new IllegalArgumentException("unknown compliance framework in control tag '" + tag + "'");
  }

  /** By framework, then id. */
  @Override
  public int compareTo(Control other) {
    int byFramework = framework.compareTo(other.framework);
    return byFramework != 0 ? byFramework : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return tag();
  }
}
