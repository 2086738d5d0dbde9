package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named set of rules, as data: rule ids and severity overrides. Rules don't know their packs.
 *
 * @param name the pack's name, shown in reports
 * @param ruleIds the rules the pack turns on
 * @param severityOverrides re-graded severities of some of those rules
 */
public record RulePack(String name, List<RuleId> ruleIds, Map<RuleId, Severity> severityOverrides) {

  public RulePack {
    checkArgument(name != null && !name.isBlank(), "pack name is required");
    ruleIds = ImmutableList.copyOf(ruleIds);
    severityOverrides = ImmutableMap.copyOf(severityOverrides);
    for (RuleId id : severityOverrides.keySet()) {
      checkArgument(ruleIds.contains(id),
          "pack '%s' re-grades %s, which it does not contain", name, id);
    }
  }

  /** Starts a pack named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Starts a pack named {@code name} holding every rule of {@code base}, to adjust. */
  public static Builder basedOn(String name, RulePack base) {
    Builder builder = new Builder(name);
    builder.ids.addAll(base.ruleIds);
    builder.overrides.putAll(base.severityOverrides);
    return builder;
  }

  /** Builder of {@link RulePack}. */
  public static final class Builder {
    private final String name;
    private final List<RuleId> ids = new ArrayList<>();
    private final Map<RuleId, Severity> overrides = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Adds rules by id. */
    public Builder add(String... ruleIds) {
      Arrays.stream(ruleIds).map(RuleId::of).filter(id -> !ids.contains(id)).forEach(ids::add);
      return this;
    }

    /** Adds the rules {@code rules}. */
    public Builder add(Rule... rules) {
      Arrays.stream(rules).map(r -> r.info().id()).filter(id -> !ids.contains(id)).forEach(ids::add);
      return this;
    }

    /** Removes a rule (and its override). */
    public Builder remove(String ruleId) {
      RuleId id = RuleId.of(ruleId);
      checkArgument(ids.remove(id), "pack '%s' has no rule %s to remove", name, id);
      overrides.remove(id);
      return this;
    }

    /** Changes the severity of a rule of this pack. */
    public Builder regrade(String ruleId, Severity severity) {
      overrides.put(RuleId.of(ruleId), severity);
      return this;
    }

    public RulePack build() {
      return new RulePack(name, ids, overrides);
    }
  }
}
