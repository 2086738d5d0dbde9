package dev.groundwork.benchmarks;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.testing.SynthesisExtension;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A realistic test class of 30 tests (10 checks × 3 environments) on the reference app, run by
 * {@link RunTestClass} in a fresh JVM to measure what a class costs relative to one synthesis.
 * It lives in main sources so this module's own build does not run it.
 */
public class ThirtyTestsOnTheReferenceApp {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> GroundworkReferenceApp.create(Optional.of(outdir)));

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void requiredTagsOnEveryTaggableResource(String env, SynthesizedApp app) {
    assertThat(app).environment(env).taggableResources().isNotEmpty().allHaveTags("environment", "team", "cost-center");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void environmentTagMatches(String env, SynthesizedApp app) {
    assertThat(app).environment(env).taggableResources().allHaveTag("environment", env);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void bucketsRetained(String env, SynthesizedApp app) {
    assertThat(app).environment(env).resourcesOfType("AWS::S3::Bucket").isNotEmpty().areAllRetained();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void keysRetainedAndRotated(String env, SynthesizedApp app) {
    assertThat(app).environment(env).resourcesOfType("AWS::KMS::Key").areAllRetained()
        .allHaveProperty("EnableKeyRotation", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void documentsEncryptedWithTheirKey(String env, SynthesizedApp app) {
    assertThat(app).environment(env).resource(env + "/data/Documents/Bucket")
        .referencesAt("BucketEncryption", env + "/data/DataKey/Key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void documentsVersioned(String env, SynthesizedApp app) {
    assertThat(app).environment(env).resource(env + "/data/Documents/Bucket")
        .hasProperty("VersioningConfiguration.Status", "Enabled");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void publicAccessBlocked(String env, SynthesizedApp app) {
    assertThat(app).environment(env).resourcesOfType("AWS::S3::Bucket")
        .allHaveProperty("PublicAccessBlockConfiguration.RestrictPublicBuckets", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void tlsRequired(String env, SynthesizedApp app) {
    assertThat(app).environment(env).iamStatements().denying("s3:PutObject")
        .withCondition("Bool", "aws:SecureTransport", "false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void openToTheWorldOnlyOnWebPorts(String env, SynthesizedApp app) {
    assertThat(app).environment(env).ingressRules().noneOpenToTheWorldExceptPorts(80, 443);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void stackNamed(String env, SynthesizedApp app) {
    assertThat(app).environment(env).stackNames()
        .contains("orders-" + env + "-data", "orders-" + env + "-network", "orders-" + env + "-services");
  }
}
