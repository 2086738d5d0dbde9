package dev.groundwork.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.CustomResourceProviderTags;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcProps;

/**
 * Rules stay quiet on what CDK's L2 constructs add by themselves once they are set up as users
 * are told: custom-resource provider roles and functions (raw CfnResources that Tags.of cannot
 * tag) tagged by {@link CustomResourceProviderTags}, the BootstrapVersion parameter; except the
 * provider's log group, which only sdk-constructs' CustomResourceProviderLogs supplies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdkOutputTest {

  PolicyReport report;
  SynthesizedApp synthesized;

  @BeforeAll
  void synthesize() throws Exception {
    Path out = Files.createTempDirectory("cdk-output");
    App app = new App(AppProps.builder().outdir(out.toString())
        .context(Map.of("aws:cdk:enable-path-metadata", true)).build());
    Stage dev = new Stage(app, "dev");
    for (String key : List.of("environment", "team", "cost-center")) {
      Tags.of(dev).add(key, "x");
    }
    Stack stack = new Stack(dev, "network");
    Vpc vpc = new Vpc(stack, "Vpc", VpcProps.builder().maxAzs(2).natGateways(1)
        .restrictDefaultSecurityGroup(true).build());
    vpc.addFlowLog("FlowLog", FlowLogOptions.builder().build());
    Aspects.of(stack.getNode().findChild("Custom::VpcRestrictDefaultSGCustomResourceProvider"))
        .add(new CustomResourceProviderTags());
    app.synth();
    synthesized = SynthesizedApp.read(out, env -> Tier.PROD);
    report = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults()).evaluate(synthesized);
  }

  @Test
  void vpcWithFlowLogAndRestrictedDefaultGroupPassesNetworkRules() {
    assertThat(report.findings()).extracting(f -> f.ruleId().value())
        .doesNotContain("GW_VPC_FLOW_LOGS_ENABLED", "GW_VPC_DEFAULT_SG_RESTRICTED", "GW_EC2_SG_NO_OPEN_INGRESS");
  }

  /**
   * Only for the log group Lambda would create outside the template: sdk-constructs'
   * CustomResourceProviderLogs gives a provider its own, which plain CDK does not.
   */
  @Test
  void customResourceProviderIsFlaggedOnlyForItsUnmanagedLogGroup() {
    assertThat(report.findings()).filteredOn(f -> f.constructPath().contains("CustomResourceProvider"))
        .extracting(f -> f.ruleId().value() + " " + f.constructPath())
        .containsExactly("GW_LAMBDA_LOG_GROUP_MANAGED dev/network/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler");
  }

  @Test
  void customResourceProviderRoleAndFunctionAreCheckedForTags() {
    assertThat(report.stacks()).singleElement().satisfies(s -> assertThat(s.environment()).isEqualTo("dev"));
    // Checked, not exempt: they carry the stack's tags, which is why the rule found nothing.
    assertThat(synthesized.stack("dev-network").resources())
        .filteredOn(r -> r.logicalId().startsWith("CustomVpcRestrictDefaultSGCustomResourceProvider"))
        .extracting(r -> r.type() + " " + r.tags().keySet())
        .containsExactlyInAnyOrder("AWS::IAM::Role [cost-center, environment, team]",
            "AWS::Lambda::Function [cost-center, environment, team]");
  }

  @Test
  void reportsOnlyTheUnencryptedFlowLogGroupAndTheProvidersUnmanagedLogGroup() {
    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.constructPath())
        .containsExactlyInAnyOrder("GW_LOGS_KMS_ENCRYPTED dev/network/Vpc/FlowLog/LogGroup/Resource",
            "GW_LAMBDA_LOG_GROUP_MANAGED dev/network/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler");
  }
}
