package dev.groundwork.maven;

import dev.groundwork.maven.classdata.SynthJvmStart;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs an app's {@code main} in a new JVM on the app's classpath and reports how it ended.
 *
 * <p>Standard output is inherited untouched (under the CDK CLI Groundwork keeps it clean);
 * standard error is passed on line by line, so the result line can be picked out of it (and the
 * line naming the assembly, which is kept back).
 *
 * @param java the {@code java} executable
 * @param mainClass the app's main class
 * @param classpath the app's runtime classpath
 * @param arguments arguments to {@code main}
 * @param jvmArguments options for the forked JVM, before the main class
 * @param workingDirectory where the app runs ({@code cdk.out} is relative to it)
 * @param environment variables set on top of the inherited environment
 */
record SynthRun(
    Path java,
    List<String> jvmArguments,
    String mainClass,
    List<String> classpath,
    List<String> arguments,
    File workingDirectory,
    Map<String, String> environment) {

  /**
   * This run started as {@code start} says: on its class path, with its options before the
   * goal's own (so that an option of the user's, such as {@code -Xshare:off}, wins).
   */
  SynthRun startingWith(SynthJvmStart start) {
    List<String> options = new ArrayList<>(start.jvmArguments());
    options.addAll(jvmArguments);
    return new SynthRun(java, options, mainClass, start.classpath(), arguments, workingDirectory, environment);
  }

  /** Starts the JVM, passes its standard error to {@code stderr}, and waits for it. */
  SynthOutcome run(Consumer<String> stderr) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(jvmArguments);
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workingDirectory)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT)
        .redirectInput(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    // The classpath travels in CLASSPATH rather than -classpath: no command-line length limit.
    builder.environment().put("CLASSPATH", String.join(File.pathSeparator, classpath));
    Process process = builder.start();
    Optional<String> result = Optional.empty();
    Optional<Path> assembly = Optional.empty();
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), Charset.defaultCharset()))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        if (line.startsWith(SynthOutcome.ASSEMBLY_PREFIX)) {
          assembly = Optional.of(Path.of(line.substring(SynthOutcome.ASSEMBLY_PREFIX.length()).strip()));
          continue;
        }
        stderr.accept(line);
        if (line.startsWith(SynthOutcome.RESULT_PREFIX)) {
          result = Optional.of(line.substring(SynthOutcome.RESULT_PREFIX.length()).strip());
        }
      }
    }
    return new SynthOutcome(process.waitFor(), result, assembly);
  }
}
