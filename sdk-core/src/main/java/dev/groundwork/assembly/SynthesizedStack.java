package dev.groundwork.assembly;

import dev.groundwork.core.Tier;
import java.nio.file.Path;

/**
 * One stack in a cloud assembly, as synthesis wrote it.
 *
 * @param environment the environment's name
 * @param tier the environment's tier
 * @param stackName the CloudFormation stack name, {@code <app>-<environment>-<purpose>}
 * @param constructPath the stack's construct path, e.g. {@code dev/data}
 * @param templatePath the absolute path of the stack's {@code *.template.json}
 */
public record SynthesizedStack(
    String environment, Tier tier, String stackName, String constructPath, Path templatePath) {}
