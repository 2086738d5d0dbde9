package dev.groundwork.benchmarks;

import dev.groundwork.app.CustomResourceProviderTags;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import dev.groundwork.core.internal.FeatureFlags;
import dev.groundwork.samples.ReferenceApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * flags and constructs as {@code ReferenceApp}, built by the same {@link ReferenceApp#addStacks};
 * no {@code PlatformApp}, no Node.js check, no policy or report phase. Everything else is CDK's default, including its analytics
 * metadata resource and, unless the JVM was launched with {@code CDK_VALIDATION=false}, its
 * built-in CloudFormation validator.
 */
public final class PlainCdkReferenceApp {
  private record Env(String name, String account, Tier tier) {}

  private PlainCdkReferenceApp() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    App app = build("cdk.out");
    int stacks = app.synth().getStacksRecursively().size();
    System.out.printf("[plain-cdk] %d stacks synthesized into cdk.out in %.2f s (CDK_VALIDATION=%s)%n",
        stacks, (System.nanoTime() - start) / 1e9, System.getenv("CDK_VALIDATION"));
  }

  /** The construct tree, not yet synthesized, writing to {@code outdir}. */
  static App build(String outdir) {
    // Construct paths in resource metadata, as the CDK CLI turns on by default (--path-metadata)
    // and Groundwork turns on for its findings: both variants then write identical templates.
    Map<String, Object> context = new HashMap<>(FeatureFlags.recommended());
    context.put("aws:cdk:enable-path-metadata", true);
    App app = new App(AppProps.builder().outdir(outdir).context(context).build());
    for (Env env : List.of(new Env("dev", "111111111111", Tier.DEV),
        new Env("staging", "222222222222", Tier.STAGING), new Env("prod", "333333333333", Tier.PROD))) {
      Stage stage = new Stage(app, env.name(), StageProps.builder().stageName(env.name())
          .env(Environment.builder().account(env.account()).region("eu-west-1").build()).build());
      // Groundwork's constructs read their tier from this, as inside a PlatformEnvironment.
      Optional<Region> recoveryRegion = env.tier() == Tier.PROD ? Optional.of(Region.of("eu-central-1")) : Optional.empty();
      new PlatformContext("orders", env.name(), env.tier(), AccountId.of(env.account()),
          Region.of("eu-west-1"), recoveryRegion).withCostCenter("cc-1234").attachTo(stage);
      TagProps required = TagProps.builder().priority(1000).build();
      Tags.of(stage).add("environment", env.name(), required);
      Tags.of(stage).add("team", "payments", required);
      Tags.of(stage).add("cost-center", "cc-1234", required);
      Tags.of(stage).add("service", "orders");
      Tags.of(stage).add("repository", "github.com/example/orders-infra");
      recoveryRegion.ifPresent(region -> {
        // As PlatformEnvironment.addRecoveryStack(): same account, the recovery region, seen from inside.
        Stack recovery = new Stack(stage, "recovery", StackProps.builder()
            .stackName("orders-" + env.name() + "-recovery")
            .env(Environment.builder().account(env.account()).region(region.value()).build())
            .description(("orders recovery stack, %s environment (%s tier), in %s: replicas and backup copies of "
                + "eu-west-1. Managed by Groundwork: change it in code.").formatted(env.name(), env.tier(), region))
            .terminationProtection(env.tier().defaults().stackTerminationProtection())
            .build());
        new PlatformContext("orders", env.name(), env.tier(), AccountId.of(env.account()), region)
            .withCostCenter("cc-1234").attachTo(recovery);
      });
      ReferenceApp.addStacks(env.name(), env.account(), "eu-west-1", purpose -> new Stack(stage,
          purpose, StackProps.builder()
              .stackName("orders-" + env.name() + "-" + purpose)
              .description("orders %s stack, %s environment (%s tier). Managed by Groundwork: change it in code."
                  .formatted(purpose, env.name(), env.tier()))
              .terminationProtection(env.tier().defaults().stackTerminationProtection())
              .build()));
      // Groundwork's required tags on CDK's providers too, as PlatformEnvironment.tagCustomResourceProviders() gives them.
      stage.getNode().getChildren().stream().filter(Stack.class::isInstance).map(Stack.class::cast)
          .forEach(CustomResourceProviderTags::addToProvidersOf);
    }
    return app;
  }
}