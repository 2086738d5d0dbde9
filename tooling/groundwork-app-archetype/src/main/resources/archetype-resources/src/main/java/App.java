package ${package};

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The infrastructure of ${appName}: one environment, a network stack and a data stack.
 *
 * <p>{@code mvn package} synthesizes it into {@code cdk.out}; {@code AppTest} tests it.
 */
public final class App {
  private App() {}

  /** Synthesizes into {@code cdk.out} (or {@code $CDK_OUTDIR}) and exits non-zero on failure. */
  public static void main(String[] args) {
    SynthCommand.run(() -> create(Optional.empty()));
  }

  /** The app, writing its assembly to {@code outdir} if given, else to {@code cdk.out} (or {@code $CDK_OUTDIR}). */
  public static PlatformApp create(Optional<Path> outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("${appName}")
        .team("${team}")
        .costCenter("${costCenter}")
        .addEnvironments(EnvironmentProps.of("dev", "${account}", "${region}", Tier.DEV))
        .outdir(outdir)
        .build());
    for (PlatformEnvironment env : app.environments()) {
      new SecureVpc(env.addStack("network"), "Network", SecureVpcProps.builder()
          .cidr(Cidr.of("10.10.0.0/16"))
          .build());
      new SecureBucket(env.addStack("data"), "Documents", SecureBucketProps.defaults());
    }
    return app;
  }
}
