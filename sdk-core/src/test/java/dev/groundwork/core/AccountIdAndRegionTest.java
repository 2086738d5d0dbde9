package dev.groundwork.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdAndRegionTest {

  @Test
  void keepsLeadingZerosOfAnAccount() {
    assertThat(AccountId.of("012345678901").value()).isEqualTo("012345678901");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678901", "1234567890123", "12345678901a"})
  void rejectsAccountsThatAreNot12Digits(String account) {
    assertThatThrownBy(() -> AccountId.of(account))
        .isInstanceOf(GroundworkValidationException.class)
        .hasMessageContaining("[ACCOUNT_ID_FORMAT]").hasMessageContaining("'" + account + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eu-west-1", "us-east-2", "ap-southeast-4", "us-gov-west-1", "cn-north-1", "il-central-1"})
  void acceptsRegionCodes(String region) {
    assertThat(Region.of(region).value()).isEqualTo(region);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eu-west1", "EU-WEST-1", "euwest-1", "eu-west-", "europe-west-1"})
  void rejectsMalformedRegions(String region) {
    assertThatThrownBy(() -> Region.of(region))
        .isInstanceOf(GroundworkValidationException.class)
        .hasMessageContaining("[REGION_FORMAT]").hasMessageContaining("'" + region + "'");
  }
}
