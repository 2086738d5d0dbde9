package dev.groundwork.maven;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.core.Tier;

/** A real Groundwork main whose app description has two problems (two short account ids). */
public final class InvalidApp {
  private InvalidApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> new PlatformApp(PlatformAppProps.builder()
        .name("orders").team("payments").costCenter("cc-1")
        .addEnvironments(EnvironmentProps.of("dev", "12", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "34", "eu-west-1", Tier.PROD))
        .build()));
  }
}
