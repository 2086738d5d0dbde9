package dev.groundwork.constructs.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.core.GroundworkValidationException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;

/** Bad input fails at construction with a coded message naming the property. Nothing is synthesized. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureVpcInvalidInputTest {
  PlatformEnvironment prod;
  PlatformEnvironment dev;
  int stacks;

  @BeforeAll
  void createApp(@TempDir Path outdir) {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    prod = app.environment("prod");
    dev = app.environment("dev");
  }

  @Test
  void rejectsAPublicBlock() {
    assertRejected(prod, b -> b.cidr(Cidr.of("11.0.0.0/16")), "VPC_CIDR_PRIVATE")
        .hasMessageContaining("cidr must be inside an RFC 1918 private range")
        .hasMessageContaining("got 11.0.0.0/16");
  }

  @Test
  void rejectsABlockLargerThanSlash16() {
    assertRejected(prod, b -> b.cidr(Cidr.of("10.0.0.0/8")), "VPC_CIDR_RANGE")
        .hasMessageContaining("SecureVpc at 'prod/")
        .hasMessageContaining("cidr must be /16 to /24, got 10.0.0.0/8");
  }

  @Test
  void rejectsABlockTooSmallForTheSubnets() {
    assertRejected(prod, b -> b.cidr(Cidr.of("10.0.0.0/24")).subnetPrefixLength(26), "VPC_CIDR_TOO_SMALL")
        .hasMessageContaining("cidr must be a block holding 9 subnets of /26");
  }

  @Test
  void rejectsABlockOverlappingAPeerNetwork() {
    assertRejected(prod, b -> b.cidr(Cidr.of("10.1.0.0/16")).addPeerNetworks(Cidr.of("10.0.0.0/12")),
        "VPC_CIDR_OVERLAP")
        .hasMessageContaining("cidr must be a block not overlapping the peer network 10.0.0.0/12");
  }

  @Test
  void rejectsMoreZonesThanTheRegionOffers() {
    assertRejected(prod, b -> b.cidr(Cidr.of("10.0.0.0/16")).availabilityZones(4), "VPC_AZ_UNAVAILABLE")
        .hasMessageContaining("availabilityZones must be at most 3")
        .hasMessageContaining("eu-west-1a, eu-west-1b, eu-west-1c")
        .hasMessageContaining("got 4");
  }

  @Test
  void rejectsASingleZone() {
    assertRejected(dev, b -> b.cidr(Cidr.of("10.0.0.0/16")).availabilityZones(1), "VPC_AZ_COUNT")
        .hasMessageContaining("availabilityZones must be at least 2");
  }

  @Test
  void rejectsZonesOfAnotherRegion() {
    assertRejected(dev, b -> b.cidr(Cidr.of("10.0.0.0/16"))
        .addAvailabilityZoneNames("us-east-1a", "us-east-1b"), "VPC_AZ_REGION", "VPC_AZ_REGION")
        .hasMessageContaining("availabilityZoneNames must be zones of the environment's region eu-west-1");
  }

  @Test
  void rejectsMoreNatGatewaysThanZones() {
    assertRejected(dev, b -> b.cidr(Cidr.of("10.0.0.0/16")).natGateways(3), "VPC_NAT_GATEWAYS")
        .hasMessageContaining("natGateways must be 1 to 2");
  }

  @Test
  void rejectsAFlowLogRetentionCloudWatchDoesNotOffer() {
    assertRejected(dev, b -> b.cidr(Cidr.of("10.0.0.0/16")).flowLogRetentionDays(42), "LOG_RETENTION_DAYS")
        .hasMessageContaining("flowLogRetentionDays must be one of [1, 3, 5, 7, 14, 30");
  }

  @Test
  void mustComeFirstInItsStackSoItsZonesCanBeRecorded() {
    Stack stack = dev.addStack("crowded");
    new software.amazon.awscdk.services.sns.Topic(stack, "SomethingElse");
    assertThatThrownBy(() -> new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16"))))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly("VPC_AZ_NOT_PINNED"))
        .hasMessageContaining("Create the SecureVpc first in its stack");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertRejected(prod, b -> b.cidr(Cidr.of("11.0.0.0/8")).availabilityZones(5),
        "VPC_AZ_UNAVAILABLE", "VPC_CIDR_PRIVATE", "VPC_CIDR_RANGE")
        .hasMessageStartingWith("3 problems:");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(PlatformEnvironment env,
      Consumer<SecureVpcProps.Builder> props, String... codes) {
    SecureVpcProps.Builder builder = SecureVpcProps.builder();
    props.accept(builder);
    SecureVpcProps built = builder.build();
    Stack stack = env.addStack("network" + (++stacks));
    return assertThatThrownBy(() -> new SecureVpc(stack, "Network", built))
        .isInstanceOfSatisfying(GroundworkValidationException.class,
            e -> assertThat(e.codes()).containsExactly(codes));
  }
}
