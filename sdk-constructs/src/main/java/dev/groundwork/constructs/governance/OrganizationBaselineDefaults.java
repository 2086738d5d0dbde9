package dev.groundwork.constructs.governance;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Tier;

/**
 * Resolves every setting of an {@link OrganizationBaseline}, in one place. The accounts' baselines
 * take the tier of the props (PROD unless told), not the tier of the environment deploying the
 * stack set, so these settings are the same in every column of the defaults table.
 */
final class OrganizationBaselineDefaults {
  /** The accounts of an organisation are production unless the props say otherwise. */
  static final Tier ACCOUNTS_TIER = Tier.PROD;
  /** A PROD baseline outlives its stack set and the accounts' membership of the units. */
  static final ByTier<Boolean> RETAIN = ByTier.of(false, false, true);

  private OrganizationBaselineDefaults() {}

  static OrganizationBaselineSettings resolve(OrganizationBaselineProps props, PlatformContext context) {
    Tier tier = props.tier().orElse(ACCOUNTS_TIER);
    return new OrganizationBaselineSettings(
        tier,
        RETAIN.get(tier),
        props.stackSetName().orElse(context.app() + "-account-baseline"),
        props.accountWideRegion().orElse(props.regions().isEmpty() ? "" : props.regions().get(0)),
        props.delegatedAdministrator() ? "DELEGATED_ADMIN" : "SELF",
        props.parallelRegions() ? "PARALLEL" : "SEQUENTIAL");
  }
}
