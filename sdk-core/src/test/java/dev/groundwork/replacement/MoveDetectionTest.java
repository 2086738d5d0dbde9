package dev.groundwork.replacement;

import static dev.groundwork.replacement.ReplacementGuardTest.diff;
import static dev.groundwork.replacement.ReplacementGuardTest.ids;
import static dev.groundwork.replacement.ReplacementGuardTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.LogicalIds;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pairs of hand-written templates, one kind of move each: what the guard recognises as the same
 * resource under a new logical id or in another stack, what it proposes, and what it writes.
 * Logical ids are the ones CDK derives from the paths (as {@code LogicalIdsTest} checks), unless
 * a test is about other ids.
 */
class MoveDetectionTest {
  private static final String RETAIN = ", \"DeletionPolicy\": \"Retain\", \"UpdateReplacePolicy\": \"Retain\"";

  /**
   * A resource at {@code path} (below stack {@code prod/data}) under the logical id CDK gives that
   * path, retained if it is stateful (as Groundwork's constructs retain them).
   */
  static String at(String path, String type, String properties) {
    return "\"" + LogicalIds.of(path) + "\": {\"Type\": \"" + type + "\", \"Properties\": {" + properties + "}"
        + (StatefulTypes.contains(type) ? RETAIN : "") + ", \"Metadata\": {\"aws:cdk:path\": \"prod/data/" + path + "\"}}";
  }

  static StackTemplate stack(String name, String... resources) {
    return StackTemplate.of(name, "prod", Tier.PROD, name + ".template.json",
        StackTemplate.parse("{\"Resources\": {" + String.join(", ", resources) + "}}"));
  }

  static StackTemplate data(String... resources) {
    return stack("orders-prod-data", resources);
  }

  private static final String NAMED = "\"BucketName\": \"orders-prod-documents\"";

  @Nested
  class WithinAStack {
    private final StackTemplate before = data(at("Documents/Resource", "AWS::S3::Bucket", NAMED),
        at("Documents/Policy/Resource", "AWS::S3::BucketPolicy", "\"Bucket\": {\"Ref\": \""
            + LogicalIds.of("Documents/Resource") + "\"}"));
    private final StackTemplate after = data(at("Archive/Documents/Resource", "AWS::S3::Bucket", NAMED),
        at("Archive/Documents/Policy/Resource", "AWS::S3::BucketPolicy", "\"Bucket\": {\"Ref\": \""
            + LogicalIds.of("Archive/Documents/Resource") + "\"}"));

    @Test
    void aBucketWrappedInANewParentIsAMoveNotARemovalAndAnAddition() {
      AssemblyDiff diff = diff(before, after);
      ResourceChange move = diff.changes(ChangeKind.MOVED).get(0);
      assertThat(diff.changes(ChangeKind.MOVED)).hasSize(1);
      assertThat(move.previous().orElseThrow().logicalId()).isEqualTo(LogicalIds.of("Documents/Resource"));
      assertThat(move.current().orElseThrow().logicalId()).isEqualTo(LogicalIds.of("Archive/Documents/Resource"));
      assertThat(move.causes()).containsExactly("logical id");
      assertThat(move.stackChanged()).isFalse();
      // The bucket policy is stateless: created anew and deleted, no move.
      assertThat(diff.changes(ChangeKind.ADDED)).extracting(ResourceChange::type).containsExactly("AWS::S3::BucketPolicy");
      assertThat(diff.changes(ChangeKind.REMOVED)).extracting(ResourceChange::type).containsExactly("AWS::S3::BucketPolicy");
    }

    @Test
    void theFindingNamesWhereItWasAndPrintsTheDeclarationToPaste() {
      PolicyReport report = report(before, after);
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_MOVED ERROR");
      Finding finding = report.findings().get(0);
      assertThat(finding.constructPath()).isEqualTo("prod/data/Archive/Documents/Resource");
      assertThat(finding.message())
          .contains("was '" + LogicalIds.of("Documents/Resource") + "' at 'prod/data/Documents/Resource'",
              "same type and BucketName", "new, empty one", "orphaned with the data (DeletionPolicy Retain)")
          .endsWith("Moves.of(stack).moved(\"Documents\", \"Archive/Documents\");");
    }

    @Test
    void aRenamedParentIsDeclaredAtTheRenamedConstruct() {
      StackTemplate renamed = data(at("Ledger/Database/Resource", "AWS::RDS::DBCluster", "\"Engine\": \"aurora-postgresql\""));
      PolicyReport report = report(data(at("Orders/Database/Resource", "AWS::RDS::DBCluster",
          "\"Engine\": \"aurora-postgresql\"")), renamed);
      assertThat(report.findings()).singleElement().extracting(Finding::message).asString()
          .endsWith("Moves.of(stack).moved(\"Orders\", \"Ledger\");");
    }

    @Test
    void whenTheOldParentStillHoldsResourcesTheDeclarationNamesTheMovedChild() {
      String cache = at("Orders/Cache/Resource", "AWS::SQS::Queue", "\"QueueName\": \"orders-cache\"");
      PolicyReport report = report(
          data(at("Orders/Database/Resource", "AWS::RDS::DBCluster", "\"Engine\": \"aurora-postgresql\""), cache),
          data(at("Ledger/Database/Resource", "AWS::RDS::DBCluster", "\"Engine\": \"aurora-postgresql\""), cache));
      assertThat(report.findings()).singleElement().extracting(Finding::message).asString()
          .endsWith("Moves.of(stack).moved(\"Orders/Database\", \"Ledger/Database\");");
    }

    @Test
    void logicalIdsCdkDidNotDeriveFromThePathArePinnedByHand() {
      String props = "\"Engine\": \"aurora-postgresql\"";
      PolicyReport report = report(
          ReplacementGuardTest.stack(ReplacementGuardTest.resource("OrdersDb", "AWS::RDS::DBCluster",
              "prod/data/Orders/Db/Resource", props, RETAIN)),
          ReplacementGuardTest.stack(ReplacementGuardTest.resource("LedgerDb", "AWS::RDS::DBCluster",
              "prod/data/Ledger/Db/Resource", props, RETAIN)));
      assertThat(report.findings()).singleElement().extracting(Finding::message).asString()
          .contains("pinning it on the CfnResource at 'prod/data/Ledger/Db/Resource': overrideLogicalId(\"OrdersDb\")");
    }

    @Test
    void aNewLogicalIdAtTheSameConstructPathIsAReplacementNotAMove() {
      String props = "\"Engine\": \"aurora-postgresql\"";
      PolicyReport report = report(
          ReplacementGuardTest.stack(ReplacementGuardTest.resource("OrdersDb", "AWS::RDS::DBCluster",
              "prod/data/Orders/Db/Resource", props, RETAIN)),
          ReplacementGuardTest.stack(ReplacementGuardTest.resource("OrdersDbV2", "AWS::RDS::DBCluster",
              "prod/data/Orders/Db/Resource", props, RETAIN)));
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_REPLACED ERROR");
      assertThat(report.findings().get(0).message()).contains("its logical id changed from 'OrdersDb'");
    }

    @Test
    void aRenameThatAlsoChangesAnIdentifyingPropertyIsStillAReplacement() {
      AssemblyDiff diff = diff(data(at("Documents/Resource", "AWS::S3::Bucket", NAMED)),
          data(at("Archive/Documents/Resource", "AWS::S3::Bucket", "\"BucketName\": \"orders-prod-archive\"")));
      assertThat(diff.changes(ChangeKind.MOVED)).isEmpty();
      assertThat(diff.changes(ChangeKind.REPLACED)).singleElement()
          .satisfies(c -> assertThat(c.causes()).containsExactly("logical id"));
    }

    @Test
    void referencesInIdentifyingPropertiesCompareByTheTypeTheyPointAt() {
      String cluster = "\"Engine\": \"aurora-postgresql\"";
      String instance = "\"Engine\": \"aurora-postgresql\", \"DBClusterIdentifier\": {\"Ref\": \"%s\"}";
      AssemblyDiff diff = diff(
          data(at("Orders/Db/Resource", "AWS::RDS::DBCluster", cluster),
              at("Orders/Db/Writer/Resource", "AWS::RDS::DBInstance", instance.formatted(LogicalIds.of("Orders/Db/Resource")))),
          data(at("Ledger/Db/Resource", "AWS::RDS::DBCluster", cluster),
              at("Ledger/Db/Writer/Resource", "AWS::RDS::DBInstance", instance.formatted(LogicalIds.of("Ledger/Db/Resource")))));
      assertThat(diff.changes(ChangeKind.MOVED)).extracting(ResourceChange::type)
          .containsExactly("AWS::RDS::DBCluster", "AWS::RDS::DBInstance");
    }
  }

  @Nested
  class Ambiguity {
    private final StackTemplate before = data(at("Raw/Resource", "AWS::S3::Bucket", ""),
        at("Curated/Resource", "AWS::S3::Bucket", ""));
    private final StackTemplate after = data(at("Bronze/Resource", "AWS::S3::Bucket", ""),
        at("Silver/Resource", "AWS::S3::Bucket", ""));

    @Test
    void twoIdenticalBucketsMovedAtOnceAreAddedAndRemovedWithTheirCandidates() {
      AssemblyDiff diff = diff(before, after);
      assertThat(diff.changes(ChangeKind.MOVED)).isEmpty();
      assertThat(diff.changes(ChangeKind.ADDED)).hasSize(2).allSatisfy(c -> assertThat(c.candidates())
          .extracting(r -> r.constructPath().orElseThrow())
          .containsExactly("prod/data/Raw/Resource", "prod/data/Curated/Resource"));
      assertThat(diff.changes(ChangeKind.REMOVED)).hasSize(2).allMatch(ResourceChange::ambiguous);
    }

    @Test
    void eachNewBucketIsReportedAsAmbiguousWithTheDeclarationsToChooseFrom() {
      PolicyReport report = report(before, after);
      assertThat(ids(report)).containsExactly("GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS ERROR",
          "GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS ERROR");
      Finding bronze = report.findings().stream().filter(f -> f.constructPath().contains("Bronze")).findFirst().orElseThrow();
      assertThat(bronze.message()).contains("may be any of 2 resources", "'prod/data/Raw/Resource'",
          "'prod/data/Curated/Resource'", "Moves.of(stack).moved(\"Raw\", \"Bronze\"); or "
              + "Moves.of(stack).moved(\"Curated\", \"Bronze\");");
    }

    @Test
    void aBigGroupNamesItsFirstFiveCandidatesAndTheJsonListsItOnce() {
      String[] before = new String[7];
      String[] after = new String[7];
      for (int i = 0; i < 7; i++) {
        before[i] = at("Old" + i + "/Resource", "AWS::S3::Bucket", "");
        after[i] = at("New" + i + "/Resource", "AWS::S3::Bucket", "");
      }
      AssemblyDiff diff = diff(data(before), data(after));
      Finding first = report(data(before), data(after)).findings().get(0);
      assertThat(first.message()).contains("may be any of 7 resources", "'prod/data/Old4/Resource'",
          "and 2 more (groundwork-changes.json lists them)").doesNotContain("Old5");
      JsonNode json = StackTemplate.parse(ChangeJson.render(diff));
      assertThat(json.path("stacks").get(0).path("changes")).hasSize(14)
          .allSatisfy(change -> assertThat(change.path("ambiguousGroup").asInt(-1)).isZero());
      JsonNode group = json.path("ambiguousGroups").get(0);
      assertThat(json.path("ambiguousGroups")).hasSize(1);
      assertThat(group.path("type").asText()).isEqualTo("AWS::S3::Bucket");
      assertThat(group.path("previous")).hasSize(7);
      assertThat(group.path("current")).hasSize(7);
      assertThat(group.path("current").get(6).path("constructPath").asText()).isEqualTo("prod/data/New6/Resource");
      // One list per side of the group, shared by its changes rather than copied into each.
      assertThat(diff.changes(ChangeKind.ADDED).get(0).candidates())
          .isSameAs(diff.changes(ChangeKind.ADDED).get(1).candidates());
    }

    @Test
    void theSummaryCountsThemAsAddedAndRemovedThatMayHaveMoved() {
      assertThat(ChangeSummary.render(diff(before, after))).contains(
          "prod / orders-prod-data", "2 added (2 may have moved), 0 modified in place, 0 replaced, 0 moved, "
              + "2 removed (2 may have moved), 0 unchanged");
    }
  }

  @Nested
  class AcrossStacks {
    private static final String QUEUE = "\"QueueName\": \"orders-jobs\"";
    private final StackTemplate dataBefore = data(at("Jobs/Resource", "AWS::SQS::Queue", QUEUE),
        at("Topic/Resource", "AWS::SNS::Topic", ""));
    private final StackTemplate messagingBefore = stack("orders-prod-messaging", at("Alerts/Resource", "AWS::SNS::Topic", ""));
    private final StackTemplate dataAfter = data(at("Topic/Resource", "AWS::SNS::Topic", ""));
    private final StackTemplate messagingAfter = stack("orders-prod-messaging", at("Alerts/Resource", "AWS::SNS::Topic", ""),
        at("Jobs/Resource", "AWS::SQS::Queue", QUEUE));
    private final AssemblyDiff diff = AssemblyDiff.between(List.of(dataBefore, messagingBefore),
        List.of(dataAfter, messagingAfter), ReplacementSpec.bundled());

    @Test
    void aQueueMovedToAnotherStackOfTheEnvironmentIsAMoveIntoThatStack() {
      ResourceChange move = diff.changes(ChangeKind.MOVED).get(0);
      assertThat(diff.changes(ChangeKind.MOVED)).hasSize(1);
      assertThat(move.stack().stackName()).isEqualTo("orders-prod-messaging");
      assertThat(move.previous().orElseThrow().stack().stackName()).isEqualTo("orders-prod-data");
      // Same construct id under the stack: the same logical id, in another stack.
      assertThat(move.causes()).containsExactly("stack");
      assertThat(diff.changes(ChangeKind.REMOVED)).isEmpty();
      assertThat(ChangeSummary.render(diff)).contains("1 moved (1 from another stack)");
    }

    @Test
    void theFindingSaysItNeedsStackRefactoringAndNamesTheMappingFiles() {
      Finding finding = ReplacementGuard.against(new PreviousAssembly(java.nio.file.Path.of("p"),
          List.of(dataBefore, messagingBefore))).findings(diff).get(0);
      assertThat(finding.ruleId().value()).isEqualTo("GW_REPLACE_STATEFUL_MOVED");
      assertThat(finding.stack()).isEqualTo("orders-prod-messaging");
      assertThat(finding.message()).contains("in stack 'orders-prod-data' (environment prod)",
          "orphaned with the data (DeletionPolicy Retain)", "stack refactoring",
          "cdk refactor --unstable=refactor --override-file groundwork-refactor.json",
          "--resource-mappings file://groundwork-refactor-prod.json").doesNotContain("Moves.of");
    }

    @Test
    void theMappingIsWrittenInCdkRefactorsOverrideFormat() {
      JsonNode file = StackTemplate.parse(RefactorMappings.of(diff).cdkOverrideFile(
          Map.of("prod", "333333333333"), Map.of("prod", "eu-west-1")));
      String id = LogicalIds.of("Jobs/Resource");
      assertThat(file.path("environments")).hasSize(1);
      JsonNode group = file.path("environments").get(0);
      assertThat(group.path("account").asText()).isEqualTo("333333333333");
      assertThat(group.path("region").asText()).isEqualTo("eu-west-1");
      assertThat(group.path("resources").path("orders-prod-data." + id).asText())
          .isEqualTo("orders-prod-messaging." + id);
    }

    @Test
    void andInCreateStackRefactorsResourceMappingsFormat() {
      JsonNode mappings = StackTemplate.parse(RefactorMappings.of(diff).resourceMappings("prod"));
      String id = LogicalIds.of("Jobs/Resource");
      assertThat(mappings).hasSize(1);
      assertThat(mappings.get(0).path("Source").path("StackName").asText()).isEqualTo("orders-prod-data");
      assertThat(mappings.get(0).path("Source").path("LogicalResourceId").asText()).isEqualTo(id);
      assertThat(mappings.get(0).path("Destination").path("StackName").asText()).isEqualTo("orders-prod-messaging");
      assertThat(mappings.get(0).path("Destination").path("LogicalResourceId").asText()).isEqualTo(id);
    }

    @Test
    void aMoveWithinOneEnvironmentOnly() {
      StackTemplate devData = StackTemplate.of("orders-dev-data", "dev", Tier.DEV, "dev.template.json",
          StackTemplate.parse("{\"Resources\": {" + at("Jobs/Resource", "AWS::SQS::Queue", QUEUE) + "}}"));
      AssemblyDiff across = AssemblyDiff.between(List.of(dataBefore), List.of(dataAfter, devData),
          ReplacementSpec.bundled());
      assertThat(across.changes(ChangeKind.MOVED)).isEmpty();
      assertThat(across.changes(ChangeKind.REMOVED)).extracting(ResourceChange::type).containsExactly("AWS::SQS::Queue");
      assertThat(RefactorMappings.of(across).isEmpty()).isTrue();
    }
  }

  @Nested
  class ChangeSet {
    @Test
    void theJsonListsEveryChangeButTheUnchangedWithWhereMovedOnesWere() {
      StackTemplate before = data(at("Documents/Resource", "AWS::S3::Bucket", NAMED), at("Keep/Resource", "AWS::SNS::Topic", ""));
      StackTemplate after = data(at("Archive/Documents/Resource", "AWS::S3::Bucket", NAMED),
          at("Keep/Resource", "AWS::SNS::Topic", ""));
      JsonNode json = StackTemplate.parse(ChangeJson.render(diff(before, after)));
      JsonNode stack = json.path("stacks").get(0);
      assertThat(stack.path("stack").asText()).isEqualTo("orders-prod-data");
      assertThat(stack.path("counts").path("moved").asInt()).isEqualTo(1);
      assertThat(stack.path("counts").path("unchanged").asInt()).isEqualTo(1);
      assertThat(stack.path("counts").path("modifiedInPlace").asInt()).isZero();
      assertThat(stack.path("changes")).singleElement().satisfies(change -> {
        assertThat(change.path("kind").asText()).isEqualTo("moved");
        assertThat(change.path("constructPath").asText()).isEqualTo("prod/data/Archive/Documents/Resource");
        assertThat(change.path("previous").path("constructPath").asText()).isEqualTo("prod/data/Documents/Resource");
      });
      assertThat(json.path("replacementSpec").asText()).isEqualTo(ReplacementSpec.bundled().version());
    }

    @Test
    void aStatelessResourceMovedIsAddedAndRemoved() {
      AssemblyDiff diff = diff(data(at("Alerts/Resource", "AWS::SNS::Topic", "")),
          data(at("Ops/Alerts/Resource", "AWS::SNS::Topic", "")));
      assertThat(diff.counts()).containsEntry(ChangeKind.ADDED, 1).containsEntry(ChangeKind.REMOVED, 1)
          .containsEntry(ChangeKind.MOVED, 0);
    }
  }
}
