package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.Tier;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;

/** Every resolved deployment default, per tier: a new setting without a written default breaks it. */
class DeploymentDefaultsTest {
  @Test
  void resolvesTheDocumentedDefaultsOfEveryTier() {
    DeploymentOptions none = DeploymentOptions.builder().build();
    Map<Tier, String> expected = Map.of(
        Tier.DEV, "ROLLING bake 0 shift Optional.empty step 5 test Optional.empty from []",
        Tier.STAGING, "CANARY bake 5 shift Optional[10.0] step 5 test Optional.empty from []",
        Tier.PROD, "CANARY bake 15 shift Optional[10.0] step 5 test Optional.empty from []");
    for (Tier tier : Tier.values()) {
      DeploymentSettings d = WebServiceDefaults.deployment(none, tier);
      assertThat(d.strategy() + " bake " + d.bakeTimeMinutes() + " shift " + d.trafficShiftPercent()
          + " step " + d.stepMinutes() + " test " + d.testListenerPort() + " from " + d.testListenerClients())
          .as("%s", tier).isEqualTo(expected.get(tier));
      assertThat(d.alarms()).isEmpty();
    }
    assertThat(DeploymentSettings.class.getRecordComponents()).hasSize(7);
  }

  @Test
  void linearStepsTwentyPercentByDefault() {
    DeploymentSettings linear = WebServiceDefaults.deployment(
        DeploymentOptions.builder().strategy(DeploymentStrategy.LINEAR).build(), Tier.PROD);
    assertThat(linear.trafficShiftPercent()).isEqualTo(Optional.of(20.0));
    assertThat(linear.shiftsTraffic()).isTrue();
  }
}
