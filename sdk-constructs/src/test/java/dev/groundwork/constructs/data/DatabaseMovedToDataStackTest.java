package dev.groundwork.constructs.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.app.SynthResult;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference app's old layout (the database in the services stack) synthesized, then the new
 * one (in the data stack) against it: the replacement guard tells the deployment would drop the
 * deployed database, and keeps the logical ids the new stack reuses out of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseMovedToDataStackTest {
  private SynthResult moved;

  private static PlatformApp app(Path outdir, Optional<Path> previous, String databaseStack) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("orders").team("payments").costCenter("cc-1").outdir(outdir).previousAssembly(previous)
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .build());
    PlatformEnvironment dev = app.environment("dev");
    SecureVpc network = new SecureVpc(dev.addStack("network"), "Network", SecureVpcProps.of(Cidr.of("10.10.0.0/16")));
    var data = dev.addStack("data");
    var services = dev.addStack("services");
    new DatabaseCluster(databaseStack.equals("data") ? data : services, "Database",
        DatabaseClusterProps.builder().vpc(network.vpc()).build());
    return app;
  }

  @BeforeAll
  void synthesizeTheOldLayoutThenTheNew(@TempDir Path dir) {
    Path outdir = dir.resolve("cdk.out");
    app(outdir, Optional.empty(), "services").synth();
    moved = app(outdir, Optional.of(outdir), "data").synth();
  }

  @Test
  void theGuardReportsTheDatabaseLeavingTheServicesStack() {
    assertThat(moved.policy().findings()).filteredOn(f -> f.stack().equals("orders-dev-services"))
        .extracting(f -> f.ruleId().value() + " " + f.constructPath())
        .contains("GW_REPLACE_STATEFUL_REMOVED dev/services/Database/Cluster/Resource");
    // The guard recognises the secret and the writer in the data stack: moves across stacks, which
    // need CloudFormation's stack refactoring rather than a new resource.
    assertThat(moved.policy().findings()).filteredOn(f -> f.stack().equals("orders-dev-data"))
        .extracting(f -> f.ruleId().value() + " " + f.constructPath())
        .contains("GW_REPLACE_STATEFUL_MOVED dev/data/Database/CredentialsSecret/Resource",
            "GW_REPLACE_STATEFUL_MOVED dev/data/Database/Cluster/Writer/Resource");
    assertThat(moved.policy().hasErrors()).isTrue();
  }
}
