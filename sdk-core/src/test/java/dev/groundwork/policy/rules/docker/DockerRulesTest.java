package dev.groundwork.policy.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.Outcome;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.rules.BaselineRules;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deliberately bad Dockerfiles, one finding each, through the engine; and a good one with none. */
class DockerRulesTest {
  static final String IMAGE_PATH = "Properties.ContainerDefinitions[1].Image";

  static List<Rule> dockerRules() {
    return BaselineRules.all().stream().filter(r -> r.info().id().value().startsWith("GW_DOCKER_")).toList();
  }

  static PolicyReport evaluate(StackTemplate stack) {
    return PolicyEngine.create(BaselineRules.library(), PolicyOptions.builder().packs().addRules(dockerRules().toArray(Rule[]::new)).build())
        .evaluate(List.of(stack));
  }

  @Test
  void theBaselineHasEightDockerfileRules() {
    assertThat(dockerRules()).hasSize(8);
  }

  @Test
  void passesAGoodMultiStageDockerfileInProduction() {
    PolicyReport report = evaluate(DockerAssetFixture.stack("good.Dockerfile", Tier.PROD));
    assertThat(report.findings()).isEmpty();
    assertThat(report.unknowns()).isEmpty();
    assertThat(report.stacks().get(0).applicable().values()).as("every rule checked the task").containsOnly(1);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "base-untagged.Dockerfile        | STAGING | GW_DOCKER_BASE_IMAGE_PINNED               | line 1 (FROM eclipse-temurin): stage 1 starts from \"eclipse-temurin\" without a tag (resolves to latest)",
      "base-latest.Dockerfile          | STAGING | GW_DOCKER_BASE_IMAGE_PINNED               | stage 2 starts from \"eclipse-temurin:latest\" tagged latest",
      "base-tag-only.Dockerfile        | PROD    | GW_DOCKER_BASE_IMAGE_DIGEST_IN_PROD       | starts from \"eclipse-temurin:21-jre\" without a digest",
      "build-tools-final.Dockerfile    | STAGING | GW_DOCKER_FINAL_STAGE_WITHOUT_BUILD_TOOLS | line 2 (RUN apt-get update && apt-get install -y build-essential",
      "build-stage-as-final.Dockerfile | STAGING | GW_DOCKER_FINAL_STAGE_WITHOUT_BUILD_TOOLS | runs the build tool 'gradlew'",
      "root-user.Dockerfile            | STAGING | GW_DOCKER_FINAL_STAGE_NON_ROOT_USER       | line 4 (USER root): the final image runs as root",
      "no-user.Dockerfile              | STAGING | GW_DOCKER_FINAL_STAGE_NON_ROOT_USER       | sets no USER",
      "remote-add.Dockerfile           | STAGING | GW_DOCKER_NO_REMOTE_ADD                   | ADD fetches https://example.com/agent.jar without --checksum",
      "secret-copy.Dockerfile          | STAGING | GW_DOCKER_NO_SECRETS_COPIED               | copies keys/id_rsa, which holds secrets, into the image",
      "unparseable.Dockerfile          | STAGING | GW_DOCKER_DOCKERFILE_VALID                | Dockerfile asset.5f3c9a0e7b1d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e/Dockerfile line 2: unknown instruction 'USR'",
  })
  void reportsOneFindingPerBadDockerfile(String dockerfile, Tier tier, String rule, String message) {
    PolicyReport report = evaluate(DockerAssetFixture.stack(dockerfile, tier));
    assertThat(report.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo(rule);
      assertThat(finding.logicalId()).isEqualTo("Task");
      assertThat(finding.propertyPath()).isEqualTo(IMAGE_PATH);
      assertThat(finding.message()).contains(message);
    });
  }

  @Test
  void reportsAMissingDockerignore() {
    PolicyReport report = evaluate(DockerAssetFixture.stack("good.Dockerfile", Tier.PROD, false, ""));
    assertThat(report.findings()).extracting(f -> f.ruleId().value()).containsExactly("GW_DOCKER_DOCKERIGNORE_PRESENT");
    assertThat(report.findings().get(0).message()).contains("its directory has no .dockerignore");
  }

  @Test
  void asksForDigestsOnlyInProduction() {
    assertThat(evaluate(DockerAssetFixture.stack("base-tag-only.Dockerfile", Tier.STAGING)).findings()).isEmpty();
  }

  @Test
  void escalatesARootUserToAnErrorInProduction() {
    List<Finding> findings = evaluate(DockerAssetFixture.stack("root-user.Dockerfile", Tier.PROD)).findings();
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
  }

  @Test
  void honoursASuppressionOnTheTaskDefinition() {
    PolicyReport report = evaluate(DockerAssetFixture.stack("remote-add.Dockerfile", Tier.STAGING, true,
        "'Metadata': {'groundwork:suppressions': [{'rule': 'GW_DOCKER_NO_REMOTE_ADD', "
            + "'reason': 'vendor agent, checksum verified by the entrypoint'}]}, "));
    assertThat(report.findings()).isEmpty();
    assertThat(report.suppressed()).singleElement()
        .satisfies(s -> assertThat(s.finding().ruleId().value()).isEqualTo("GW_DOCKER_NO_REMOTE_ADD"));
  }

  @Test
  void isUnknownWhenTheBaseImageIsABuildArgumentWithoutDefault() {
    StackTemplate stack = DockerAssetFixture.stack("base-from-argument.Dockerfile", Tier.PROD);
    Evaluation evaluation = new DockerBaseImagePinned().evaluate(RuleContext.of(stack.resource("Task").orElseThrow()));
    assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(evaluation.unknownReason()).contains("line 2 (FROM ${BASE})")
        .contains("depends on a build argument without a default");
  }

  @Nested
  class NotApplicable {
    @Test
    void toImagesFromARegistry() {
      StackTemplate stack = StackTemplate.of("Stack", "prod", Tier.PROD, "Stack.template.json", StackTemplate.parse(
          "{\"Resources\": {\"Task\": {\"Type\": \"AWS::ECS::TaskDefinition\", \"Properties\": "
              + "{\"ContainerDefinitions\": [{\"Name\": \"web\", \"Image\": \"nginx:1.27\"}]}}}}"));
      PolicyReport report = evaluate(stack);
      assertThat(report.findings()).isEmpty();
      assertThat(report.stacks().get(0).applicable().values()).containsOnly(0);
    }

    @Test
    void toTheOtherChecksWhenTheDockerfileDoesNotParse() {
      PolicyReport report = evaluate(DockerAssetFixture.stack("unparseable.Dockerfile", Tier.PROD));
      assertThat(report.stacks().get(0).applicable().entrySet()).filteredOn(e -> e.getValue() == 1)
          .extracting(e -> e.getKey().value()).containsExactlyInAnyOrder("GW_DOCKER_DOCKERFILE_VALID",
              "GW_DOCKER_DOCKERIGNORE_PRESENT");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mvn -B package                                    | runs the build tool 'mvn'",
      "./mvnw verify                                     | runs the build tool 'mvnw'",
      "cd /src && go build -o /app .                     | runs the build tool 'go build'",
      "npm ci --omit=dev                                 | runs the build tool 'npm ci'",
      "apk add --no-cache build-base python3             | installs the build package 'build-base'",
      "apt-get install -y --no-install-recommends gcc    | installs the build package 'gcc'",
      "pip install -r requirements.txt; apt-get install -y python3-dev | installs the build package 'python3-dev'",
  })
  void recognisesBuildTools(String command, String what) {
    assertThat(DockerFinalStageWithoutBuildTools.buildTool(command)).contains(what);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*",
      "mkdir -p /app/cache",
      "pip install --no-cache-dir -r requirements.txt",
      "echo done > /tmp/ready",
  })
  void leavesRuntimeCommandsAlone(String command) {
    assertThat(DockerFinalStageWithoutBuildTools.buildTool(command)).isEmpty();
  }
}
