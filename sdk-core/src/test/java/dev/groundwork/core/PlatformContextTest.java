package dev.groundwork.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one context value a stage carries decodes to the context it was encoded from. */
class PlatformContextTest {
  @Test
  void aCostCenterKeepsEveryCharacterATagValueMayHave() {
    PlatformContext context = new PlatformContext("orders", "prod", Tier.PROD, AccountId.of("333333333333"),
        Region.of("eu-west-1"), Optional.of(Region.of("eu-central-1"))).withCostCenter("cc/12:34=a+b@c");
    assertThat(PlatformContext.decode(context.encode())).isEqualTo(context);
  }

  @Test
  void withoutACostCenterNoneIsDecoded() {
    PlatformContext context = new PlatformContext("orders", "dev", Tier.DEV, AccountId.of("111111111111"),
        Region.of("eu-west-1"));
    assertThat(PlatformContext.decode(context.encode())).isEqualTo(context);
    assertThat(PlatformContext.decode(context.encode()).costCenter()).isEmpty();
  }

  @Test
  void theRecoveryRegionsContextHasTheSameCostCenter() {
    PlatformContext context = new PlatformContext("orders", "prod", Tier.PROD, AccountId.of("333333333333"),
        Region.of("eu-west-1"), Optional.of(Region.of("eu-central-1"))).withCostCenter("cc-1");
    assertThat(context.inRecoveryRegion().costCenter()).contains("cc-1");
  }
}
