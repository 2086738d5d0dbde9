package dev.groundwork.benchmarks;

import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.core.Tier;
import dev.groundwork.core.internal.FeatureFlags;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.StageProps;
import software.amazon.awscdk.TagProps;
import software.amazon.awscdk.Tags;

/**
 * The reference app's construct tree under a plain CDK {@link App} with plain {@link Stage}s:
 * the baseline Groundwork's synthesis is compared with.
 *
 * <p>Same environments, stacks (names, descriptions, termination protection), tags, feature
 * flags and {@link SecureBucket}s as {@code ReferenceApp}; no {@code PlatformApp}, no Node.js
 * check, no policy or report phase. Everything else is CDK's default, including its analytics
 * metadata resource and, unless the JVM was launched with {@code CDK_VALIDATION=false}, its
 * built-in CloudFormation validator.
 */
public final class PlainCdkReferenceApp {
  /** The key and encoding under which {@code PlatformEnvironment} records its facts for constructs. */
  private static final String PLATFORM_CONTEXT_KEY = "groundwork:environment";

  private record Env(String name, String account, Tier tier) {}

  private PlainCdkReferenceApp() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    App app = new App(AppProps.builder().outdir("cdk.out").context(FeatureFlags.recommended()).build());
    for (Env env : List.of(new Env("dev", "111111111111", Tier.DEV),
        new Env("staging", "222222222222", Tier.STAGING), new Env("prod", "333333333333", Tier.PROD))) {
      Stage stage = new Stage(app, env.name(), StageProps.builder().stageName(env.name())
          .env(Environment.builder().account(env.account()).region("eu-west-1").build()).build());
      // SecureBucket reads its tier from this context, as it would inside a PlatformEnvironment.
      stage.getNode().setContext(PLATFORM_CONTEXT_KEY,
          String.join("/", "orders", env.name(), env.tier().name(), env.account(), "eu-west-1"));
      TagProps required = TagProps.builder().priority(1000).build();
      Tags.of(stage).add("environment", env.name(), required);
      Tags.of(stage).add("team", "payments", required);
      Tags.of(stage).add("cost-center", "cc-1234", required);
      Tags.of(stage).add("service", "orders");
      Tags.of(stage).add("repository", "github.com/example/orders-infra");
      Stack data = new Stack(stage, "data", StackProps.builder()
          .stackName("orders-" + env.name() + "-data")
          .description("orders data stack, %s environment (%s tier). Managed by Groundwork: change it in code."
              .formatted(env.name(), env.tier()))
          .terminationProtection(env.tier().defaults().stackTerminationProtection())
          .build());
      new SecureBucket(data, "Documents", SecureBucketProps.defaults());
    }
    int stacks = app.synth().getStacksRecursively().size();
    System.out.printf("[plain-cdk] %d stacks synthesized into cdk.out in %.2f s (CDK_VALIDATION=%s)%n",
        stacks, (System.nanoTime() - start) / 1e9, System.getenv("CDK_VALIDATION"));
  }
}
