package dev.groundwork.pipelines;

import java.util.List;
import software.amazon.awscdk.services.codebuild.ComputeType;

/**
 * Every setting of a {@link MigrationRunner}, resolved from its props and tier.
 *
 * @param image the build image, which holds the migration tool
 * @param commands the build's commands
 * @param timeoutMinutes minutes a build may run before CodeBuild stops it
 * @param logRetentionDays retention of the build logs, in days
 * @param computeType the CodeBuild compute type
 * @param privileged whether the build may run Docker (privileged mode)
 */
record MigrationRunnerSettings(String image, List<String> commands, int timeoutMinutes, int logRetentionDays,
    ComputeType computeType, boolean privileged) {
  MigrationRunnerSettings {
    commands = List.copyOf(commands);
  }
}
