package dev.groundwork.maven;

import dev.groundwork.check.CheckArguments;
import dev.groundwork.check.CheckCommand;
import dev.groundwork.check.CheckRequest;
import dev.groundwork.core.GroundworkValidationException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks CloudFormation templates of any origin (files, directories, any CDK app's {@code
 * cdk.out}) with Groundwork's policy engine, writes the reports (console, JSON, SARIF, JUnit XML,
 * HTML) and fails the build with one line ({@code 3 policy errors}) when an ERROR remains.
 *
 * <p>A thin wrapper: its parameters become the command line of {@code groundwork check}, read and
 * run by the same code as the executable jar, so both accept and report the same. Rules of an
 * organisation come from a jar added to the plugin's {@code <dependencies>}, named in {@code
 * rules}. Runs in Maven's JVM; it needs neither CDK nor Node.js.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

  /** Templates, directories (searched) and cloud assemblies to check, relative to the project. */
  @Parameter(property = "groundwork.check.paths", required = true)
  List<String> paths;

  /** The tier of every environment not named in {@code tiers}: DEV, STAGING or PROD. */
  @Parameter(property = "groundwork.check.tier", defaultValue = "PROD")
  String tier;

  /** Tiers by environment: a CDK stage's name, or {@code default} for templates outside stages. */
  @Parameter
  Map<String, String> tiers = Map.of();

  /** {@code RuleLibraryProvider} classes from the plugin's dependencies whose rules and packs to add. */
  @Parameter(property = "groundwork.check.rules")
  List<String> rules = List.of();

  /** When given, the only packs turned on, by name. */
  @Parameter(property = "groundwork.check.packs")
  List<String> packs = List.of();

  /** Rule ids turned off. */
  @Parameter(property = "groundwork.check.disable")
  List<String> disabledRules = List.of();

  /** Severities by rule id (ERROR, WARNING, INFO). */
  @Parameter
  Map<String, String> regrades = Map.of();

  /** The suppression file for templates without Groundwork metadata (YAML or JSON). */
  @Parameter(property = "groundwork.check.suppressions")
  File suppressions;

  /** Where the reports are written. */
  @Parameter(property = "groundwork.check.outputDirectory", defaultValue = "${project.build.directory}/groundwork-check")
  File outputDirectory;

  /** The directory paths are relative to, and reports name files relative to. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Skips the check. */
  @Parameter(property = "groundwork.check.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("groundwork:check skipped");
      return;
    }
    CheckRequest request;
    try {
      request = CheckArguments.parse(arguments(), basedir.toPath());
    } catch (GroundworkValidationException e) {
      throw new MojoFailureException("invalid groundwork:check configuration:" + System.lineSeparator() + e.getMessage());
    }
    CheckCommand.Outcome outcome = CheckCommand.execute(request, System.out, System.err, getClass().getClassLoader());
    if (outcome.status() != 0) {
      throw new MojoFailureException(outcome.failure().orElse("groundwork:check failed with status " + outcome.status()));
    }
  }

  /** The parameters as {@code groundwork check}'s command line. */
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    if (tier != null) {
      args.addAll(List.of("--tier", tier));
    }
    new TreeMap<>(tiers).forEach((environment, value) -> args.addAll(List.of("--tier", environment + "=" + value)));
    rules.forEach(r -> args.addAll(List.of("--rules", r)));
    packs.forEach(p -> args.addAll(List.of("--pack", p)));
    disabledRules.forEach(r -> args.addAll(List.of("--disable", r)));
    new TreeMap<>(regrades).forEach((rule, severity) -> args.addAll(List.of("--regrade", rule + "=" + severity)));
    if (suppressions != null) {
      args.addAll(List.of("--suppressions", suppressions.getPath()));
    }
    if (outputDirectory != null) {
      args.addAll(List.of("--output", outputDirectory.getPath()));
    }
    args.addAll(paths);
    return args;
  }
}
