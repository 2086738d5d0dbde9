package dev.groundwork.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one {@code groundwork check} is asked to do: the command line's options, or the Maven
 * goal's parameters, as one value.
 *
 * @param paths template files, directories (searched for templates and cloud assemblies) or
 *     cloud assemblies ({@code cdk.out}); at least one
 * @param tier the tier of every environment {@code tiers} does not name (default PROD, the
 *     strictest: escalating warnings are errors and PROD-only rules run)
 * @param tiers tiers by environment name: a cloud assembly's stage, or {@code default} for
 *     templates outside any stage
 * @param rules classes implementing {@link RuleLibraryProvider}, loaded from the check's class path
 * @param packs when present, the only packs turned on, by name (default: the baseline and every
 *     provider's default packs)
 * @param disabled rule ids turned off
 * @param severities re-graded severities by rule id
 * @param suppressions the suppression file, if any ({@link SuppressionFile})
 * @param output where the reports are written
 * @param base the directory report paths are relative to (code scanning resolves SARIF
 *     locations against the repository root, where CI runs the check)
 */
public record CheckRequest(
    List<Path> paths, Tier tier, Map<String, Tier> tiers, List<String> rules,
    Optional<List<String>> packs, Set<String> disabled, Map<String, Severity> severities,
    Optional<Path> suppressions, Path output, Path base) {

  /** Where reports go unless told: {@value}, relative to the working directory. */
  public static final String DEFAULT_OUTPUT = "groundwork-reports";

  public CheckRequest {
    paths = ImmutableList.copyOf(paths);
    tiers = ImmutableMap.copyOf(tiers);
    rules = ImmutableList.copyOf(rules);
    packs = packs.map(ImmutableList::copyOf);
    disabled = ImmutableSet.copyOf(disabled);
    severities = ImmutableMap.copyOf(severities);
  }

  /** The tier of environment {@code environment}. */
  public Tier tierOf(String environment) {
    return tiers.getOrDefault(environment, tier);
  }

  /** Starts a request relative to {@code base} (the working directory), writing to {@value #DEFAULT_OUTPUT} there. */
  public static Builder builder(Path base) {
    return new Builder(base);
  }

  /** Builder of {@link CheckRequest}. */
  public static final class Builder {
    private final Path base;
    private final List<Path> paths = new ArrayList<>();
    private Tier tier = Tier.PROD;
    private final Map<String, Tier> tiers = new LinkedHashMap<>();
    private final List<String> rules = new ArrayList<>();
    private List<String> packs;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Path suppressions;
    private Path output;

    private Builder(Path base) {
      this.base = base.toAbsolutePath().normalize();
    }

    /** Adds a template file, directory or cloud assembly, relative to the base. */
    public Builder path(Path path) {
      paths.add(base.resolve(path).normalize());
      return this;
    }

    /** The tier of environments not named with {@link #tier(String, Tier)}. */
    public Builder tier(Tier tier) {
      this.tier = tier;
      return this;
    }

    /** The tier of one environment. */
    public Builder tier(String environment, Tier tier) {
      tiers.put(environment, tier);
      return this;
    }

    /** A {@link RuleLibraryProvider} class to load. */
    public Builder rules(String providerClass) {
      rules.add(providerClass);
      return this;
    }

    /** Turns on only the named packs (this one and any other named). */
    public Builder pack(String name) {
      if (packs == null) {
        packs = new ArrayList<>();
      }
      packs.add(name);
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(String ruleId) {
      disabled.add(ruleId);
      return this;
    }

    /** Re-grades a rule. */
    public Builder regrade(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      return this;
    }

    /** The suppression file, relative to the base. */
    public Builder suppressions(Path file) {
      suppressions = base.resolve(file).normalize();
      return this;
    }

    /** Where reports are written, relative to the base. */
    public Builder output(Path directory) {
      output = base.resolve(directory).normalize();
      return this;
    }

    public CheckRequest build() {
      return new CheckRequest(paths, tier, tiers, rules, Optional.ofNullable(packs), disabled, severities,
          Optional.ofNullable(suppressions), output != null ? output : base.resolve(DEFAULT_OUTPUT), base);
    }
  }
}
