package dev.groundwork.benchmarks;

import dev.groundwork.core.SynthCommand;
import dev.groundwork.samples.ReferenceApp;
import java.util.Optional;

/**
 * The reference app's deployed environments through {@code PlatformApp}, policy check and reports
 * included: the same stacks {@link PlainCdkReferenceApp} builds, so the two are compared on equal
 * work (the delivery pipeline is left out of both; plain CDK cannot build it).
 */
public final class GroundworkReferenceApp {
  private GroundworkReferenceApp() {}

  public static void main(String[] args) {
    SynthCommand.run(() -> ReferenceApp.createWithoutDelivery(Optional.empty()));
  }
}
