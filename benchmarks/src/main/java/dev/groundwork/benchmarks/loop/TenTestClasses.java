package dev.groundwork.benchmarks.loop;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.benchmarks.GroundworkReferenceApp;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A module's worth of test classes on one app, as a project grows them: ten classes, each
 * registering the one extension declared in {@link #SHARED}, so the run synthesizes once. Run by
 * {@code RunTestClass} with {@link #CLASSES}; in main sources so this module's build does not run them.
 */
public final class TenTestClasses {
  /**
   * The one synthesis of the reference app the ten classes share: its main's, which stands for the
   * synth goal's when {@link SynthGoalRun} ran {@code share-synth} first.
   */
  public static final SynthesisExtension SHARED = SynthesisExtension.ofMain(GroundworkReferenceApp.class);

  /** The ten classes, in the order a build would run them. */
  public static final List<Class<?>> CLASSES = List.of(Tags.class, Buckets.class, Keys.class, Documents.class,
      PublicAccess.class, Tls.class, Ingress.class, Environments.class, Policy.class, StackNames.class);

  private TenTestClasses() {}

  public static class Tags {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void requiredTagsOnEveryTaggableResource(SynthesizedApp app) {
      assertThat(app).allStacks().taggableResources().isNotEmpty().allHaveTags("environment", "team", "cost-center");
    }

    @Test
    void environmentTagMatches(SynthesizedApp app) {
      for (String env : List.of("dev", "staging", "prod")) {
        assertThat(app).environment(env).taggableResources().allHaveTag("environment", env);
      }
    }
  }

  public static class Buckets {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void retained(SynthesizedApp app) {
      assertThat(app).allStacks().resourcesOfType("AWS::S3::Bucket").isNotEmpty().areAllRetained();
    }
  }

  public static class Keys {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void retainedAndRotated(SynthesizedApp app) {
      assertThat(app).allStacks().resourcesOfType("AWS::KMS::Key").areAllRetained()
          .allHaveProperty("EnableKeyRotation", true);
    }
  }

  public static class Documents {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void encryptedWithTheirKeyAndVersioned(SynthesizedApp app) {
      for (String env : List.of("dev", "staging", "prod")) {
        assertThat(app).environment(env).resource(env + "/data/Documents/Bucket")
            .referencesAt("BucketEncryption", env + "/data/DataKey/Key")
            .hasProperty("VersioningConfiguration.Status", "Enabled");
      }
    }
  }

  public static class PublicAccess {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void blocked(SynthesizedApp app) {
      assertThat(app).allStacks().resourcesOfType("AWS::S3::Bucket")
          .allHaveProperty("PublicAccessBlockConfiguration.RestrictPublicBuckets", true);
    }
  }

  public static class Tls {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void required(SynthesizedApp app) {
      assertThat(app).environment("prod").iamStatements().denying("s3:PutObject")
          .withCondition("Bool", "aws:SecureTransport", "false");
    }
  }

  public static class Ingress {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void openToTheWorldOnlyOnWebPorts(SynthesizedApp app) {
      assertThat(app).allStacks().ingressRules().noneOpenToTheWorldExceptPorts(80, 443);
    }
  }

  public static class Environments {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void threeDeployed(SynthesizedApp app) {
      assertThat(app).hasEnvironments("dev", "staging", "prod");
    }
  }

  public static class Policy {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void noErrors(SynthesizedApp app) {
      assertThat(app).report().hasNoErrors();
    }
  }

  public static class StackNames {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SHARED;

    @Test
    void followTheConvention(SynthesizedApp app) {
      assertThat(app).hasStackNamesFollowingConvention("orders");
    }
  }
}
