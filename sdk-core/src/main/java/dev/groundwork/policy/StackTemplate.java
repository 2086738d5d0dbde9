package dev.groundwork.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.groundwork.core.Tier;
import java.nio.file.Path;

/**
 * One synthesized stack to evaluate: where it belongs and its parsed template.
 *
 * @param environment the environment (stage) name, e.g. {@code prod}
 * @param tier the environment's tier, which decides per-tier rules and escalation
 * @param stackName the CloudFormation stack name
 * @param templateFile the template's path relative to the assembly directory (used in reports)
 * @param template the parsed template
 */
public record StackTemplate(
    String environment, Tier tier, String stackName, String templateFile, Template template) {

  public StackTemplate {
    checkArgument(environment != null && !environment.isBlank(), "environment is required");
    checkNotNull(tier, "tier");
    checkArgument(stackName != null && !stackName.isBlank(), "stackName is required");
    checkNotNull(templateFile, "templateFile");
    checkNotNull(template, "template");
  }

  /** Parses {@code templatePath} (absolute or relative to {@code assemblyDir}). */
  public static StackTemplate read(
      String environment, Tier tier, String stackName, Path assemblyDir, Path templatePath) {
    Path absolute = assemblyDir.resolve(templatePath);
    String relative = assemblyDir.toAbsolutePath().normalize()
        .relativize(absolute.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return new StackTemplate(environment, tier, stackName, relative, Template.parse(absolute));
  }
}
