package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SynthesizedAppTest {
  private static final SynthesizedApp APP = Fixtures.assembly();

  @Nested
  class ReadFromAnAssembly {
    @Test
    void nestedAssembliesBecomeEnvironments() {
      assertThat(APP.environments()).containsExactly("dev", "prod");
      assertThat(APP.stacks()).extracting(StackTemplate::stackName).containsExactly("orders-dev-data", "orders-prod-data");
      assertThat(APP).hasEnvironments("dev", "prod").hasStackNamesFollowingConvention("orders");
    }

    @Test
    void constructPathsComeFromTheMetadataFileWhenTemplatesLackThem() {
      assertThat(APP).stack("orders-prod-data").resource("prod/data/Documents/Bucket")
          .hasConstructPath("prod/data/Documents/Bucket/Resource");
    }

    @Test
    void environmentGroupsOnlyItsStacks() {
      assertThat(APP).environment("prod").hasResourceCount("AWS::S3::Bucket", 1);
      assertThat(APP).allStacks().hasResourceCount("AWS::S3::Bucket", 2)
          .resourcesOfType("AWS::S3::Bucket").areAllRetained();
    }
  }

  @Nested
  class Failures {
    @Test
    void unknownEnvironmentNamesTheOnesThatExist() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(APP).environment("staging"))
          .withMessageContaining("Expected an environment 'staging' but the app has [dev, prod]");
      assertThatIllegalArgumentException().isThrownBy(() -> APP.environment("staging"))
          .withMessageContaining("it has [dev, prod]");
    }

    @Test
    void unknownStackNamesTheOnesThatExist() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(APP).stack("orders-prod-network"))
          .withMessageContaining("but the app has [orders-dev-data, orders-prod-data]");
    }

    @Test
    void stackNamesOutsideTheConventionAreListedWithTheirEnvironment() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(APP).hasStackNamesFollowingConvention("billing"))
          .withMessageContaining("named billing-<environment>-<purpose>")
          .withMessageContaining("orders-dev-data (environment dev)");
    }

    @Test
    void wrongEnvironmentOrderFails() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(APP).hasEnvironments("prod", "dev"))
          .withMessageContaining("Expected environments [prod, dev] but found [dev, prod]");
    }
  }
}
