package com.example.infra;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.Optional;

/** The orders app's infrastructure: a documents bucket in one DEV environment. */
public final class OrdersApp {
  private OrdersApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders")
        .team("payments")
        .costCenter("cc-1234")
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .outdir(outdir)
        .build());
    new SecureBucket(app.environment("dev").addStack("data"), "Documents", SecureBucketProps.defaults());
    return app;
  }
}
