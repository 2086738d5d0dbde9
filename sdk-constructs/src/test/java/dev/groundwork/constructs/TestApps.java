package dev.groundwork.constructs;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
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
    return appWithEveryTier(outdir, false);
  }

  /** {@link #appWithEveryTier}, where prod names eu-central-1 as its recovery region. */
  public static PlatformApp appWithProdRecoveryRegion(Path outdir) {
    return appWithEveryTier(outdir, true);
  }

  private static PlatformApp appWithEveryTier(Path outdir, boolean prodRecovers) {
    PlatformAppProps.Builder builder = PlatformAppProps.builder()
        .name("test").team("platform").costCenter("cc-0001").outdir(outdir);
    int account = 1;
    for (Tier tier : Tier.values()) {
      EnvironmentProps.Builder env = EnvironmentProps.builder().name(tier.name().toLowerCase(Locale.ROOT))
          .account(String.valueOf(account).repeat(12)).region("eu-west-1").tier(tier);
      if (prodRecovers && tier == Tier.PROD) {
        env.recoveryRegion("eu-central-1");
      }
      builder.addEnvironments(env.build());
      account++;
    }
    return new PlatformApp(builder.build());
  }
}
