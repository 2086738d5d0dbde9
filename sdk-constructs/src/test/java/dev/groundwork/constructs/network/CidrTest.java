package dev.groundwork.constructs.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.core.GroundworkValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @Test
  void parsesAndPrintsABlock() {
    Cidr cidr = Cidr.of("10.20.0.0/16");
    assertThat(cidr.toString()).isEqualTo("10.20.0.0/16");
    assertThat(cidr.prefixLength()).isEqualTo(16);
    assertThat(cidr.size()).isEqualTo(65_536);
    assertThat(cidr).isEqualTo(Cidr.of("10.20.0.0/16")).hasSameHashCodeAs(Cidr.of("10.20.0.0/16"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/16", "172.16.0.0/12", "172.31.255.0/24", "192.168.10.0/24"})
  void recognisesPrivateRanges(String block) {
    assertThat(Cidr.of(block).isPrivate()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"11.0.0.0/16", "172.32.0.0/16", "192.169.0.0/16", "0.0.0.0/0", "10.0.0.0/7"})
  void recognisesPublicRanges(String block) {
    assertThat(Cidr.of(block).isPrivate()).isFalse();
  }

  @Test
  void detectsOverlapInBothDirections() {
    assertThat(Cidr.of("10.0.0.0/16").overlaps(Cidr.of("10.0.128.0/24"))).isTrue();
    assertThat(Cidr.of("10.0.128.0/24").overlaps(Cidr.of("10.0.0.0/16"))).isTrue();
    assertThat(Cidr.of("10.0.0.0/16").overlaps(Cidr.of("10.1.0.0/16"))).isFalse();
    assertThat(Cidr.ANY_IPV4.overlaps(Cidr.of("10.1.0.0/16"))).isTrue();
    assertThat(Cidr.of("0.0.0.0/0").isAnyIpv4()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0", "10.0.0/16", "256.0.0.0/16", "10.0.0.0/33", "ten/8", "10.0.1.0/16"})
  void rejectsMalformedBlocksNamingTheProperty(String block) {
    assertThatThrownBy(() -> Cidr.of(block))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CIDR_FORMAT"))
        .hasMessageContaining("cidr must be")
        .hasMessageContaining(block);
  }

  @Test
  void suggestsTheNetworkAddressWhenHostBitsAreSet() {
    assertThatThrownBy(() -> Cidr.of("10.0.1.0/16")).hasMessageContaining("10.0.0.0/16");
  }
}
