package dev.groundwork.policy.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthResult;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.MockIntegration;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.StateMachine;

/**
 * Templates of aws-cdk-lib patterns Groundwork does not wrap (an API Gateway REST API, a Step
 * Functions state machine, a DynamoDB table, a CloudFront distribution over a bucket), as users
 * combine them with Groundwork, run through the baseline: the engine reads them without failing,
 * finds only what the rules' rationales are about, and says unknown where a value is a token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainCdkCorpusTest {
  @TempDir static Path outdir;
  private SynthResult result;
  private PolicyReport report;

  @BeforeAll
  void synthesize() {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("corpus").team("platform").costCenter("cc-1")
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .outdir(outdir)
        .build());
    Stack stack = app.environment("prod").addStack("patterns");

    RestApi api = RestApi.Builder.create(stack, "Api").cloudWatchRole(false).build();
    api.getRoot().addMethod("GET", MockIntegration.Builder.create().build());

    CfnParameter retention = CfnParameter.Builder.create(stack, "FlowLogRetentionDays").type("Number")
        .defaultValue(90).build();
    LogGroup flowLogs = LogGroup.Builder.create(stack, "FlowLogs").removalPolicy(RemovalPolicy.RETAIN).build();
    ((CfnLogGroup) flowLogs.getNode().getDefaultChild()).setRetentionInDays(retention.getValueAsNumber());
    StateMachine.Builder.create(stack, "Flow")
        .definitionBody(DefinitionBody.fromChainable(Pass.Builder.create(stack, "Start").build()))
        .logs(LogOptions.builder().destination(flowLogs).level(LogLevel.ERROR).build())
        .build();

    Table.Builder.create(stack, "Orders")
        .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build())
        .build();

    Bucket site = Bucket.Builder.create(stack, "Site")
        .encryption(BucketEncryption.S3_MANAGED).enforceSsl(true)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL).removalPolicy(RemovalPolicy.RETAIN)
        .build();
    CfnCondition versioned = CfnCondition.Builder.create(stack, "Versioned")
        .expression(Fn.conditionEquals(retention.getValueAsString(), "90")).build();
    ((CfnBucket) site.getNode().getDefaultChild()).setVersioningConfiguration(
        CfnBucket.VersioningConfigurationProperty.builder()
            .status(Fn.conditionIf(versioned.getLogicalId(), "Enabled", "Suspended").toString()).build());
    Distribution.Builder.create(stack, "Cdn")
        .defaultBehavior(software.amazon.awscdk.services.cloudfront.BehaviorOptions.builder()
            .origin(S3BucketOrigin.withOriginAccessControl(site)).build())
        .build();

    result = app.synth();
    report = result.policy();
  }

  @Test
  void everyPatternIsReadAndEvaluated() {
    assertThat(result.app().stack("corpus-prod-patterns").resources()).map(r -> r.type()).contains(
        "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Method", "AWS::ApiGateway::Stage",
        "AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::DynamoDB::Table",
        "AWS::CloudFront::Distribution", "AWS::CloudFront::OriginAccessControl", "AWS::S3::BucketPolicy");
    assertThat(report.stacks()).singleElement()
        .satisfies(s -> assertThat(s.resources()).isEqualTo(result.app().stacks().get(0).resources().size()
            + result.app().stacks().get(0).parameters().size()));
  }

  @Test
  void findsOnlyWhatTheRulesAreAbout() {
    List<String> findings = report.findings().stream()
        .map(f -> f.rule().id().value() + " " + f.constructPath() + " " + f.propertyPath())
        .sorted().toList();
    assertThat(findings).containsExactly(EXPECTED_FINDINGS);
  }

  @Test
  void saysUnknownWhereAValueIsAToken() {
    // The versioning status set through Fn::If. The retention taken from a parameter is judged
    // on the parameter's default (aRetentionFromAParameterIsJudgedOnItsDefault).
    assertThat(report.unknowns()).extracting(u -> u.rule().value() + " " + u.constructPath() + ": " + u.reason())
        .containsExactly(
            "GW_S3_BUCKET_VERSIONING_ENABLED prod/patterns/Site/Resource: "
                + "Properties.VersioningConfiguration.Status is not resolvable at synthesis");
  }

  @Test
  void aRetentionFromAParameterIsJudgedOnItsDefault() {
    assertThat(report.findings()).filteredOn(f -> f.rule().id().value().equals("GW_LOGS_RETENTION_TIER_MINIMUM"))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("judged on the default of parameter FlowLogRetentionDays (90)"));
  }

  @Test
  void aRetentionFromAParameterIsSetSoNotAFinding() {
    assertThat(report.findings()).filteredOn(f -> f.rule().id().value().equals("GW_LOGS_RETENTION_SET"))
        .isEmpty();
  }

  /**
   * Each is what its rule is for: the state machine's log group has no customer-managed key and
   * keeps its logs for the parameter's default of 90 days, under PROD's year, and the site
   * bucket writes no access logs. Nothing on the API, the table, the distribution
   * or the roles CDK made for them.
   */
  private static final String[] EXPECTED_FINDINGS = {
      "GW_LOGS_KMS_ENCRYPTED prod/patterns/FlowLogs/Resource Properties.KmsKeyId",
      "GW_LOGS_RETENTION_TIER_MINIMUM prod/patterns/FlowLogs/Resource Properties.RetentionInDays",
      "GW_S3_BUCKET_ACCESS_LOGS_ENABLED prod/patterns/Site/Resource Properties.LoggingConfiguration"};
}
