package dev.groundwork.constructs.containers;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** Input of {@link ContainerRepository}. Saying nothing gets every secure default. */
@Value.Immutable
@GroundworkStyle
public interface ContainerRepositoryProps {

  /** ECR's repository naming rules: lower-case path segments separated by '/', '.', '_' or '-'. */
  Pattern NAME = Pattern.compile("(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*");

  /**
   * The repository's name, e.g. {@code orders/fulfilment}: 2-256 lower-case characters. Required,
   * because builds push to it and other accounts pull from it by name.
   */
  String repositoryName();

  /**
   * How many release images (tags starting with one of {@link #releaseTagPrefixes()}) are kept;
   * older ones expire, so any of the last N releases can be rolled back to. Default by tier: 10
   * in DEV, 20 in STAGING, 50 in PROD.
   */
  Optional<Integer> keepReleaseImages();

  /** The tag prefixes that mark a release image. Default: {@code v} (as in {@code v1.4.2}). */
  @Value.Default
  default List<String> releaseTagPrefixes() {
    return List.of("v");
  }

  /**
   * Days an untagged image (an image whose tag moved, a failed push's layers) is kept. Default:
   * 7 in every tier.
   */
  @Value.Default
  default int untaggedImageExpiryDays() {
    return 7;
  }

  /**
   * Accounts whose principals may pull images (the environments' accounts): the repository policy
   * grants them only the pull actions; each account still decides in IAM which of its roles may
   * pull. Default: none (only this account).
   */
  List<AccountId> pullAccounts();

  /** The key that encrypts the images. Default: the stack's shared data key. */
  Optional<EncryptionKey> encryptionKey();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("ContainerRepositoryProps");
    String name = repositoryName();
    if (name.length() < 2 || name.length() > 256 || !NAME.matcher(name).matches()) {
      problems.add("REPOSITORY_NAME", "repositoryName", "'" + name + "'",
          "2-256 lower-case letters, digits, '/', '.', '_' or '-', each segment starting and ending "
              + "with a letter or digit", "Use a name such as orders/fulfilment.");
    }
    keepReleaseImages().filter(n -> n < 1 || n > 1000).ifPresent(n -> problems.add(
        "REPOSITORY_KEEP_RELEASE_IMAGES", "keepReleaseImages", n, "1 to 1000",
        "Keep at least the releases you may roll back to, or leave it unset for the tier's."));
    if (releaseTagPrefixes().isEmpty() || releaseTagPrefixes().stream().anyMatch(String::isBlank)) {
      problems.add("REPOSITORY_RELEASE_TAG_PREFIXES", "releaseTagPrefixes", releaseTagPrefixes(),
          "at least one non-blank prefix", "Give the prefix your release tags start with, e.g. v.");
    }
    if (untaggedImageExpiryDays() < 1) {
      problems.add("REPOSITORY_UNTAGGED_EXPIRY", "untaggedImageExpiryDays", untaggedImageExpiryDays(),
          "at least 1 day", "Leave it unset for 7 days.");
    }
    problems.throwIfAny();
  }

  /** Props of the repository named {@code repositoryName}, every other setting by default. */
  static ContainerRepositoryProps of(String repositoryName) {
    return builder().repositoryName(repositoryName).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerRepositoryProps}. */
  final class Builder extends ImmutableContainerRepositoryProps.Builder {}
}
