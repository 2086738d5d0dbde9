package dev.groundwork.constructs.containers;

import java.util.List;

/**
 * Every setting of a {@link ContainerRepository}, resolved from its props and tier.
 *
 * @param repositoryName the repository's name
 * @param keepReleaseImages how many release images the lifecycle policy keeps
 * @param releaseTagPrefixes the tag prefixes that mark a release image
 * @param untaggedImageExpiryDays days an untagged image is kept
 * @param scanOnPush whether ECR scans every image when it is pushed
 * @param pullAccounts accounts allowed to pull (and only pull) images
 */
record ContainerRepositorySettings(String repositoryName, int keepReleaseImages, List<String> releaseTagPrefixes,
    int untaggedImageExpiryDays, boolean scanOnPush, List<String> pullAccounts) {
  ContainerRepositorySettings {
    releaseTagPrefixes = List.copyOf(releaseTagPrefixes);
    pullAccounts = List.copyOf(pullAccounts);
  }
}
