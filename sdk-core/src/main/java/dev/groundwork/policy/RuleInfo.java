package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a rule is, independent of how it checks: the metadata the reports and {@code
 * docs/rules.md} are generated from.
 *
 * @param id permanent id
 * @param title one line saying what compliant looks like
 * @param severity default severity; packs and options may re-grade it
 * @param resourceTypes CloudFormation types the rule applies to; empty means every resource
 *     (or, with {@code appliesToParameters}, none: the rule sees template parameters instead)
 * @param rationale why the rule exists
 * @param remediation how to fix a finding, in CDK terms where possible
 * @param escalates whether a WARNING becomes an ERROR in tiers that escalate warnings (PROD)
 * @param appliesToParameters whether the rule checks each entry of a template's {@code
 *     Parameters} section (read through {@code RuleContext.parameter()}) instead of resources
 * @param compliance the compliance controls the rule evidences, with their source, or why none
 */
public record RuleInfo(
    RuleId id,
    String title,
    Severity severity,
    Set<String> resourceTypes,
    String rationale,
    String remediation,
    boolean escalates,
    boolean appliesToParameters,
    ControlMapping compliance) {

  /**
   * Base of the documentation links in reports: the catalog of the rules that ran, which is
   * written next to the reports in the cloud assembly, so a link resolves relative to the report
   * that holds it in a user's project (where this repository's {@code docs/} does not exist),
   * offline, and for the Groundwork version actually used.
   */
  public static final String DOCS_PAGE = "groundwork-rules.md";

  /** Validates that every text is present. */
  public RuleInfo {
    checkArgument(id != null, "rule id is required");
    checkArgument(severity != null, "%s: severity is required", id);
    for (String[] field :
        new String[][] {{"title", title}, {"rationale", rationale}, {"remediation", remediation}}) {
      checkArgument(field[1] != null && !field[1].isBlank(), "%s: %s is required", id, field[0]);
    }
    resourceTypes = ImmutableSortedSet.copyOf(resourceTypes);
    compliance = compliance == null ? ControlMapping.UNSTATED : compliance;
    checkArgument(!appliesToParameters || resourceTypes.isEmpty(),
        "%s: a rule applies to template parameters or to resource types, not both", id);
  }

  /** The link to this rule's section of the catalog, e.g. {@code groundwork-rules.md#gw_s3_...}. */
  public String documentation() {
    return DOCS_PAGE + "#" + id.anchor();
  }

  /** Whether the rule applies to every resource type rather than a list. */
  public boolean appliesToAllTypes() {
    return resourceTypes.isEmpty() && !appliesToParameters;
  }

  /** Starts the metadata of rule {@code id}. */
  public static Builder builder(String id) {
    return new Builder(RuleId.of(id));
  }

  /** Builder of {@link RuleInfo}; title, severity, rationale and remediation are required. */
  public static final class Builder {
    private final RuleId id;
    private String title;
    private Severity severity;
    private Set<String> resourceTypes = Set.of();
    private String rationale;
    private String remediation;
    private boolean escalates;
    private boolean allTypes;
    private boolean parameters;
    private ControlMapping compliance = ControlMapping.UNSTATED;

    private Builder(RuleId id) {
      this.id = id;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** The CloudFormation types the rule applies to, e.g. {@code AWS::S3::Bucket}. */
    public Builder resourceTypes(String... types) {
      checkArgument(types.length > 0, "%s: name at least one resource type, or use allResourceTypes()", id);
      this.resourceTypes = Set.of(types);
      return this;
    }

    /** The rule sees every resource (e.g. tags); it decides applicability itself. */
    public Builder allResourceTypes() {
      this.allTypes = true;
      return this;
    }

    /** The rule checks each template parameter (e.g. for secret defaults), not resources. */
    public Builder templateParameters() {
      this.parameters = true;
      return this;
    }

    public Builder rationale(String rationale) {
      this.rationale = rationale;
      return this;
    }

    public Builder remediation(String remediation) {
      this.remediation = remediation;
      return this;
    }

    /** A WARNING of this rule becomes an ERROR in tiers that escalate warnings (PROD). */
    public Builder escalates() {
      this.escalates = true;
      return this;
    }

    /** The controls the rule evidences, as published in {@code source} (see docs/compliance.md). */
    public Builder controls(String source, Control... controls) {
      this.compliance = ControlMapping.of(source, controls);
      return this;
    }

    /**
     * The controls the rule evidences: a set several rules share (see {@code
     * ComplianceSources}) and any of its own, as published in {@code source}.
     */
    public Builder controls(String source, List<Control> common, Control... more) {
      List<Control> all = new ArrayList<>(common);
      all.addAll(List.of(more));
      return controls(source, all.toArray(Control[]::new));
    }

    /** The rule evidences no compliance control, for {@code reason}. */
    public Builder noControls(String reason) {
      this.compliance = ControlMapping.none(reason);
      return this;
    }

    /** The whole mapping at once (used when reading a report back). */
    public Builder compliance(ControlMapping compliance) {
      this.compliance = compliance;
      return this;
    }

    public RuleInfo build() {
      checkState(allTypes || parameters || !resourceTypes.isEmpty(),
          "%s: call resourceTypes(...), allResourceTypes() or templateParameters()", id);
      return new RuleInfo(id, title, severity, resourceTypes, rationale, remediation, escalates,
          parameters, compliance);
    }
  }
}
