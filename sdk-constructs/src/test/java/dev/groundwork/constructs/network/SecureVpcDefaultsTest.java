package dev.groundwork.constructs.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.constructs.RootConstruct;

/**
 * Pins every resolved default of {@link SecureVpc} per tier. A new setting changes the record,
 * so this test stops compiling or fails until its defaults are written down here.
 */
class SecureVpcDefaultsTest {
  private static final SecureVpcProps MINIMAL = SecureVpcProps.of(Cidr.of("10.0.0.0/16"));

  @Test
  void dev() {
    assertThat(resolve(Tier.DEV)).isEqualTo(new SecureVpcSettings(
        List.of("eu-west-1a", "eu-west-1b"), 1, 19, Set.of(), 30, true, false));
  }

  @Test
  void staging() {
    assertThat(resolve(Tier.STAGING)).isEqualTo(new SecureVpcSettings(
        List.of("eu-west-1a", "eu-west-1b"), 2, 19, EnumSet.allOf(InterfaceEndpoint.class), 90,
        true, false));
  }

  @Test
  void prod() {
    assertThat(resolve(Tier.PROD)).isEqualTo(new SecureVpcSettings(
        List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), 3, 20,
        EnumSet.allOf(InterfaceEndpoint.class), 365, true, false));
  }

  @Test
  void subnetsShrinkWithTheBlock() {
    assertThat(SecureVpcDefaults.defaultSubnetPrefix(Cidr.of("10.0.0.0/24"), 2)).isEqualTo(27);
    assertThat(SecureVpcDefaults.defaultSubnetPrefix(Cidr.of("10.0.0.0/24"), 3)).isEqualTo(28);
    assertThat(SecureVpcDefaults.defaultSubnetPrefix(Cidr.of("10.0.0.0/20"), 3)).isEqualTo(24);
  }

  private static SecureVpcSettings resolve(Tier tier) {
    PlatformContext context = new PlatformContext("app", "env", tier, AccountId.of("123456789012"),
        Region.of("eu-west-1"));
    Problems problems = Problems.of("SecureVpc", new RootConstruct("test"));
    SecureVpcSettings settings = SecureVpcDefaults.resolve(MINIMAL, context, problems);
    assertThat(problems.isEmpty()).isTrue();
    return settings;
  }
}
