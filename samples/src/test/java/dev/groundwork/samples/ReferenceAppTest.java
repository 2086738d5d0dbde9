package dev.groundwork.samples;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.StandardTag;
import dev.groundwork.testing.SynthesisExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference app's unit tests: one synthesis for the whole class (the determinism test
 * synthesizes a second time on purpose). docs/testing.md quotes this class.
 */
class ReferenceAppTest {
  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> ReferenceApp.create(Optional.of(outdir)));

  /** Types that hold data: never destroyed with their stack. */
  static final Set<String> STATEFUL_TYPES = Set.of("AWS::S3::Bucket", "AWS::KMS::Key", "AWS::Logs::LogGroup",
      "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::SecretsManager::Secret", "AWS::DynamoDB::Table",
      "AWS::EC2::Volume", "AWS::EFS::FileSystem", "AWS::ECR::Repository");

  static final String[] REQUIRED_TAGS = StandardTag.requiredKeys().stream().sorted().toArray(String[]::new);

  /** Stateful, except Aurora member instances, whose data lives in their (snapshotted) cluster. */
  static boolean holdsData(Resource r) {
    return STATEFUL_TYPES.contains(r.type())
        && !(r.type().equals("AWS::RDS::DBInstance") && !r.property("DBClusterIdentifier").isMissingNode());
  }

  @Nested
  class Environments {
    @Test
    void devStagingAndProdAreSynthesized(SynthesizedApp app) {
      assertThat(app).hasEnvironments("dev", "staging", "prod");
    }

    @Test
    void stackNamesFollowAppEnvironmentPurpose(SynthesizedApp app) {
      assertThat(app).hasStackNamesFollowingConvention("orders");
      assertThat(app).environment("prod").stackNames()
          .containsExactly("orders-prod-data", "orders-prod-network", "orders-prod-services");
    }
  }

  @Nested
  class Tags {
    @Test
    void everyTaggableResourceOfEveryStackCarriesTheRequiredTags(SynthesizedApp app) {
      assertThat(app).allStacks().taggableResources().isNotEmpty().allHaveTags(REQUIRED_TAGS);
    }

    @Test
    void environmentTagNamesTheEnvironmentTheResourceIsIn(SynthesizedApp app) {
      for (String env : app.environments()) {
        assertThat(app).environment(env).taggableResources().allHaveTag("environment", env);
      }
    }

    @Test
    void teamAndCostCenterComeFromTheAppDescription(SynthesizedApp app) {
      assertThat(app).allStacks().taggableResources()
          .allHaveTag("team", "payments").allHaveTag("cost-center", "cc-1234");
    }

    /** Bucket policies take no tags; keeps the taggability decision visible. */
    @Test
    void policiesAreNotTaggableSoTheyAreNotChecked(SynthesizedApp app) {
      List<String> types = app.stacks().stream().map(StackTemplate::resources).flatMap(List::stream)
          .map(Resource::type).distinct().sorted().toList();
      assertThat(types).contains("AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::KMS::Key");
      assertThat(app).allStacks().taggableResources().filteredOn("are bucket policies",
          r -> r.type().equals("AWS::S3::BucketPolicy")).isEmpty();
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void areRetainedOnStackDeletionAndReplacementInEveryEnvironment(SynthesizedApp app) {
      assertThat(app).allStacks().allResources()
          .filteredOn("hold data", ReferenceAppTest::holdsData)
          .isNotEmpty()
          .areAllRetained();
    }

    @Test
    void documentsBucketIsEncryptedWithTheDataStacksSharedKey(SynthesizedApp app) {
      for (String env : app.environments()) {
        assertThat(app).environment(env).resource(env + "/data/Documents/Bucket")
            .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "aws:kms")
            .referencesAt("BucketEncryption", env + "/data/DataKey/Key")
            .hasProperty("VersioningConfiguration.Status", "Enabled");
      }
    }

    /** The cluster's final snapshot holds an Aurora database's data; its member instances hold none. */
    @Test
    void databaseIsSnapshottedAndKeepsItsLogicalIds(SynthesizedApp app) {
      for (String env : app.environments()) {
        StackTemplate services = app.stack("orders-" + env + "-services");
        assertThat(services.resourcesOfType("AWS::RDS::DBCluster")).extracting(Resource::logicalId)
            .containsExactly("DatabaseCluster5B53A178");
        assertThat(services.resourcesOfType("AWS::SecretsManager::Secret")).extracting(Resource::logicalId)
            .containsExactly("DatabaseCredentialsSecret24A37061");
        assertThat(services.resourcesOfType("AWS::Logs::LogGroup")).extracting(Resource::logicalId)
            .contains("DatabaseLogpostgresqlLogGroup0BB047C5");
        assertThat(app).environment(env).resource(env + "/services/Database/Cluster")
            .hasDeletionPolicy("Snapshot").hasUpdateReplacePolicy("Snapshot");
        assertThat(app).environment(env).resource(env + "/services/Database/CredentialsSecret").isRetained();
      }
    }

    /**
     * One key per stack and purpose: 7 per environment (data: data, logs; network: logs; services:
     * logs, data, secrets, and the sample's own alerts key). Before shared keys the app had 27 for
     * fewer constructs (no database, no backups), one per log group, queue and bucket.
     */
    @Test
    void sharesOneKeyPerStackAndPurpose(SynthesizedApp app) {
      long keys = app.stacks().stream().mapToLong(s -> s.resourcesOfType("AWS::KMS::Key").size()).sum();
      assertThat(keys).isEqualTo(21);
    }

    @Test
    void bucketsRefuseInsecureTransport(SynthesizedApp app) {
      assertThat(app).allStacks().iamStatements()
          .denying("s3:GetObject")
          .withCondition("Bool", "aws:SecureTransport", "false")
          .onResourceReferencing("prod/data/Documents/Bucket");
    }
  }

  @Nested
  class Database {
    @Test
    void bothServicesAreWiredToItInOneCall(SynthesizedApp app) {
      for (String env : app.environments()) {
        for (String service : new String[] {"Api", "Fulfilment"}) {
          String role = env + "/services/" + service + "/TaskDefinition/TaskRole";
          assertThat(app).environment(env).iamStatements().ofRole(role).allowing("rds-db:connect");
        }
        assertThat(app).environment(env).resourcesOfType("AWS::ECS::TaskDefinition").hasSize(2)
            .allHavePropertySatisfying("ContainerDefinitions[0].Secrets", new org.assertj.core.api.Condition<>(
                secrets -> secrets.toString().contains("DB_PASSWORD") && secrets.toString().contains("DB_HOST"),
                "DB_HOST and DB_PASSWORD from the rotated credentials"));
        assertThat(app).environment(env).ingressRules()
            .ofSecurityGroup(env + "/services/Database/SecurityGroup")
            .noneOpenToTheWorld().hasSize(3);
      }
    }
  }

  @Nested
  class Snapshots {
    @Test
    void prodDataStackMatchesItsGoldenTemplate(SynthesizedApp app) {
      assertThat(app).stack("orders-prod-data").matchesSnapshot("orders-prod-data");
    }
  }

  @Nested
  class Policies {
    @Test
    void passesTheBaselinePackWithNoFindingsAndNoSuppressions(SynthesizedApp app) {
      assertThat(app.report()).as("groundwork-report.json next to the assembly").isPresent();
      assertThat(app).report().hasNoErrors();
      assertThat(app.report().orElseThrow().findings()).isEmpty();
      assertThat(app.report().orElseThrow().suppressed()).isEmpty();
    }
  }

  @Nested
  class Determinism {
    @Test
    void twoSynthesesWriteByteIdenticalAssemblies(SynthesizedApp first, @TempDir Path dir) throws Exception {
      SynthesizedApp second = SYNTH.synthesizeInto(dir);
      TreeMap<String, byte[]> a = assemblyFiles(first.assemblyDirectory());
      TreeMap<String, byte[]> b = assemblyFiles(second.assemblyDirectory());
      assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
      assertThat(a.keySet()).anyMatch(name -> name.endsWith(".template.json"));
      for (String name : a.keySet()) {
        assertThat(b.get(name)).as("%s of the second synthesis", name).isEqualTo(a.get(name));
      }
    }

    /** Every file of the cloud assembly itself (templates, manifests, asset and metadata files, tree). */
    private TreeMap<String, byte[]> assemblyFiles(Path root) throws IOException {
      TreeMap<String, byte[]> files = new TreeMap<>();
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.filter(Files::isRegularFile).toList()) {
          String name = root.relativize(p).toString();
          if (name.endsWith(".json") && !name.startsWith("groundwork-")) {
            files.put(name, Files.readAllBytes(p));
          }
        }
      }
      return files;
    }
  }
}
