package dev.groundwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.assembly.SynthesizedStack;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.ResourceTags;
import dev.groundwork.core.StandardTag;
import dev.groundwork.core.Tier;
import dev.groundwork.core.internal.FeatureFlags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Node;

/** Synthesizes one small app once and checks stacks, names, tags and determinism on its output. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformAppTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Types in this app that CloudFormation cannot tag. */
  private static final Set<String> NOT_TAGGABLE = Set.of("AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy");

  @TempDir static Path tmp;
  private PlatformApp app;
  private SynthResult result;
  private PlatformContext devBucketContext;

  static PlatformApp build(Path outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders").team("payments").costCenter("cc-1234").owner("alice")
        .putTags("layer", "app")
        .addEnvironments(EnvironmentProps.builder().name("dev").account("111111111111")
            .region("eu-west-1").tier(Tier.DEV).putTags("layer", "environment").build())
        .addEnvironments(EnvironmentProps.of("staging", "222222222222", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "us-east-2", Tier.PROD))
        .outdir(outdir)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      Stack data = env.addStack("data", StackOptions.builder().putTags("layer", "stack").build());
      Bucket tagged = Bucket.Builder.create(data, "Tagged").enforceSsl(true).build();
      ResourceTags.of(tagged).add("layer", "construct").add(StandardTag.SERVICE, "billing");
      Tags.of(tagged).add("team", "rogue-team"); // must not beat the required tag
      Bucket.Builder.create(data, "Plain").build();
      Stack queues = env.addStack("queues");
      Queue.Builder.create(queues, "Jobs").build();
    }
    return app;
  }

  @BeforeAll
  void synthesize() {
    app = build(tmp.resolve("first"));
    devBucketContext = PlatformContext.of(app.environment("dev").stacks().get(0).getNode().findChild("Tagged"));
    result = app.synth();
  }

  private JsonNode template(String stackName) {
    return result.stacks().stream().filter(s -> s.stackName().equals(stackName)).findFirst()
        .map(s -> read(s.templatePath())).orElseThrow();
  }

  private static JsonNode read(Path path) {
    try {
      return JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> tags(JsonNode resource) {
    Map<String, String> tags = new HashMap<>();
    resource.path("Properties").path("Tags").forEach(t -> tags.put(t.get("Key").asText(), t.get("Value").asText()));
    return tags;
  }

  private JsonNode resource(String stackName, String logicalIdPrefix) {
    var fields = template(stackName).get("Resources").fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      if (entry.getKey().startsWith(logicalIdPrefix) && !entry.getValue().get("Type").asText().endsWith("Policy")) {
        return entry.getValue();
      }
    }
    throw new AssertionError("no resource " + logicalIdPrefix + " in " + stackName);
  }

  @Nested
  class Stacks {
    @Test
    void namesEveryStackAppEnvironmentPurpose() {
      assertThat(result.stacks()).extracting(SynthesizedStack::stackName).containsExactly(
          "orders-dev-data", "orders-dev-queues", "orders-staging-data", "orders-staging-queues",
          "orders-prod-data", "orders-prod-queues");
      assertThat(result.stacksOf("prod")).extracting(SynthesizedStack::constructPath)
          .containsExactly("prod/data", "prod/queues");
      assertThat(result.templatePaths()).allMatch(Files::isRegularFile);
      // The plain CDK resources fail baseline rules: the assembly is rejected, so it is beside "first".
      assertThat(result.accepted()).isFalse();
      assertThat(result.assemblyDirectory()).isEqualTo(tmp.resolve("first.rejected"));
    }

    @Test
    void protectsStacksFromTerminationByTier() throws IOException {
      for (SynthesizedStack stack : result.stacks()) {
        JsonNode manifest = read(stack.templatePath().resolveSibling("manifest.json"));
        String artifact = stack.templatePath().getFileName().toString().replace(".template.json", "");
        boolean protectedStack = manifest.at("/artifacts/" + artifact + "/properties/terminationProtection").asBoolean(false);
        assertThat(protectedStack).as(stack.stackName()).isEqualTo(stack.tier() != Tier.DEV);
      }
    }

    @Test
    void describesStacksWithAppPurposeEnvironmentAndTier() {
      assertThat(template("orders-prod-queues").get("Description").asText())
          .isEqualTo("orders queues stack, prod environment (PROD tier). Managed by Groundwork: change it in code.");
    }

    @Test
    void writesNoAnalyticsMetadataResource() {
      for (SynthesizedStack stack : result.stacks()) {
        assertThat(template(stack.stackName()).get("Resources").has("CDKMetadata")).isFalse();
      }
    }

    @Test
    void recordsTimingsForEachPhase() {
      assertThat(result.phaseTimings()).containsOnlyKeys("jsii start-up", "construct",
          "synth dev", "synth staging", "synth prod", "assembly", "policy");
      assertThat(result.totalTime()).isPositive();
    }

    @Test
    void rejectsADuplicateOrMalformedPurpose() {
      PlatformEnvironment dev = app.environment("dev");
      assertThatThrownBy(() -> dev.addStack("data"))
          .isInstanceOf(GroundworkValidationException.class).hasMessageContaining("[STACK_PURPOSE_DUPLICATE]");
      assertThatThrownBy(() -> dev.addStack("Data Stack"))
          .isInstanceOf(GroundworkValidationException.class).hasMessageContaining("[STACK_PURPOSE_FORMAT]")
          .hasMessageContaining("purpose");
    }
  }

  @Nested
  class RequiredTags {
    @Test
    void tagEveryTaggableResourceOfEveryStackOfEveryEnvironment() {
      int checked = 0;
      for (SynthesizedStack stack : result.stacks()) {
        var resources = template(stack.stackName()).get("Resources").fields();
        while (resources.hasNext()) {
          var entry = resources.next();
          if (NOT_TAGGABLE.contains(entry.getValue().get("Type").asText())) {
            continue;
          }
          assertThat(tags(entry.getValue())).as("%s %s", stack.stackName(), entry.getKey())
              .containsEntry("environment", stack.environment())
              .containsEntry("team", "payments")
              .containsEntry("cost-center", "cc-1234")
              .containsEntry("owner", "alice");
          checked++;
        }
      }
      assertThat(checked).as("taggable resources checked").isEqualTo(3 * 3);
    }

    @Test
    void cannotBeOverriddenByACustomTag() {
      assertThat(tags(resource("orders-dev-data", "Tagged"))).containsEntry("team", "payments");
    }
  }

  @Nested
  class CustomTagPrecedence {
    @Test
    void constructBeatsStackBeatsEnvironmentBeatsApp() {
      assertThat(tags(resource("orders-dev-data", "Tagged"))).containsEntry("layer", "construct")
          .containsEntry("service", "billing");
      assertThat(tags(resource("orders-dev-data", "Plain"))).containsEntry("layer", "stack");
      assertThat(tags(resource("orders-dev-queues", "Jobs"))).containsEntry("layer", "environment");
      assertThat(tags(resource("orders-prod-queues", "Jobs"))).containsEntry("layer", "app");
    }

    @Test
    void rejectsInvalidConstructTags() {
      Stack stack = app.environment("dev").stacks().get(0);
      assertThatThrownBy(() -> ResourceTags.of(stack).add("aws:name", "x"))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[TAG_KEY_AWS_PREFIX]").hasMessageContaining("dev/data");
      assertThatThrownBy(() -> ResourceTags.of(stack).add("cost-center", "x"))
          .isInstanceOf(GroundworkValidationException.class).hasMessageContaining("[TAG_KEY_RESERVED]");
    }
  }

  @Nested
  class Context {
    @Test
    void tellsAConstructItsEnvironmentAndTier() {
      // With the app's cost center, which PlatformApp records for constructs such as EnvironmentBudget.
      assertThat(devBucketContext).isEqualTo(new PlatformContext("orders", "dev", Tier.DEV,
          AccountId.of("111111111111"), Region.of("eu-west-1")).withCostCenter("cc-1234"));
      assertThat(devBucketContext.defaults()).isEqualTo(Tier.DEV.defaults());
    }

    @Test
    void canBeAttachedToAPlainCdkScope() {
      Stack plain = new Stack(app.cdkApp(), "Adopted");
      devBucketContext.attachTo(plain);
      assertThat(PlatformContext.of(new Bucket(plain, "Child"))).isEqualTo(devBucketContext);
    }

    @Test
    void aRecoveryStackLivesInTheRecoveryRegionAndSeesItAsItsRegion(@TempDir Path outdir) {
      PlatformApp recovering = new PlatformApp(PlatformAppProps.builder()
          .name("orders").team("payments").costCenter("cc-1234").outdir(outdir)
          .addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
              .region("eu-west-1").recoveryRegion("eu-central-1").tier(Tier.PROD).build())
          .build());
      PlatformEnvironment prod = recovering.environment("prod");
      Stack data = prod.addStack("data");
      Stack recovery = prod.addRecoveryStack();
      assertThat(prod.recoveryRegion()).contains(Region.of("eu-central-1"));
      assertThat(recovery.getStackName()).isEqualTo("orders-prod-recovery");
      assertThat(recovery.getRegion()).isEqualTo("eu-central-1");
      assertThat(recovery.getAccount()).isEqualTo("333333333333");
      assertThat(recovery.getTerminationProtection()).isTrue();
      assertThat(prod.stacks()).containsExactly(data, recovery);
      assertThat(PlatformContext.of(data)).isEqualTo(new PlatformContext("orders", "prod", Tier.PROD,
          AccountId.of("333333333333"), Region.of("eu-west-1"), Optional.of(Region.of("eu-central-1")))
          .withCostCenter("cc-1234"));
      assertThat(PlatformContext.of(new Bucket(recovery, "Replica"))).isEqualTo(new PlatformContext("orders", "prod",
          Tier.PROD, AccountId.of("333333333333"), Region.of("eu-central-1")).withCostCenter("cc-1234"));
      assertThatThrownBy(prod::addRecoveryStack).isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[STACK_PURPOSE_DUPLICATE]");
    }

    @Test
    void refusesARecoveryStackWithoutARecoveryRegion() {
      assertThatThrownBy(() -> app.environment("dev").addRecoveryStack())
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly("RECOVERY_REGION_MISSING"))
          .hasMessageContaining("PlatformEnvironment 'dev'").hasMessageContaining("recoveryRegion")
          .hasMessageContaining(".recoveryRegion(\"eu-central-1\")");
    }

    @Test
    void refusesAScopeOutsideAnyEnvironment() {
      Stack loose = new Stack(app.cdkApp(), "Loose");
      assertThatThrownBy(() -> PlatformContext.of(loose))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[PLATFORM_CONTEXT_MISSING]").hasMessageContaining("'Loose'")
          .hasMessageContaining("addStack");
    }
  }

  @Nested
  class CdkContext {
    @Test
    void setsEveryFlagCdkRecommendsUnlessGroundworkDeviates() {
      Node node = app.cdkApp().getNode();
      FeatureFlags.recommended().forEach((flag, value) ->
          assertThat(node.tryGetContext(flag)).as(flag).isEqualTo(value));
      assertThat(node.tryGetContext("@aws-cdk/core:defaultCrossStackReferences")).isEqualTo("strong");
    }

    @Test
    void letsTheUserOverrideAFlagButNotPathMetadata() {
      PlatformApp custom = new PlatformApp(PlatformAppProps.builder()
          .name("orders").team("payments").costCenter("cc-1234")
          .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
          // Keep CDK's earlier behaviour for one flag; any other key is plain CDK context.
          .putContext("@aws-cdk/aws-ecs:removeEmptyLoadBalancers", false)
          .outdir(tmp.resolve("custom-context"))
          .build());
      Node node = custom.cdkApp().getNode();
      assertThat(node.tryGetContext("@aws-cdk/aws-ecs:removeEmptyLoadBalancers")).isEqualTo(false);
      assertThat(node.tryGetContext("@aws-cdk/aws-s3:publicAccessBlockedByDefault")).isEqualTo(true);
      assertThat(node.tryGetContext("aws:cdk:enable-path-metadata")).isEqualTo(true);
    }
  }

  @Nested
  class Determinism {
    @Test
    void synthesizesByteIdenticalTemplatesTwice() throws IOException {
      SynthResult second = build(tmp.resolve("second")).synth();
      List<Path> firstFiles = templateFiles(result.assemblyDirectory());
      List<Path> secondFiles = templateFiles(second.assemblyDirectory());
      assertThat(secondFiles).hasSameSizeAs(firstFiles).hasSize(6);
      for (int i = 0; i < firstFiles.size(); i++) {
        assertThat(secondFiles.get(i)).hasSameBinaryContentAs(firstFiles.get(i));
      }
    }

    private List<Path> templateFiles(Path assembly) throws IOException {
      try (Stream<Path> files = Files.walk(assembly)) {
        return files.filter(p -> p.toString().endsWith(".template.json")).sorted(
            (a, b) -> assembly.relativize(a).compareTo(assembly.relativize(b))).toList();
      }
    }
  }

  @Test
  void reportsAnUnknownEnvironmentByName() {
    assertThatThrownBy(() -> app.environment("qa")).hasMessageContaining("no environment 'qa'")
        .hasMessageContaining("[dev, staging, prod]");
  }

}
