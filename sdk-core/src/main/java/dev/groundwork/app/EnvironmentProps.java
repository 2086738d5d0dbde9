package dev.groundwork.app;

import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Tier;
import dev.groundwork.core.TierDefaults;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deployment environment of a {@link PlatformApp}: where it deploys and how much it matters.
 *
 * <p>Validated together with the rest of the app by {@link PlatformAppProps}, so every problem
 * in the description is reported at once.
 */
@Value.Immutable
@GroundworkStyle
public interface EnvironmentProps {

  /** Short name used in stack names and the {@code environment} tag: {@code [a-z][a-z0-9-]{0,15}}. */
  String name();

  /** The 12-digit AWS account id, as a string so leading zeros survive. */
  String account();

  /** The AWS region code, e.g. {@code eu-west-1}. */
  String region();

  /**
   * A second region of the same account that holds this environment's recovery copies (bucket
   * replicas, backup copies) in its recovery stack ({@link PlatformEnvironment#addRecoveryStack()}),
   * e.g. {@code eu-central-1} for {@code eu-west-1}. Default: none, so a regional outage has no
   * copy elsewhere. Must be a region code of the same partition other than {@link #region()}.
   */
  Optional<String> recoveryRegion();

  /** The tier, which decides every default (see {@link TierDefaults}). */
  Tier tier();

  /** Custom tags for every resource of this environment; override app-level tags of the same key. */
  Map<String, String> tags();

  /** An environment with no custom tags. */
  static EnvironmentProps of(String name, String account, String region, Tier tier) {
    return builder().name(name).account(account).region(region).tier(tier).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnvironmentProps}. */
  final class Builder extends ImmutableEnvironmentProps.Builder {}
}
