package dev.groundwork.maven;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.Tier;
import java.util.Optional;

/** A real Groundwork main that synthesizes without policy errors into {@code cdk.out}: one empty stack. */
public final class CompliantApp {
  private CompliantApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> {
      PlatformApp app = new PlatformApp(PlatformAppProps.builder()
          .name("orders").team("payments").costCenter("cc-1")
          .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
          .outdir(Optional.empty())
          .build());
      app.environments().get(0).addStack("data");
      return app;
    });
  }
}
