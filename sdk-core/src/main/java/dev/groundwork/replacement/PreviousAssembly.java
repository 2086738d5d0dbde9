package dev.groundwork.replacement;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The assembly the replacement guard compares a new synthesis with, read completely when it is
 * opened (so it may be the directory the new synthesis then replaces).
 *
 * <p>Either a cloud assembly ({@code cdk.out}, with {@code manifest.json}), or a directory with
 * one cloud assembly per environment, named after it ({@code deployed/dev/}, {@code
 * deployed/prod/}): what the delivery pipeline keeps after each environment's deployment, which
 * may be different versions. Then each environment's stacks are taken from its own directory,
 * and an environment without one (not deployed yet) is not compared.
 *
 * @param directory where it was read from
 * @param stacks the stacks, each with its template parsed and construct paths resolved
 */
public record PreviousAssembly(Path directory, List<StackTemplate> stacks) {
  /**
   * The file that marks an assembly the policy check rejected (written beside the output
   * directory, in {@code <outdir>.rejected}): never a previous assembly, or a retry would pass.
   */
  public static final String REJECTED_MARKER = "groundwork-rejected.txt";
  private static final String MANIFEST = "manifest.json";
  /** The property the error names. */
  private static final String PROPERTY = "previousAssembly (or GROUNDWORK_PREVIOUS_ASSEMBLY)";

  public PreviousAssembly {
    stacks = ImmutableList.copyOf(stacks);
  }

  /**
   * Reads the assembly at {@code directory}.
   *
   * @throws GroundworkValidationException ({@code PREVIOUS_ASSEMBLY_MISSING}) naming the path and
   *     the fix when it is neither kind of directory or cannot be read; ({@code
   *     PREVIOUS_ASSEMBLY_REJECTED}) when it is an assembly the policy check rejected
   */
  public static PreviousAssembly read(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw problem(dir, Files.exists(dir) ? "a file, not a directory" : "a path that does not exist");
    }
    if (Files.isRegularFile(dir.resolve(REJECTED_MARKER))) {
      throw new GroundworkValidationException(List.of(new Problem("PREVIOUS_ASSEMBLY_REJECTED",
          "previous assembly '" + dir + "'", PROPERTY, "an assembly the policy check rejected (" + REJECTED_MARKER
              + ")", "an assembly that passed: the output directory beside it, or the deployed one",
          "Point it at the output directory (e.g. cdk.out, which keeps the last assembly that passed) or at the "
              + "deployed assembly; comparing with a rejected one would let the same change pass.")));
    }
    try {
      if (Files.isRegularFile(dir.resolve(MANIFEST))) {
        return new PreviousAssembly(dir, resolved(SynthesizedApp.read(dir).stacks()));
      }
      List<StackTemplate> stacks = new ArrayList<>();
      List<Path> environments;
      try (Stream<Path> children = Files.list(dir)) {
        environments = children.filter(c -> Files.isRegularFile(c.resolve(MANIFEST))).sorted().toList();
      }
      if (environments.isEmpty()) {
        throw problem(dir, "a directory without manifest.json, and without subdirectories (one per "
            + "environment) that have one");
      }
      for (Path environment : environments) {
        String name = environment.getFileName().toString();
        SynthesizedApp.read(environment).stacks().stream()
            .filter(s -> s.environment().map(name::equals).orElse(false))
            .forEach(stacks::add);
      }
      return new PreviousAssembly(dir, resolved(stacks));
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw problem(dir, "an unreadable assembly (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw problem(dir, "an unreadable directory (" + e.getMessage() + ")");
    }
  }

  /** Reads every construct path now, while the files beside the templates are still there. */
  private static List<StackTemplate> resolved(List<StackTemplate> stacks) {
    stacks.forEach(s -> s.resources().forEach(r -> r.constructPath()));
    return stacks;
  }

  private static GroundworkValidationException problem(Path dir, String value) {
    return new GroundworkValidationException(List.of(new Problem("PREVIOUS_ASSEMBLY_MISSING",
        "previous assembly '" + dir + "'", PROPERTY, value,
        "a cloud assembly directory (with manifest.json, e.g. an earlier cdk.out) or a directory "
            + "with one per environment (deployed/<environment>/manifest.json)",
        "Point it at the assembly of the deployed version, or leave it unset for a first deployment.")));
  }
}
