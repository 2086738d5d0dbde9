package dev.groundwork.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.core.SynthesisFailedException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one line a failed environment gets, from what CDK reported (its messages as of aws-cdk-lib 2.272). */
class SynthesisFailureTest {
  private static final Map<String, String> STACKS = Map.of(
      "dev/data", "shop-dev-data", "dev/services", "shop-dev-services", "dev/jobs", "shop-dev-jobs");

  @Test
  void aCycleOfThreeStacksNamesEachStackAndEachReference() {
    String cdk = "DependencyCycle: 'dev/data' depends on 'dev/jobs' (dev/data -> dev/services/Api/Role/Resource.Arn, "
        + "dev/services -> dev/jobs/Queue/Resource.Arn). Adding this dependency (dev/jobs -> "
        + "dev/data/Bucket/Resource.Arn) would create a cyclic reference.";
    SynthesisFailedException failure = SynthesisFailure.environmentFailed("dev (1/1, DEV tier, 111111111111/eu-west-1)",
        "dev", new RuntimeException(cdk), Path.of("cdk.out"), path -> STACKS.getOrDefault(path, path));
    assertThat(failure.getMessage()).isEqualTo("synthesis of environment dev (1/1, DEV tier, 111111111111/eu-west-1) "
        + "failed: stacks shop-dev-data, shop-dev-jobs and shop-dev-services depend on each other: shop-dev-data "
        + "uses dev/services/Api/Role/Resource.Arn, and shop-dev-services uses dev/jobs/Queue/Resource.Arn, and "
        + "shop-dev-jobs uses dev/data/Bucket/Resource.Arn. A stack may use what the stacks it depends on define, "
        + "not the other way round: create the resource that writes into the other stack (a security-group rule, a "
        + "policy naming a role) in the stack that uses it (" + SynthesisFailure.CYCLE_DOCS + ") (cdk.out was not "
        + "changed: it keeps the previous assembly, if there was one)");
    assertThat(failure.summary()).isEqualTo("dependency cycle between stacks shop-dev-data, shop-dev-jobs and shop-dev-services");
  }

  @Test
  void anyOtherFailureKeepsItsOwnHeadlineAndNamesTheEnvironment() {
    SynthesisFailedException failure = SynthesisFailure.environmentFailed("dev (1/1, DEV tier, 111111111111/eu-west-1)",
        "dev", new RuntimeException("ValidationError: the queue needs a dead-letter queue\n    at Foo (x.js:1)"),
        Path.of("cdk.out"), path -> path);
    assertThat(failure.getMessage()).startsWith("synthesis of environment dev (1/1, DEV tier, 111111111111/eu-west-1) "
        + "failed: ValidationError: the queue needs a dead-letter queue (cdk.out was not changed").doesNotContain("x.js");
    assertThat(failure.summary()).isEqualTo("synthesis of environment 'dev' failed");
  }
}
