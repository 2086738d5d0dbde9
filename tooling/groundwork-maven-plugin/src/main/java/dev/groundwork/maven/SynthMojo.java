package dev.groundwork.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Synthesizes the app: runs {@code mainClass} (whose {@code main} calls {@code
 * SynthCommand.run}) in a new JVM on the project's runtime classpath, with CDK's own validator
 * off, jsii's Node.js banners silenced and {@code JSII_NODE} set to the Node.js the plugin
 * provides (the {@code node} goal's, or found or installed here the same way), and fails the
 * build with Groundwork's one-line result ({@code 2 policy errors}, {@code invalid app: 3
 * problems}) and no stack trace. Does nothing in a {@code pom} project.
 */
@Mojo(name = "synth", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SynthMojo extends NodeProvidingMojo {

  /**
   * The app's main class, e.g. {@code com.example.infra.OrdersApp}; required except in a {@code
   * pom} project (a parent that binds this goal, such as groundwork-app-parent).
   */
  @Parameter(property = "groundwork.mainClass")
  String mainClass;

  /** Arguments passed to the app's {@code main}. */
  @Parameter
  List<String> arguments = List.of();

  /** Where the app runs; a relative {@code cdk.out} lands here. */
  @Parameter(property = "groundwork.workingDirectory", defaultValue = "${project.basedir}")
  File workingDirectory;

  /**
   * Whether aws-cdk-lib's own CloudFormation validator runs as well (it roughly doubles synth
   * time; Groundwork's policy engine checks the templates either way).
   */
  @Parameter(property = "groundwork.cdkValidation", defaultValue = "false")
  boolean cdkValidation;

  /**
   * Options for the synth JVM, separated by spaces. The default runs only the C1 compiler: a JVM
   * that lives seconds spends about a third less CPU (docs/benchmarks.md, "Faster start").
   */
  @Parameter(property = "groundwork.jvmArgs", defaultValue = "-XX:TieredStopAtLevel=1")
  String jvmArgs;

  /**
   * A previous cloud assembly (an earlier {@code cdk.out}, or a directory with one per
   * environment) for the replacement guard to compare with; passed to the app as {@code
   * GROUNDWORK_PREVIOUS_ASSEMBLY}; {@code none} compares with nothing. Default: unset (an already
   * set variable is passed on; without one the app compares with its output directory's
   * assembly, the last one that passed).
   */
  @Parameter(property = "groundwork.previousAssembly")
  File previousAssembly;

  /** Skips synthesis. */
  @Parameter(property = "groundwork.synth.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
  List<String> classpath;

  @Parameter(defaultValue = "${project.packaging}", readonly = true)
  String packaging;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("groundwork:synth skipped");
      return;
    }
    if ("pom".equals(packaging)) {
      getLog().debug("groundwork:synth: nothing to synthesize in a pom project");
      return;
    }
    if (mainClass == null || mainClass.isBlank()) {
      throw new MojoExecutionException("groundwork:synth needs the app's main class: set the property "
          + "<groundwork.mainClass> (or the plugin's <mainClass>), e.g. com.example.infra.App");
    }
    String nodeBinary = provideNode().binary().path().toString();
    List<String> jvmArguments = jvmArgs == null || jvmArgs.isBlank()
        ? List.of() : List.of(jvmArgs.strip().split("\\s+"));
    SynthRun run = new SynthRun(Path.of(System.getProperty("java.home"), "bin", "java"), jvmArguments, mainClass,
        classpath, arguments, workingDirectory,
        SynthEnvironment.withPreviousAssembly(SynthEnvironment.of(environment, cdkValidation,
            Optional.of(nodeBinary)), Optional.ofNullable(previousAssembly).map(File::toPath)));
    SynthOutcome outcome;
    try {
      outcome = run.run(System.err::println);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot start " + run.java() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while synthesizing");
    }
    Optional<String> failure = outcome.failure(mainClass);
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }
}
