package dev.groundwork.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pins every per-tier default (the table in DESIGN.md). Adding a default without writing its
 * value down here fails: the record's component count is checked too.
 */
class TierDefaultsTest {

  @Test
  void listsEveryDefaultOfEveryTier() {
    assertThat(TierDefaults.class.getRecordComponents()).hasSize(7);
    assertThat(Tier.DEV.defaults())
        .isEqualTo(new TierDefaults(2, NatGateways.ONE, false, 1, 30, false, false));
    assertThat(Tier.STAGING.defaults())
        .isEqualTo(new TierDefaults(2, NatGateways.ONE_PER_AZ, true, 7, 90, true, false));
    assertThat(Tier.PROD.defaults())
        .isEqualTo(new TierDefaults(3, NatGateways.ONE_PER_AZ, true, 35, 365, true, true));
  }

  @Test
  void countsNatGatewaysPerPlacement() {
    assertThat(NatGateways.ONE.count(3)).isEqualTo(1);
    assertThat(NatGateways.ONE_PER_AZ.count(3)).isEqualTo(3);
  }
}
