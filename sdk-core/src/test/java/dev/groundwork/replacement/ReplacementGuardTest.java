package dev.groundwork.replacement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.rules.BaselineRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairs of templates, one class of change each, through the policy engine. */
class ReplacementGuardTest {
  private static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
  private static final String STACK = "orders-prod-data";

  /** A stack of {@code resources} (JSON members of "Resources") in environment prod. */
  static StackTemplate stack(String resources) {
    return StackTemplate.of(STACK, "prod", Tier.PROD, STACK + ".template.json",
        StackTemplate.parse("{\"Resources\": {" + resources + "}}"));
  }

  static String resource(String id, String type, String path, String properties, String extra) {
    return "\"" + id + "\": {\"Type\": \"" + type + "\", \"Properties\": {" + properties + "}"
        + extra + ", \"Metadata\": {\"aws:cdk:path\": \"" + path + "\"}}";
  }

  static String resource(String id, String type, String path, String properties, String extra, String suppressions) {
    return "\"" + id + "\": {\"Type\": \"" + type + "\", \"Properties\": {" + properties + "}"
        + extra + ", \"Metadata\": {\"aws:cdk:path\": \"" + path + "\", \"groundwork:suppressions\": ["
        + suppressions + "]}}";
  }

  static AssemblyDiff diff(StackTemplate before, StackTemplate after) {
    return AssemblyDiff.between(List.of(before), List.of(after), ReplacementSpec.bundled());
  }

  static PolicyReport report(StackTemplate before, StackTemplate after) {
    // No rules: only the guard's findings and the suppression findings remain.
    PolicyOptions options = PolicyOptions.builder().packs().build();
    return PolicyEngine.create(BaselineRules.library(), options, TODAY).evaluate(List.of(after),
        List.of(ReplacementGuard.against(new PreviousAssembly(Path.of("previous"), List.of(before)))));
  }

  static List<String> ids(PolicyReport report) {
    return report.findings().stream().map(f -> f.ruleId().value() + " " + f.severity()).toList();
  }

  private static final String RETAIN = ", \"DeletionPolicy\": \"Retain\", \"UpdateReplacePolicy\": \"Retain\"";
  private static final String CLUSTER_PROPS = "\"Engine\": \"aurora-postgresql\", \"StorageEncrypted\": true";

  @Nested
  class Databases {
    @Test
    void aRenamedConstructHoldingADatabaseWithANewIdentifierIsAReplacementError() {
      // Another DBClusterIdentifier: not the same database moved (MoveDetectionTest), a new one.
      StackTemplate before = stack(resource("OrdersDbCluster1A2B3C4D", "AWS::RDS::DBCluster",
          "prod/data/Orders/Cluster/Resource", CLUSTER_PROPS + ", \"DBClusterIdentifier\": \"orders\"", RETAIN));
      StackTemplate after = stack(resource("LedgerDbCluster5E6F7A8B", "AWS::RDS::DBCluster",
          "prod/data/Ledger/Cluster/Resource", CLUSTER_PROPS + ", \"DBClusterIdentifier\": \"ledger\"", RETAIN));

      ResourceChange change = diff(before, after).changes().get(0);
      assertThat(change.kind()).isEqualTo(ChangeKind.REPLACED);
      assertThat(change.logicalIdChanged()).isTrue();
      PolicyReport report = report(before, after);
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_REPLACED ERROR");
      Finding finding = report.findings().get(0);
      assertThat(finding.constructPath()).isEqualTo("prod/data/Ledger/Cluster/Resource");
      assertThat(finding.message()).contains("'OrdersDbCluster1A2B3C4D' at 'prod/data/Orders/Cluster/Resource'",
          "starts empty", "orphaned with the data (DeletionPolicy Retain)");
      assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aChangedAuroraEngineMayReplaceTheClusterAndIsAnError() {
      StackTemplate before = stack(resource("Cluster", "AWS::RDS::DBCluster", "prod/data/Db/Resource",
          CLUSTER_PROPS, RETAIN));
      StackTemplate after = stack(resource("Cluster", "AWS::RDS::DBCluster", "prod/data/Db/Resource",
          "\"Engine\": \"aurora-mysql\", \"StorageEncrypted\": true", RETAIN));

      ResourceChange change = diff(before, after).changes().get(0);
      assertThat(change.kind()).isEqualTo(ChangeKind.REPLACED);
      assertThat(change.replacement()).isEqualTo(Replacement.CONDITIONAL);
      assertThat(change.causes()).containsExactly("Engine");
      PolicyReport report = report(before, after);
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_MAY_BE_REPLACED ERROR");
      assertThat(report.findings().get(0).propertyPath()).isEqualTo("Properties.Engine");
      assertThat(report.findings().get(0).message()).contains("may be replaced because Engine changed",
          "orphaned with the data (UpdateReplacePolicy Retain)");
    }

    @Test
    void aReplacedSubnetGroupReplacesTheDatabaseInIt() {
      String group = "\"Subnets\": {\"Type\": \"AWS::RDS::DBSubnetGroup\", \"Properties\": {\"DBSubnetGroupName\": \"%s\"}}";
      String cluster = resource("Cluster", "AWS::RDS::DBCluster", "prod/data/Db/Resource",
          CLUSTER_PROPS + ", \"DBSubnetGroupName\": {\"Ref\": \"Subnets\"}", RETAIN);
      // The group's new name replaces it, so the cluster's DBSubnetGroupName (always replacing)
      // gets a new value though its text is the same.
      AssemblyDiff diff = diff(stack(group.formatted("orders") + ", " + cluster),
          stack(group.formatted("orders-v2") + ", " + cluster));

      assertThat(diff.changes(ChangeKind.REPLACED)).extracting(c -> c.resource().logicalId())
          .containsExactly("Subnets", "Cluster");
      assertThat(diff.changes(ChangeKind.REPLACED).get(1).causes())
          .containsExactly("DBSubnetGroupName (refers to Subnets, which is replaced)");
      assertThat(diff.changes(ChangeKind.REPLACED).get(1).certain()).isTrue();
    }
  }

  @Nested
  class Buckets {
    private final StackTemplate before = stack(resource("Documents", "AWS::S3::Bucket", "prod/data/Documents/Resource",
        "\"BucketName\": \"orders-documents\"", RETAIN));

    @Test
    void aChangedBucketNameIsAReplacementError() {
      StackTemplate after = stack(resource("Documents", "AWS::S3::Bucket", "prod/data/Documents/Resource",
          "\"BucketName\": \"orders-documents-v2\"", RETAIN));
      assertThat(diff(before, after).changes().get(0).replacement()).isEqualTo(Replacement.ALWAYS);
      PolicyReport report = report(before, after);
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_REPLACED ERROR");
      assertThat(report.findings().get(0).message()).contains("will be replaced because BucketName changed");
    }

    @Test
    void anAcknowledgementWithAFutureExpirySuppressesTheError() {
      StackTemplate after = stack(resource("Documents", "AWS::S3::Bucket", "prod/data/Documents/Resource",
          "\"BucketName\": \"orders-documents-v2\"", RETAIN,
          "{\"rule\": \"GW_REPLACE_STATEFUL_REPLACED\", \"reason\": \"bucket is empty, OPS-12\","
              + " \"until\": \"2027-02-01\", \"scope\": \"prod/data/Documents\"}"));
      PolicyReport report = report(before, after);
      assertThat(report.findings()).isEmpty();
      assertThat(report.suppressed()).hasSize(1);
      assertThat(report.suppressed().get(0).suppression().reason()).isEqualTo("bucket is empty, OPS-12");
    }

    @Test
    void anExpiredAcknowledgementDoesNotSuppressAndIsItselfAnError() {
      StackTemplate after = stack(resource("Documents", "AWS::S3::Bucket", "prod/data/Documents/Resource",
          "\"BucketName\": \"orders-documents-v2\"", RETAIN,
          "{\"rule\": \"GW_REPLACE_STATEFUL_REPLACED\", \"reason\": \"bucket is empty, OPS-12\","
              + " \"until\": \"2027-01-14\", \"scope\": \"prod/data/Documents\"}"));
      assertThat(ids(report(before, after))).containsExactlyInAnyOrder(
          "GW_REPLACE_STATEFUL_REPLACED ERROR", "GW_POLICY_SUPPRESSION_EXPIRED ERROR");
    }

    @Test
    void anAddedTagIsAnUpdateInPlaceWithoutFindings() {
      StackTemplate after = stack(resource("Documents", "AWS::S3::Bucket", "prod/data/Documents/Resource",
          "\"BucketName\": \"orders-documents\", \"Tags\": [{\"Key\": \"owner\", \"Value\": \"ana\"}]", RETAIN));
      ResourceChange change = diff(before, after).changes().get(0);
      assertThat(change.kind()).isEqualTo(ChangeKind.MODIFIED_IN_PLACE);
      assertThat(change.causes()).containsExactly("Tags");
      assertThat(report(before, after).findings()).isEmpty();
    }

    @Test
    void anUnchangedResourceIsUnchangedWhateverItsMetadata() {
      StackTemplate after = stack(resource("Documents", "AWS::S3::Bucket", "prod/data/Documents/Default",
          "\"BucketName\": \"orders-documents\"", RETAIN));
      assertThat(diff(before, after).counts()).containsEntry(ChangeKind.UNCHANGED, 1);
    }
  }

  @Nested
  class Removals {
    private static final String QUEUE = resource("Jobs", "AWS::SQS::Queue", "prod/data/Jobs/Resource", "", "");
    private static final String TOPIC = resource("Alerts", "AWS::SNS::Topic", "prod/data/Alerts/Resource", "", "");

    @Test
    void aRemovedStatefulResourceThatIsNotRetainedIsAnError() {
      PolicyReport report = report(stack(QUEUE + ", " + TOPIC), stack(TOPIC));
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_REMOVED ERROR");
      assertThat(report.findings().get(0).constructPath()).isEqualTo("prod/data/Jobs/Resource");
      assertThat(report.findings().get(0).message()).contains("deleted (no DeletionPolicy) with its data");
    }

    @Test
    void aRemovedRetainedResourceIsReportedAsOrphaned() {
      String retained = resource("Jobs", "AWS::SQS::Queue", "prod/data/Jobs/Resource", "", RETAIN);
      PolicyReport report = report(stack(retained + ", " + TOPIC), stack(TOPIC));
      assertThat(ids(report)).containsExactly("GW_REPLACE_RETAINED_ORPHANED WARNING");
      assertThat(report.findings().get(0).message()).contains("will be orphaned");
    }

    @Test
    void anAcknowledgementOnTheStackCoversAResourceNoLongerInIt() {
      String acknowledgedTopic = resource("Alerts", "AWS::SNS::Topic", "prod/data/Alerts/Resource", "", "",
          "{\"rule\": \"GW_REPLACE_STATEFUL_REMOVED\", \"reason\": \"queue drained, jobs moved to Step Functions\","
              + " \"until\": \"2027-03-01\", \"scope\": \"prod/data\"}");
      PolicyReport report = report(stack(QUEUE + ", " + TOPIC), stack(acknowledgedTopic));
      assertThat(report.findings()).isEmpty();
      assertThat(report.suppressed()).extracting(s -> s.finding().logicalId()).containsExactly("Jobs");
    }

    @Test
    void aRemovedStatelessResourceIsNoFinding() {
      assertThat(report(stack(QUEUE + ", " + TOPIC), stack(QUEUE)).findings()).isEmpty();
    }
  }

  @Nested
  class Stateless {
    @Test
    void aChangedSecurityGroupDescriptionIsAStatelessReplacementInfo() {
      StackTemplate before = stack(resource("ApiSg", "AWS::EC2::SecurityGroup", "prod/app/Api/Sg/Resource",
          "\"GroupDescription\": \"api\", \"VpcId\": \"vpc-1\"", ""));
      StackTemplate after = stack(resource("ApiSg", "AWS::EC2::SecurityGroup", "prod/app/Api/Sg/Resource",
          "\"GroupDescription\": \"api service\", \"VpcId\": \"vpc-1\"", ""));
      PolicyReport report = report(before, after);
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATELESS_REPLACED INFO");
      assertThat(report.hasErrors()).isFalse();
      assertThat(report.findings().get(0).message()).contains("GroupDescription changed", "new physical id");
    }

    @Test
    void aListItemsReplacingSubPropertyIsComparedItemByItem() {
      String table = "\"Table\": {\"Type\": \"AWS::DynamoDB::GlobalTable\", \"Properties\": {\"GlobalSecondaryIndexes\": "
          + "[{\"IndexName\": \"byDate\", \"Projection\": {\"ProjectionType\": \"%s\"}}]}}";
      AssemblyDiff diff = diff(stack(table.formatted("KEYS_ONLY")), stack(table.formatted("ALL")));
      assertThat(diff.changes().get(0).causes()).contains("GlobalSecondaryIndexes[*].Projection.ProjectionType");
    }

    @Test
    void aChangedTypeTheSpecDoesNotKnowMayBeReplaced() {
      String own = "\"Thing\": {\"Type\": \"Vendor::Own::Thing\", \"Properties\": {\"Size\": %d}}";
      ResourceChange change = diff(stack(own.formatted(1)), stack(own.formatted(2))).changes().get(0);
      assertThat(change.replacement()).isEqualTo(Replacement.CONDITIONAL);
      assertThat(change.causes()).anyMatch(c -> c.startsWith("type unknown to the replacement spec"));
    }
  }

  @Nested
  class Stacks {
    @Test
    void stacksOnlyOneAssemblyHasAreListedNotCompared() {
      StackTemplate other = StackTemplate.of("orders-prod-app", "prod", Tier.PROD, "app.template.json",
          StackTemplate.parse("{\"Resources\": {}}"));
      AssemblyDiff diff = AssemblyDiff.between(List.of(stack("")), List.of(other), ReplacementSpec.bundled());
      assertThat(diff.newStacks()).containsExactly("orders-prod-app");
      assertThat(diff.goneStacks()).containsExactly(STACK);
      assertThat(diff.changes()).isEmpty();
    }
  }

  @Nested
  class Spec {
    @Test
    void isVersionedDatedAndKnowsTheTypesOfTheStatefulResources() {
      ReplacementSpec spec = ReplacementSpec.bundled();
      assertThat(spec.version()).matches("\\d+\\.\\d+\\.\\d+");
      assertThat(spec.generated()).isAfter(java.time.LocalDate.of(2026, 1, 1));
      assertThat(StatefulTypes.all()).allMatch(spec::knows);
      assertThat(spec.replacingPaths("AWS::S3::Bucket")).containsEntry(SpecPath.parse("BucketName"), Replacement.ALWAYS);
      assertThat(spec.knows("Custom::AWS")).isTrue();
    }
  }

  @Nested
  class PreviousAssemblies {
    @Test
    void aMissingDirectoryIsAClearError(@TempDir Path dir) {
      assertThatThrownBy(() -> PreviousAssembly.read(dir.resolve("nowhere")))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("[PREVIOUS_ASSEMBLY_MISSING]")
          .hasMessageContaining("nowhere")
          .hasMessageContaining("previousAssembly (or GROUNDWORK_PREVIOUS_ASSEMBLY)")
          .hasMessageContaining("a path that does not exist");
    }

    @Test
    void aDirectoryWithoutAnAssemblyIsAClearError(@TempDir Path dir) throws Exception {
      Files.writeString(dir.resolve("notes.txt"), "not an assembly");
      assertThatThrownBy(() -> PreviousAssembly.read(dir))
          .isInstanceOf(GroundworkValidationException.class)
          .hasMessageContaining("without manifest.json");
    }

    @Test
    void aDirectoryPerEnvironmentTakesEachEnvironmentsStacksFromItsOwnAssembly(@TempDir Path dir) throws Exception {
      writeAssembly(dir.resolve("prod"), "orders-prod-data", "prod");
      writeAssembly(dir.resolve("dev"), "orders-dev-data", "dev");
      // The prod directory's copy of dev is an older version: it must not be read.
      writeAssembly(dir.resolve("prod"), "orders-prod-data", "prod", "orders-dev-data", "dev");
      PreviousAssembly previous = PreviousAssembly.read(dir);
      assertThat(previous.stacks()).extracting(s -> s.environmentName() + ":" + s.stackName())
          .containsExactly("dev:orders-dev-data", "prod:orders-prod-data");
    }

    /** A cloud assembly with one nested assembly (a Stage) per environment, each with one stack. */
    private void writeAssembly(Path dir, String... stackAndEnvironment) throws Exception {
      StringBuilder artifacts = new StringBuilder();
      for (int i = 0; i < stackAndEnvironment.length; i += 2) {
        String stackName = stackAndEnvironment[i];
        String env = stackAndEnvironment[i + 1];
        Path nested = Files.createDirectories(dir.resolve("assembly-" + env));
        Files.writeString(nested.resolve("manifest.json"), "{\"artifacts\": {\"" + stackName + "\": {\"type\": "
            + "\"aws:cloudformation:stack\", \"properties\": {\"templateFile\": \"" + stackName
            + ".template.json\", \"stackName\": \"" + stackName + "\"}}}}");
        Files.writeString(nested.resolve(stackName + ".template.json"), "{\"Resources\": {}}");
        artifacts.append(i > 0 ? ", " : "").append("\"assembly-").append(env).append("\": {\"type\": "
            + "\"cdk:cloud-assembly\", \"properties\": {\"directoryName\": \"assembly-").append(env)
            .append("\", \"displayName\": \"").append(env).append("\"}}");
      }
      Files.writeString(dir.resolve("manifest.json"), "{\"artifacts\": {" + artifacts + "}}");
    }
  }

  @Test
  void disablingAGuardRuleDropsItsFindings() {
    StackTemplate before = stack(resource("Sg", "AWS::EC2::SecurityGroup", "p/Sg", "\"GroupDescription\": \"a\"", ""));
    StackTemplate after = stack(resource("Sg", "AWS::EC2::SecurityGroup", "p/Sg", "\"GroupDescription\": \"b\"", ""));
    PolicyReport report = PolicyEngine.create(BaselineRules.library(), PolicyOptions.builder().packs().disable("GW_REPLACE_STATELESS_REPLACED")
        .build(), TODAY).evaluate(List.of(after),
        List.of(ReplacementGuard.against(new PreviousAssembly(Path.of("p"), List.of(before)))));
    assertThat(report.findings()).isEmpty();
    assertThat(report.rules()).noneMatch(r -> r.id().value().equals("GW_REPLACE_STATELESS_REPLACED"));
  }
}
