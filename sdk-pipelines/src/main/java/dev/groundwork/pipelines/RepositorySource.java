package dev.groundwork.pipelines;

import dev.groundwork.core.GroundworkStyle;
import org.immutables.value.Value;

/**
 * Where the pipeline's source comes from: a repository reached through an AWS CodeStar
 * connection (GitHub, GitLab or Bitbucket), and the branch whose every commit it delivers.
 */
@Value.Immutable
@GroundworkStyle
public interface RepositorySource {

  /** ARN of the CodeStar (CodeConnections) connection, created and authorised once in the console. */
  String connectionArn();

  /** The repository as {@code owner/name}. */
  String repository();

  /** The branch to deliver. Default: {@code main}. */
  @Value.Default
  default String branch() {
    return "main";
  }

  /** The source for {@code repository} on its {@code main} branch. */
  static RepositorySource of(String connectionArn, String repository) {
    return builder().connectionArn(connectionArn).repository(repository).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RepositorySource}. */
  final class Builder extends ImmutableRepositorySource.Builder {}
}
