package dev.groundwork.benchmarks;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.Tier;
import dev.groundwork.samples.ReferenceApp;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reference app's deployed environments (dev, staging, prod) through {@code PlatformApp},
 * policy check and reports included: the stacks {@link PlainCdkReferenceApp} builds, so the two
 * are compared on equal work. The delivery environment is left out of both, as plain CDK cannot
 * build {@code DeliveryPipeline}; {@code PlainCdkReferenceAppTest} keeps the two trees equal.
 */
public final class GroundworkReferenceApp {
  private GroundworkReferenceApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given. */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders")
        .team("payments")
        .costCenter("cc-1234")
        .service("orders")
        .repository("github.com/example/orders-infra")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("staging", "222222222222", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.builder().name("prod").account("333333333333")
            .region("eu-west-1").recoveryRegion("eu-central-1").tier(Tier.PROD).build())
        .outdir(outdir)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      env.recoveryRegion().ifPresent(region -> env.addRecoveryStack());
      ReferenceApp.addStacks(env.name(), env.account().value(), env.region().value(), env::addStack);
    }
    return app;
  }
}
