package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run and how severe they are: packs, the user's own rules, rules turned off and
 * re-graded severities. {@link #defaults()} changes nothing: the packs of the engine's {@link
 * RuleLibrary} (Groundwork's baseline pack, in a {@code PlatformApp}) run as they are.
 *
 * <p>A shared organisation pack enters the way the baseline does: {@link Builder#registerRules}
 * makes its rules known and {@link Builder#addPack} turns on the ones the pack names.
 *
 * @param packs when present, the packs turned on instead of the library's default packs
 *     (default: empty, the library's packs)
 * @param addedPacks packs turned on in addition (default: none)
 * @param registeredRules rules known to the engine besides the library's, on only when a pack
 *     names them (default: none)
 * @param rules the user's own rules; each is turned on, and one with the id of a registered
 *     rule replaces it
 * @param disabled rule ids turned off, whichever pack turned them on
 * @param severityOverrides severities that win over the rule's and the packs'
 * @param suppressions suppressions by construct path, for constructs the code cannot reach
 *     (prefer {@code Suppressions.of(construct)} where it can)
 */
public record PolicyOptions(
    Optional<List<RulePack>> packs, List<RulePack> addedPacks, List<Rule> registeredRules, List<Rule> rules,
    Set<RuleId> disabled, Map<RuleId, Severity> severityOverrides, List<Suppression> suppressions) {

  public PolicyOptions {
    packs = packs.map(ImmutableList::copyOf);
    addedPacks = ImmutableList.copyOf(addedPacks);
    registeredRules = ImmutableList.copyOf(registeredRules);
    rules = ImmutableList.copyOf(rules);
    disabled = ImmutableSet.copyOf(disabled);
    severityOverrides = ImmutableMap.copyOf(severityOverrides);
    suppressions = ImmutableList.copyOf(suppressions);
  }

  /** The library's packs as they are, nothing else. */
  public static PolicyOptions defaults() {
    return builder().build();
  }

  /** Starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The packs these options turn on, given the library's default packs: {@link #packs()} when
   * set, else the defaults, then {@link #addedPacks()}.
   */
  public List<RulePack> packsOn(List<RulePack> libraryPacks) {
    List<RulePack> on = new ArrayList<>(packs.orElse(libraryPacks));
    on.addAll(addedPacks);
    return on;
  }

  /** Builder of {@link PolicyOptions}. */
  public static final class Builder {
    private Optional<List<RulePack>> packs = Optional.empty();
    private final List<RulePack> added = new ArrayList<>();
    private final List<Rule> registered = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Set<RuleId> disabled = new LinkedHashSet<>();
    private final Map<RuleId, Severity> overrides = new LinkedHashMap<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder() {}

    /**
     * Replaces the packs: the library's default packs (the baseline) and any added so far are
     * off unless listed.
     */
    public Builder packs(RulePack... packs) {
      this.packs = Optional.of(List.of(packs));
      added.clear();
      return this;
    }

    /** Adds a pack to those already on. */
    public Builder addPack(RulePack pack) {
      added.add(pack);
      return this;
    }

    /**
     * Makes rules known without turning them on: a pack names the ones to run (this is how the
     * baseline rules and a shared organisation pack's rules enter).
     */
    public Builder registerRules(Rule... rules) {
      return registerRules(List.of(rules));
    }

    /** As {@link #registerRules(Rule...)}. */
    public Builder registerRules(List<Rule> rules) {
      registered.addAll(rules);
      return this;
    }

    /** Adds and turns on the user's own rules. */
    public Builder addRules(Rule... rules) {
      this.rules.addAll(List.of(rules));
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(String ruleId) {
      disabled.add(RuleId.of(ruleId));
      return this;
    }

    /** Changes a rule's severity everywhere. */
    public Builder regrade(String ruleId, Severity severity) {
      checkArgument(severity != null, "severity is required for %s", ruleId);
      overrides.put(RuleId.of(ruleId), severity);
      return this;
    }

    /**
     * Suppresses {@code ruleId} on the construct at {@code constructPath} (e.g. {@code
     * prod/data/Vendor/Bucket}) and everything under it, because {@code reason}. A resource is
     * also named {@code <stack name>/<logical id>}, which is how a template without construct
     * paths (one not written by CDK) is addressed.
     */
    public Builder suppress(String constructPath, String ruleId, String reason) {
      suppressions.add(new Suppression(RuleId.of(ruleId), reason, Optional.empty(), constructPath));
      return this;
    }

    /** As {@link #suppress(String, String, String)}, until {@code until} (inclusive). */
    public Builder suppress(String constructPath, String ruleId, String reason, LocalDate until) {
      suppressions.add(new Suppression(RuleId.of(ruleId), reason, Optional.of(until), constructPath));
      return this;
    }

    public PolicyOptions build() {
      return new PolicyOptions(packs, added, registered, rules, disabled, overrides, suppressions);
    }
  }
}
