package ${package};

import static dev.groundwork.testing.GroundworkAssertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.testing.SynthesisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Synthesizes the app once for the whole class, as App's main does (into cdk.out); every test reads
 * that one result, and mvn package's synth goal uses it instead of synthesizing again.
 */
class AppTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.ofMain(App.class);

  @Test
  void hasOneEnvironmentWithConventionallyNamedStacks(SynthesizedApp app) {
    assertThat(app).hasEnvironments("dev");
    assertThat(app).hasStackNamesFollowingConvention("${appName}");
    assertThat(app).environment("dev").stackNames()
        .containsExactlyInAnyOrder("${appName}-dev-data", "${appName}-dev-network");
  }

  @Test
  void documentsBucketIsEncryptedWithTheStacksDataKeyAndRetained(SynthesizedApp app) {
    assertThat(app).stack("${appName}-dev-data").resource("dev/data/Documents/Bucket")
        .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "aws:kms")
        .referencesAt("BucketEncryption", "dev/data/DataKey/Key")
        .isRetained();
  }

  @Test
  void everyTaggableResourceCarriesTheRequiredTags(SynthesizedApp app) {
    assertThat(app).allStacks().taggableResources().isNotEmpty()
        .allHaveTags("environment", "team", "cost-center");
  }

  @Test
  void passesTheBaselinePolicyPack(SynthesizedApp app) {
    assertThat(app).report().hasNoErrors();
  }
}
