package dev.groundwork.constructs.containers;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.DockerImageAsset;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.ImageReference;
import dev.groundwork.constructs.compute.QueueWorkerService;
import dev.groundwork.constructs.compute.QueueWorkerServiceProps;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.suppress.Suppressions;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;

class ContainerSupplyChainTest {
  static final Path WORKER_IMAGE = Path.of("src/test/resources/images/worker");
  /** Its Dockerfile ADDs a remote URL: a finding, suppressed on the service in staging. */
  static final Path AGENT_IMAGE = Path.of("src/test/resources/images/agent");
  private static final String DEV = "test-dev-images";
  private static final String PROD = "test-prod-images";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("images");
      ContainerRepositoryProps.Builder repository = ContainerRepositoryProps.builder()
          .repositoryName("test/worker");
      if (env.tier() == Tier.PROD) {
        repository.keepReleaseImages(30).addPullAccounts(AccountId.of("111111111111"), AccountId.of("222222222222"));
      }
      new ContainerRepository(stack, "Repository", repository.build());
      new RegistryScanning(stack, "Scanning", env.tier() == Tier.PROD
          ? RegistryScanningProps.enhanced() : RegistryScanningProps.defaults());
      if (env.tier() != Tier.PROD) {
        Stack services = env.addStack("services");
        SecureVpc network = new SecureVpc(services, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
        ServiceCluster cluster = new ServiceCluster(services, "Cluster", ServiceClusterProps.of(network.vpc()));
        Path directory = env.tier() == Tier.DEV ? WORKER_IMAGE : AGENT_IMAGE;
        QueueWorkerService worker = new QueueWorkerService(services, "Worker", QueueWorkerServiceProps.builder()
            .cluster(cluster)
            .container(ContainerOptions.builder()
                .image(ImageReference.fromDirectory(directory))
                .cpu(256).memoryMiB(512).user("10001:10001")
                .livenessHeartbeat("/tmp/heartbeat", 120)
                .build())
            .build());
        if (env.tier() == Tier.STAGING) {
          Suppressions.of(worker).add("GW_DOCKER_NO_REMOTE_ADD",
              "vendor agent; its tarball is verified against the vendor's signature at start");
        }
      }
    }
    return app;
  });

  @Nested
  class Repository {
    @Test
    void scansOnPushKeepsTagsImmutableAndEncryptsWithTheStacksDataKey(SynthesizedApp app) {
      assertThat(app).stack(PROD).resource("prod/images/Repository/Repository")
          .hasProperty("RepositoryName", "test/worker")
          .hasProperty("ImageScanningConfiguration.ScanOnPush", true)
          .hasProperty("ImageTagMutability", "IMMUTABLE")
          .hasProperty("EncryptionConfiguration.EncryptionType", "KMS")
          .referencesAt("EncryptionConfiguration.KmsKey", "prod/images/DataKey/Key")
          .isRetained();
    }

    @Test
    void keepsTheTiersNumberOfReleaseImagesUnlessGivenAndExpiresUntaggedOnes(SynthesizedApp app) {
      assertThat(lifecycle(app, DEV)).contains("\"tagStatus\":\"untagged\"", "\"countType\":\"sinceImagePushed\"",
          "\"countNumber\":7", "\"tagPrefixList\":[\"v\"]", "\"countType\":\"imageCountMoreThan\"", "\"countNumber\":10");
      assertThat(lifecycle(app, "test-staging-images")).contains("\"countNumber\":20");
      assertThat(lifecycle(app, PROD)).contains("\"countNumber\":30").doesNotContain("\"countNumber\":50");
      assertThat(ContainerRepositoryDefaults.KEEP_RELEASE_IMAGES.get(Tier.PROD)).isEqualTo(50);
    }

    @Test
    void letsTheEnvironmentAccountsPullAndNothingElse(SynthesizedApp app) {
      JsonNode statements = app.stack(PROD).resourcesOfType("AWS::ECR::Repository").get(0)
          .property("RepositoryPolicyText").path("Statement");
      assertThat(statements).hasSize(1);
      assertThat(statements.get(0).path("Effect").asText()).isEqualTo("Allow");
      assertThat(statements.get(0).path("Action").toString()).isEqualTo(
          "[\"ecr:BatchCheckLayerAvailability\",\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]");
      assertThat(statements.get(0).path("Principal").toString())
          .contains("arn:", ":iam::111111111111:root", ":iam::222222222222:root");
      assertThat(app.stack(DEV).resourcesOfType("AWS::ECR::Repository").get(0).property("RepositoryPolicyText")
          .isMissingNode()).isTrue();
    }

    private String lifecycle(SynthesizedApp app, String stack) {
      return app.stack(stack).resourcesOfType("AWS::ECR::Repository").get(0)
          .property("LifecyclePolicy").path("LifecyclePolicyText").asText();
    }
  }

  @Nested
  class Scanning {
    @Test
    void scansEveryRepositoryOnPushWithBasicOrEnhancedScanning(SynthesizedApp app) {
      assertThat(app).stack(DEV).resource("dev/images/Scanning/Configuration")
          .hasProperty("ScanType", "BASIC")
          .hasProperty("Rules[0].ScanFrequency", "SCAN_ON_PUSH")
          .hasProperty("Rules[0].RepositoryFilters[0].Filter", "*")
          .hasProperty("Rules[0].RepositoryFilters[0].FilterType", "WILDCARD");
      assertThat(app).stack(PROD).resource("prod/images/Scanning/Configuration")
          .hasProperty("ScanType", "ENHANCED")
          .hasProperty("Rules[0].ScanFrequency", "CONTINUOUS_SCAN");
    }
  }

  @Nested
  class ImageFromDirectory {
    @Test
    void stagesTheDirectoryWithoutBuildingAndPointsTheTaskAtTheAsset(SynthesizedApp app) {
      StackTemplate dev = app.stack("test-dev-services");
      Map<String, DockerImageAsset> assets = dev.dockerImageAssets();
      assertThat(assets).hasSize(1);
      DockerImageAsset asset = assets.values().iterator().next();
      assertThat(asset.directory()).isDirectory();
      assertThat(asset.directory().resolve("worker.sh")).isRegularFile();
      assertThat(asset.directory().resolve(".dockerignore")).isRegularFile();
      assertThat(asset.directory().resolve("ignored.txt")).as(".dockerignore applies to staging").doesNotExist();
      assertThat(asset.dockerfile().finalStage().instructions("USER")).hasSize(1);
      String image = dev.resourcesOfType("AWS::ECS::TaskDefinition").get(0)
          .property("ContainerDefinitions").get(0).path("Image").toString();
      assertThat(image).contains("container-assets").contains(":" + asset.hash());
    }

    @Test
    void reportsDockerfileFindingsOnTheServiceWhereItsSuppressionsApply(PolicyReport report) {
      assertThat(report.suppressed()).singleElement().satisfies(s -> {
        assertThat(s.finding().ruleId().value()).isEqualTo("GW_DOCKER_NO_REMOTE_ADD");
        assertThat(s.finding().constructPath()).startsWith("staging/services/Worker/");
        assertThat(s.finding().message()).contains("line 2 (ADD https://downloads.example.com/agent/")
            .contains("without --checksum");
        assertThat(s.suppression().reason()).startsWith("vendor agent");
      });
    }

    @Test
    void passesTheDockerfileChecks(PolicyReport report) {
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().startsWith("GW_DOCKER_")).isEmpty();
      assertThat(report.unknowns()).filteredOn(u -> u.rule().value().startsWith("GW_DOCKER_")).isEmpty();
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void refusesADirectoryThatDoesNotExist() {
      assertThatThrownBy(() -> ImageReference.fromDirectory(Path.of("no/such/images")))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[IMAGE_DIRECTORY_NOT_FOUND]")
          .hasMessageContaining("image directory must be an existing directory holding a Dockerfile")
          .hasMessageContaining("'no/such/images'");
    }

    @Test
    void refusesADirectoryWithoutDockerfile() throws Exception {
      Path empty = Files.createTempDirectory("no-dockerfile");
      assertThatThrownBy(() -> ImageReference.fromDirectory(empty))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[DOCKERFILE_NOT_FOUND]")
          .hasMessageContaining("no Dockerfile in it");
    }

    @Test
    void refusesADockerfileThatDoesNotParseNamingTheLine() {
      assertThatThrownBy(() -> ImageReference.fromDirectory(Path.of("src/test/resources/images/broken")))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[DOCKERFILE_SYNTAX]")
          .hasMessageContaining("Dockerfile line 2: unknown instruction 'FORM'");
    }

    @Test
    void refusesARepositoryNameEcrDoesNotAccept() {
      assertThatThrownBy(() -> ContainerRepositoryProps.of("Orders/Worker"))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[REPOSITORY_NAME]")
          .hasMessageContaining("repositoryName must be 2-256 lower-case")
          .hasMessageContaining("'Orders/Worker'");
    }

    @Test
    void refusesAKeepCountOutOfRange() {
      assertThatThrownBy(() -> ContainerRepositoryProps.builder().repositoryName("orders/worker")
          .keepReleaseImages(0).build())
          .hasMessageContaining("[REPOSITORY_KEEP_RELEASE_IMAGES]")
          .hasMessageContaining("keepReleaseImages must be 1 to 1000, got 0");
    }
  }
}
