package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * Which compliance controls a rule evidences and where that mapping comes from, or why the rule
 * maps to none. Shown in {@code docs/rules.md}, {@code docs/compliance.md}, SARIF rule tags and
 * the JSON report, so an auditor can read which controls a passing app meets.
 *
 * @param controls the controls, sorted; empty exactly when {@code unmappedReason} is given
 * @param source the published mapping the controls were taken from; empty when unmapped
 * @param unmappedReason why the rule maps to no control; empty when mapped
 */
public record ControlMapping(Set<Control> controls, String source, String unmappedReason) {

  /** A rule written without a mapping (e.g. a user's own rule): no controls, nothing claimed. */
  public static final ControlMapping UNSTATED = new ControlMapping(Set.of(), "", "");

  public ControlMapping {
    controls = ImmutableSortedSet.copyOf(controls);
    source = source == null ? "" : source;
    unmappedReason = unmappedReason == null ? "" : unmappedReason;
    checkArgument(controls.isEmpty() == source.isBlank(),
        "a control mapping names its source exactly when it lists controls");
    checkArgument(controls.isEmpty() || unmappedReason.isBlank(),
        "a rule maps to controls or says why it maps to none, not both");
  }

  /** Controls taken from {@code source}. */
  public static ControlMapping of(String source, Control... controls) {
    checkArgument(controls.length > 0, "list at least one control, or use none(reason)");
    checkArgument(source != null && !source.isBlank(), "name the source of the mapping");
    return new ControlMapping(Set.of(controls), source, "");
  }

  /** No control, for the stated reason. */
  public static ControlMapping none(String reason) {
    checkArgument(reason != null && !reason.isBlank(), "say why the rule maps to no control");
    return new ControlMapping(Set.of(), "", reason);
  }

  /** Whether the rule says anything about controls (a mapping or a reason for none). */
  public boolean isStated() {
    return !controls.isEmpty() || !unmappedReason.isBlank();
  }
}
