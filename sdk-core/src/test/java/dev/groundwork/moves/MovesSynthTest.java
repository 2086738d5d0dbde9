package dev.groundwork.moves;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.app.SynthResult;
import dev.groundwork.assembly.LogicalIds;
import dev.groundwork.assembly.MoveMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.formats.PolicyReports;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ChangeJson;
import dev.groundwork.replacement.ChangeKind;
import dev.groundwork.replacement.PreviousAssembly;
import dev.groundwork.replacement.RefactorMappings;
import dev.groundwork.replacement.ReplacementGuard;
import dev.groundwork.replacement.ResourceChange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Moves end to end, on one app synthesized three times: as deployed (v1); refactored without
 * declarations (v2, through the synth command the pipeline runs), where the guard reports the
 * moves and prints the declarations; and with the printed declarations pasted in (v3), where the
 * same refactoring replaces nothing. The refactoring: the construct holding an Aurora database
 * renamed ({@code Orders} to {@code Ledger}), a named bucket wrapped in a new parent ({@code
 * Archive}), two unnamed buckets renamed at once ({@code Raw}, {@code Curated} to {@code Bronze},
 * {@code Silver}), and a queue moved to a new stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovesSynthTest {
  private static final Pattern DECLARATION = Pattern.compile("Moves\\.of\\(stack\\)\\.moved\\(\"[^\"]+\", \"[^\"]+\"\\);");

  private enum Version { DEPLOYED, REFACTORED, DECLARED }

  private SynthResult deployed;
  private int refactoredStatus;
  private String refactoredOutput;
  private Path refactoredDir;
  private List<Finding> refactoredFindings;
  private AssemblyDiff refactoredChanges;
  private SynthResult declared;
  private final List<String> printed = new ArrayList<>();

  private PlatformApp app(Path outdir, Optional<Path> previous, Version version) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders").team("payments").costCenter("cc-1").outdir(outdir).previousAssembly(previous)
        .policy(PolicyOptions.builder().packs().build())
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .build());
    Stack data = app.environment("prod").addStack("data");
    Vpc vpc = Vpc.Builder.create(data, "Network").maxAzs(2).natGateways(0).restrictDefaultSecurityGroup(false)
        .subnetConfiguration(List.of(SubnetConfiguration.builder().name("data")
            .subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
        .build();
    boolean refactored = version != Version.DEPLOYED;
    Construct orders = new Construct(data, refactored ? "Ledger" : "Orders");
    DatabaseCluster.Builder.create(orders, "Database")
        .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
            .version(AuroraPostgresEngineVersion.VER_16_2).build()))
        .writer(ClusterInstance.provisioned("Writer"))
        .vpc(vpc).vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
        .removalPolicy(RemovalPolicy.SNAPSHOT)
        .build();
    Construct archive = refactored ? new Construct(data, "Archive") : data;
    Bucket.Builder.create(archive, "Documents").bucketName("orders-prod-documents")
        .removalPolicy(RemovalPolicy.RETAIN).build();
    Bucket raw = Bucket.Builder.create(data, refactored ? "Bronze" : "Raw").removalPolicy(RemovalPolicy.RETAIN).build();
    Bucket curated = Bucket.Builder.create(data, refactored ? "Silver" : "Curated")
        .removalPolicy(RemovalPolicy.RETAIN).build();
    Stack messaging = refactored ? app.environment("prod").addStack("messaging") : data;
    Queue.Builder.create(messaging, "Jobs").queueName("orders-prod-jobs").build();
    if (version == Version.DECLARED) {
      Moves.of(data).moved("Orders", "Ledger");
      Moves.of(data).moved("Documents", "Archive/Documents");
      // Two unnamed buckets renamed at once cannot be told apart: say which is which.
      Moves.of(data).moved("Raw", raw).moved("Curated", curated);
      Moves.of(data).moved("Reports", "Analytics"); // nothing is at Analytics: it matches nothing
    }
    return app;
  }

  @BeforeAll
  void synthesizeDeployedRefactoredAndDeclared(@TempDir Path dir) throws Exception {
    deployed = app(dir.resolve("v1"), Optional.empty(), Version.DEPLOYED).synth();
    Path refactoredOutdir = dir.resolve("v2");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    refactoredStatus = SynthCommand.execute(() -> app(refactoredOutdir, Optional.of(deployed.assemblyDirectory()),
            Version.REFACTORED), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    refactoredOutput = out.toString(StandardCharsets.UTF_8);
    // The guard rejects the refactoring: its assembly and reports are beside v2, which it never replaced.
    refactoredDir = dir.resolve("v2.rejected");
    assertThat(refactoredOutdir).doesNotExist();
    SynthesizedApp refactored = SynthesizedApp.read(refactoredDir);
    PreviousAssembly previous = PreviousAssembly.read(deployed.assemblyDirectory());
    refactoredChanges = ReplacementGuard.against(previous).diff(refactored.stacks());
    refactoredFindings = ReplacementGuard.against(previous).findings(refactoredChanges);
    // The declarations the report printed for the moves, which the declared version pastes.
    Set<String> lines = new LinkedHashSet<>();
    refactoredFindings.stream().filter(f -> f.ruleId().value().equals("GW_REPLACE_STATEFUL_MOVED"))
        .forEach(f -> {
          Matcher line = DECLARATION.matcher(f.message());
          if (line.find()) {
            lines.add(line.group());
          }
        });
    printed.addAll(lines);
    declared = app(dir.resolve("v3"), Optional.of(deployed.assemblyDirectory()), Version.DECLARED).synth();
  }

  private List<String> findings(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.ruleId().value().equals(rule)).map(Finding::constructPath).toList();
  }

  private static Resource only(SynthesizedApp app, String stack, String type, String pathPart) {
    return app.stack(stack).resourcesOfType(type).stream()
        .filter(r -> r.constructPath().orElse("").contains(pathPart)).findFirst().orElseThrow();
  }

  @Nested
  class TheLogicalIdsCdkGave {
    @Test
    void areTheOnesMovesComputesFromEveryResourcesPath() {
      List<Resource> resources = deployed.app().stacks().stream().flatMap(s -> s.resources().stream()).toList();
      assertThat(resources).hasSizeGreaterThan(15);
      assertThat(resources).allSatisfy(r -> assertThat(LogicalIds.pathInStack(r))
          .as("%s", r).hasValueSatisfying(path -> assertThat(r.constructPath().orElseThrow()).isEqualTo("prod/data/" + path)));
    }
  }

  @Nested
  class RenamedConstructHoldingADatabase {
    @Test
    void isReportedAsAMoveWithTheDeclarationToPaste() {
      assertThat(findings(refactoredFindings, "GW_REPLACE_STATEFUL_MOVED")).contains(
          "prod/data/Ledger/Database/Resource", "prod/data/Ledger/Database/Writer/Resource",
          "prod/data/Ledger/Database/Secret/Resource");
      Finding cluster = refactoredFindings.stream()
          .filter(f -> f.constructPath().equals("prod/data/Ledger/Database/Resource")).findFirst().orElseThrow();
      assertThat(cluster.message()).contains("at 'prod/data/Orders/Database/Resource'",
          "deleted after a final snapshot (DeletionPolicy Snapshot)")
          .endsWith("Moves.of(stack).moved(\"Orders\", \"Ledger\");");
      // Exactly what the declared version pastes (with its stack variable, data).
      assertThat(printed).containsExactlyInAnyOrder("Moves.of(stack).moved(\"Orders\", \"Ledger\");",
          "Moves.of(stack).moved(\"Documents\", \"Archive/Documents\");");
    }

    @Test
    void withTheDeclarationTheNextSynthesisReplacesNothing() {
      AssemblyDiff diff = declared.changes().orElseThrow();
      List<ResourceChange> data = diff.changes().stream()
          .filter(c -> c.stack().stackName().equals("orders-prod-data")).toList();
      assertThat(data).filteredOn(c -> c.resource().constructPath().orElse("").contains("/Ledger/"))
          .hasSizeGreaterThan(5)
          .allSatisfy(c -> assertThat(c.kind()).as("%s", c.resource()).isEqualTo(ChangeKind.UNCHANGED));
      assertThat(data).filteredOn(c -> StatefulTypes.contains(c.type()))
          .allSatisfy(c -> assertThat(c.kind()).as("%s", c.resource()).isEqualTo(ChangeKind.UNCHANGED));
      assertThat(declared.policy().findings()).noneMatch(f -> f.stack().equals("orders-prod-data")
          && f.ruleId().value().startsWith("GW_REPLACE_STATEFUL"));
    }

    @Test
    void theDatabaseKeepsTheLogicalIdItHadAtTheOldPath() {
      Resource before = only(deployed.app(), "orders-prod-data", "AWS::RDS::DBCluster", "/Orders/Database/");
      Resource after = only(declared.app(), "orders-prod-data", "AWS::RDS::DBCluster", "/Ledger/Database/");
      assertThat(after.logicalId()).isEqualTo(before.logicalId());
    }

    @Test
    void theTemplateRecordsTheDeclarationAndEveryElementItPinned() {
      List<MoveMetadata.Declaration> declarations = MoveMetadata.declarations(declared.app().stack("orders-prod-data"));
      MoveMetadata.Declaration ledger = declarations.stream().filter(d -> d.to().equals("Ledger")).findFirst().orElseThrow();
      assertThat(ledger.from()).isEqualTo("Orders");
      assertThat(ledger.pins()).containsEntry("Ledger/Database/Resource",
          only(deployed.app(), "orders-prod-data", "AWS::RDS::DBCluster", "/Orders/").logicalId());
      assertThat(ledger.pins()).hasSizeGreaterThan(5);
    }
  }

  @Nested
  class BucketWrappedInANewParent {
    @Test
    void isAMoveDeclaredAtTheBucket() {
      Finding finding = refactoredFindings.stream()
          .filter(f -> f.constructPath().equals("prod/data/Archive/Documents/Resource")).findFirst().orElseThrow();
      assertThat(finding.ruleId().value()).isEqualTo("GW_REPLACE_STATEFUL_MOVED");
      assertThat(finding.message()).contains("same type and BucketName",
          "orphaned with the data (DeletionPolicy Retain)")
          .endsWith("Moves.of(stack).moved(\"Documents\", \"Archive/Documents\");");
    }

    @Test
    void keepsItsLogicalIdOnceDeclared() {
      assertThat(only(declared.app(), "orders-prod-data", "AWS::S3::Bucket", "/Archive/Documents/").logicalId())
          .isEqualTo(only(deployed.app(), "orders-prod-data", "AWS::S3::Bucket", "/Documents/").logicalId());
    }
  }

  @Nested
  class TwoIdenticalBucketsMovedAtOnce {
    @Test
    void areAmbiguousWithTheirCandidates() {
      assertThat(findings(refactoredFindings, "GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS"))
          .containsExactlyInAnyOrder("prod/data/Bronze/Resource", "prod/data/Silver/Resource");
      assertThat(refactoredFindings).filteredOn(f -> f.constructPath().equals("prod/data/Silver/Resource"))
          .singleElement().extracting(Finding::message).asString()
          .contains("'prod/data/Raw/Resource'", "'prod/data/Curated/Resource'",
              "Moves.of(stack).moved(\"Raw\", \"Silver\");", "Moves.of(stack).moved(\"Curated\", \"Silver\");");
      assertThat(findings(refactoredFindings, "GW_REPLACE_STATEFUL_REMOVED")).isEmpty();
    }

    @Test
    void keepTheLogicalIdsTheExplicitDeclarationsGiveThem() {
      assertThat(only(declared.app(), "orders-prod-data", "AWS::S3::Bucket", "/Silver/").logicalId())
          .isEqualTo(only(deployed.app(), "orders-prod-data", "AWS::S3::Bucket", "/Curated/").logicalId());
      assertThat(findings(declared.policy().findings(), "GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS")).isEmpty();
    }
  }

  @Nested
  class QueueMovedToAnotherStack {
    @Test
    void isAMoveThatNeedsStackRefactoring() {
      Finding finding = refactoredFindings.stream()
          .filter(f -> f.constructPath().equals("prod/messaging/Jobs/Resource")).findFirst().orElseThrow();
      assertThat(finding.ruleId().value()).isEqualTo("GW_REPLACE_STATEFUL_MOVED");
      assertThat(finding.stack()).isEqualTo("orders-prod-messaging");
      assertThat(finding.message()).contains("in stack 'orders-prod-data'", "stack refactoring",
          RefactorMappings.FILE).doesNotContain("Moves.of");
    }

    @Test
    void theRefactorMappingIsWrittenBesideTheAssembly() throws Exception {
      String id = only(deployed.app(), "orders-prod-data", "AWS::SQS::Queue", "/Jobs/").logicalId();
      JsonNode cdk = StackTemplate.parse(Files.readString(refactoredDir.resolve(RefactorMappings.FILE)));
      JsonNode group = cdk.path("environments").get(0);
      assertThat(group.path("account").asText()).isEqualTo("333333333333");
      assertThat(group.path("region").asText()).isEqualTo("eu-west-1");
      assertThat(group.path("resources").path("orders-prod-data." + id).asText())
          .isEqualTo("orders-prod-messaging." + only(declared.app(), "orders-prod-messaging", "AWS::SQS::Queue",
              "/Jobs/").logicalId());
      JsonNode mappings = StackTemplate.parse(Files.readString(refactoredDir.resolve(RefactorMappings.fileFor("prod"))));
      assertThat(mappings).singleElement().satisfies(m -> {
        assertThat(m.path("Source").path("StackName").asText()).isEqualTo("orders-prod-data");
        assertThat(m.path("Source").path("LogicalResourceId").asText()).isEqualTo(id);
        assertThat(m.path("Destination").path("StackName").asText()).isEqualTo("orders-prod-messaging");
      });
    }
  }

  @Nested
  class UnusedDeclaration {
    @Test
    void isReportedSoPinsDoNotRot() {
      List<Finding> unused = declared.policy().findings().stream()
          .filter(f -> f.ruleId().value().equals("GW_REPLACE_MOVE_UNUSED")).toList();
      assertThat(unused).singleElement().satisfies(f -> {
        assertThat(f.constructPath()).isEqualTo("prod/data/Analytics");
        assertThat(f.message()).startsWith("Moves.of(stack).moved(\"Reports\", \"Analytics\")")
            .contains("matches nothing");
      });
    }
  }

  @Nested
  class TheSynthCommand {
    @Test
    void printsTheChangeSetPerStackBeforeTheFindingsAndFailsOnTheMoves() {
      assertThat(refactoredStatus).isEqualTo(SynthCommand.POLICY_ERRORS);
      assertThat(refactoredOutput).contains("changes against the previous assembly",
          "prod / orders-prod-data", "prod / orders-prod-messaging",
          "new stack, 1 resource added (1 moved from another stack)",
          "[groundwork] change set: ", "[groundwork] stack refactoring needed before deploying");
      assertThat(refactoredOutput.indexOf("changes against the previous assembly"))
          .isLessThan(refactoredOutput.indexOf("GW_REPLACE_STATEFUL_MOVED"));
    }

    @Test
    void writesTheChangeSetAsJson() throws Exception {
      JsonNode json = StackTemplate.parse(Files.readString(refactoredDir.resolve(ChangeJson.FILE)));
      JsonNode data = json.path("stacks").get(0);
      assertThat(data.path("stack").asText()).isEqualTo("orders-prod-data");
      assertThat(data.path("counts").path("moved").asInt()).isEqualTo(refactoredChanges.byStack().get(0)
          .counts().get(ChangeKind.MOVED)).isGreaterThanOrEqualTo(4);
      assertThat(Files.readString(refactoredDir.resolve(PolicyReports.JSON_FILE))).contains("GW_REPLACE_STATEFUL_MOVED");
    }
  }
}
