package dev.groundwork.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthResult;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.formats.PolicyReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.services.sqs.Queue;

/** PlatformApp.synth runs the policy engine with the app's options; one synthesis. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformAppPolicyTest {

  SynthResult result;

  @BeforeAll
  void synthesize() throws Exception {
    Path out = Files.createTempDirectory("platform-policy");
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders").team("payments").costCenter("cc-1234")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .policy(PolicyOptions.builder().regrade("GW_SQS_QUEUE_TLS_REQUIRED", Severity.INFO).build())
        .outdir(Optional.of(out))
        .build());
    for (PlatformEnvironment env : app.environments()) {
      new Queue(env.addStack("queues"), "Orders");
    }
    result = app.synth();
  }

  Finding finding(String rule, String environment) {
    return result.policy().findings().stream()
        .filter(f -> f.ruleId().value().equals(rule) && f.environment().equals(environment))
        .findFirst().orElseThrow();
  }

  @Nested
  class Synthesis {
    @Test
    void evaluatesEveryStackWithItsEnvironmentAndName() {
      assertThat(result.policy().stacks()).extracting(StackSummary::stack)
          .containsExactly("orders-dev-queues", "orders-prod-queues");
      assertThat(finding("GW_SQS_QUEUE_TLS_REQUIRED", "dev").constructPath())
          .isEqualTo("dev/queues/Orders/Resource");
    }

    @Test
    void appliesTheAppsPolicyOptions() {
      assertThat(finding("GW_SQS_QUEUE_TLS_REQUIRED", "prod").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void timesThePolicyPhaseAndWritesReports() {
      assertThat(result.phaseTimings()).containsKey("policy");
      assertThat(result.assemblyDirectory().resolve(PolicyReports.JSON_FILE)).isRegularFile();
      assertThat(result.assemblyDirectory().resolve(PolicyReports.SARIF_FILE)).isRegularFile();
      assertThat(result.assemblyDirectory().resolve(PolicyReports.JUNIT_FILE)).isRegularFile();
    }

    @Test
    void tagsFromPlatformAppSatisfyTheTagRule() {
      assertThat(result.policy().findings()).noneMatch(f -> f.ruleId().value().equals("GW_TAGS_REQUIRED"));
    }

    @Test
    void passesWhenOnlyInfoFindingsRemain() {
      assertThat(result.policy().hasErrors()).isFalse();
      assertThat(result.policy().exitStatus()).isZero();
    }
  }
}
