package dev.groundwork.maven;

import dev.groundwork.core.EnvironmentProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformAppProps;
import dev.groundwork.core.SynthCommand;
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
