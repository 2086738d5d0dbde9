package dev.groundwork.constructs.containers;

import dev.groundwork.core.ByTier;
import dev.groundwork.core.PlatformContext;

/** Resolves every setting of a {@link ContainerRepository} from its props and tier, in one place. */
final class ContainerRepositoryDefaults {
  /** Release images kept: enough to roll back to any release of a few months. */
  static final ByTier<Integer> KEEP_RELEASE_IMAGES = ByTier.of(10, 20, 50);

  private ContainerRepositoryDefaults() {}

  static ContainerRepositorySettings resolve(ContainerRepositoryProps props, PlatformContext context) {
    return new ContainerRepositorySettings(
        props.repositoryName(),
        props.keepReleaseImages().orElse(KEEP_RELEASE_IMAGES.get(context.tier())),
        props.releaseTagPrefixes(),
        props.untaggedImageExpiryDays(),
        true,
        props.pullAccounts().stream().map(account -> account.value()).toList());
  }
}
