package dev.groundwork.constructs.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.core.Region;
import java.util.Optional;

/**
 * The availability zones of each commercial AWS region, by name, so a network can be
 * synthesized with no AWS credentials and no network access.
 *
 * <p>CDK would otherwise look the zones up in the target account (a context lookup that needs
 * credentials) or, failing that, write placeholder zones into the template. Zone names are what
 * most accounts see; a few regions map names per account (us-west-1, ap-northeast-1 and
 * ca-central-1 do not offer every letter to every account). Where your account differs, or for
 * a region not listed, give the zones explicitly with
 * {@link SecureVpcProps#availabilityZoneNames()}.
 */
public final class KnownAvailabilityZones {
  private static final ImmutableMap<String, ImmutableList<String>> ZONES =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put("us-east-1", zones("us-east-1", "a", "b", "c", "d", "e", "f"))
          .put("us-east-2", zones("us-east-2", "a", "b", "c"))
          .put("us-west-1", zones("us-west-1", "a", "b"))
          .put("us-west-2", zones("us-west-2", "a", "b", "c", "d"))
          .put("ca-central-1", zones("ca-central-1", "a", "b", "d"))
          .put("sa-east-1", zones("sa-east-1", "a", "b", "c"))
          .put("eu-west-1", zones("eu-west-1", "a", "b", "c"))
          .put("eu-west-2", zones("eu-west-2", "a", "b", "c"))
          .put("eu-west-3", zones("eu-west-3", "a", "b", "c"))
          .put("eu-central-1", zones("eu-central-1", "a", "b", "c"))
          .put("eu-central-2", zones("eu-central-2", "a", "b", "c"))
          .put("eu-north-1", zones("eu-north-1", "a", "b", "c"))
          .put("eu-south-1", zones("eu-south-1", "a", "b", "c"))
          .put("eu-south-2", zones("eu-south-2", "a", "b", "c"))
          .put("ap-south-1", zones("ap-south-1", "a", "b", "c"))
          .put("ap-east-1", zones("ap-east-1", "a", "b", "c"))
          .put("ap-northeast-1", zones("ap-northeast-1", "a", "c", "d"))
          .put("ap-northeast-2", zones("ap-northeast-2", "a", "b", "c", "d"))
          .put("ap-northeast-3", zones("ap-northeast-3", "a", "b", "c"))
          .put("ap-southeast-1", zones("ap-southeast-1", "a", "b", "c"))
          .put("ap-southeast-2", zones("ap-southeast-2", "a", "b", "c"))
          .put("me-south-1", zones("me-south-1", "a", "b", "c"))
          .put("me-central-1", zones("me-central-1", "a", "b", "c"))
          .put("af-south-1", zones("af-south-1", "a", "b", "c"))
          .put("il-central-1", zones("il-central-1", "a", "b", "c"))
          .buildOrThrow();

  private KnownAvailabilityZones() {}

  /** The zones of {@code region}, in name order, or empty if the table does not know the region. */
  public static Optional<ImmutableList<String>> of(Region region) {
    return Optional.ofNullable(ZONES.get(region.value()));
  }

  /** The regions the table knows. */
  public static ImmutableList<String> regions() {
    return ZONES.keySet().asList();
  }

  private static ImmutableList<String> zones(String region, String... letters) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String letter : letters) {
      names.add(region + letter);
    }
    return names.build();
  }
}
