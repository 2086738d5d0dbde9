package dev.groundwork.samples;

import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.core.EnvironmentProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformAppProps;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.SynthCommand;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awscdk.Stack;

/**
 * The reference app: an orders service with dev, staging and prod environments, each in its
 * own account.
 */
public final class ReferenceApp {
  private ReferenceApp() {}

  /** Synthesizes into {@code cdk.out} (or {@code $CDK_OUTDIR}) and exits non-zero on failure. */
  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given (tests use a temporary directory). */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders")
        .team("payments")
        .costCenter("cc-1234")
        .service("orders")
        .repository("github.com/example/orders-infra")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("staging", "222222222222", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .outdir(outdir)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      Stack data = env.addStack("data");
      new SecureBucket(data, "Documents", SecureBucketProps.defaults());
    }
    return app;
  }
}
