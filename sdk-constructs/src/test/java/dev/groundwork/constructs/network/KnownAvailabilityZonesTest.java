package dev.groundwork.constructs.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.Region;
import org.junit.jupiter.api.Test;

class KnownAvailabilityZonesTest {

  @Test
  void knowsTheZonesOfARegionInNameOrder() {
    assertThat(KnownAvailabilityZones.of(Region.of("eu-west-1")))
        .hasValueSatisfying(z -> assertThat(z).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c"));
    assertThat(KnownAvailabilityZones.of(Region.of("us-east-1"))).hasValueSatisfying(z -> assertThat(z).hasSize(6));
  }

  @Test
  void isEmptyForARegionItDoesNotKnow() {
    assertThat(KnownAvailabilityZones.of(Region.of("ap-southeast-9"))).isEmpty();
  }

  @Test
  void everyZoneBelongsToItsRegionAndEveryRegionOffersTwoOrMore() {
    for (String region : KnownAvailabilityZones.regions()) {
      assertThat(KnownAvailabilityZones.of(Region.of(region)).orElseThrow())
          .as(region).hasSizeGreaterThanOrEqualTo(2)
          .allMatch(zone -> zone.matches(region + "[a-z]"));
    }
  }
}
