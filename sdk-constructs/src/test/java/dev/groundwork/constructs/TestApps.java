package dev.groundwork.constructs;

import dev.groundwork.core.EnvironmentProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformAppProps;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The app this module's tests build their constructs in. Synthesized templates are read and
 * asserted on with {@code groundwork-testing} ({@code SynthesisExtension}, {@code GroundworkAssertions}).
 */
public final class TestApps {
  private TestApps() {}

  /** An app with one environment per tier, named after the tier (dev, staging, prod), in eu-west-1. */
  public static PlatformApp appWithEveryTier(Path outdir) {
    PlatformAppProps.Builder builder = PlatformAppProps.builder()
        .name("test").team("platform").costCenter("cc-0001").outdir(outdir);
    int account = 1;
    for (Tier tier : Tier.values()) {
      builder.addEnvironments(EnvironmentProps.of(tier.name().toLowerCase(Locale.ROOT),
          String.valueOf(account).repeat(12), "eu-west-1", tier));
      account++;
    }
    return new PlatformApp(builder.build());
  }
}
