package dev.groundwork.pipelines;

import dev.groundwork.core.PlatformContext;
import software.amazon.awscdk.services.codebuild.ComputeType;

/** Resolves every setting of a {@link MigrationRunner} from its props and tier, in one place. */
final class MigrationRunnerDefaults {
  private MigrationRunnerDefaults() {}

  static MigrationRunnerSettings resolve(MigrationRunnerProps props, PlatformContext context) {
    return new MigrationRunnerSettings(
        props.image(),
        props.commands().isEmpty()
            ? MigrationRunner.flywayCommands(props.database().engine(), props.database().authentication(),
                props.migrationsDirectory())
            : props.commands(),
        props.timeoutMinutes(),
        context.defaults().logRetentionDays(),
        ComputeType.SMALL,
        false);
  }
}
