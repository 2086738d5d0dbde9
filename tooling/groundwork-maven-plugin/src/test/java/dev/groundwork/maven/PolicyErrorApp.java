package dev.groundwork.maven;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awscdk.services.sqs.CfnQueue;

/** A real Groundwork main whose app synthesizes with policy errors: a bare, unencrypted queue. */
public final class PolicyErrorApp {
  private PolicyErrorApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> {
      PlatformApp app = new PlatformApp(PlatformAppProps.builder()
          .name("orders").team("payments").costCenter("cc-1")
          .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
          .outdir(Optional.of(Path.of(args[0])))
          .build());
      new CfnQueue(app.environments().get(0).addStack("queues"), "Plain");
      return app;
    });
  }
}
