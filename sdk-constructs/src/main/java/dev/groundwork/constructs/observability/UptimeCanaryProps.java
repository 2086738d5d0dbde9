package dev.groundwork.constructs.observability;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.CfnResource;

/** Input of {@link UptimeCanary}: the URL it requests, and what it stands for. */
@Value.Immutable
@GroundworkStyle
public interface UptimeCanaryProps {

  /** The https:// URL the canary requests from outside the network; required. */
  String url();

  /**
   * The template resource the canary stands for (e.g. a service's {@code AWS::ECS::Service}); its
   * logical id goes into the canary's {@code groundwork:watches} metadata, which the baseline rule
   * that every internet-facing WebService has a canary reads. Default: none.
   */
  Optional<CfnResource> watchedResource();

  /** A canary of {@code url} that stands for nothing in particular. */
  static UptimeCanaryProps of(String url) {
    return builder().url(url).build();
  }

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("UptimeCanaryProps");
    if (!HttpsUrls.isHttps(url())) {
      problems.add("UPTIME_URL", "url", url(), "an https:// URL with a host",
          "Give the address clients use, e.g. https://api.example.com/health.");
    }
    problems.throwIfAny();
  }

  /** Builds {@link UptimeCanaryProps}. */
  final class Builder extends ImmutableUptimeCanaryProps.Builder {}
}
