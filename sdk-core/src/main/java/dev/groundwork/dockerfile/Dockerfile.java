package dev.groundwork.dockerfile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed Dockerfile: its build stages, in order.
 *
 * <p>Read by {@link #read(Path)} or {@link #parse(String, String)}. The parser follows Docker's
 * syntax as far as checks need it: parser directives ({@code # escape=`}), comments, line
 * continuations, exec (JSON) and shell forms, {@code FROM [--platform=…] image [AS name]},
 * build arguments in {@code FROM}, and here-documents ({@code RUN <<EOF}). It refuses what
 * Docker refuses: an unknown instruction, an instruction other than {@code ARG} before the first
 * {@code FROM}, a file without {@code FROM}, an unterminated here-document.
 */
public final class Dockerfile {
  private final String source;
  private final ImmutableList<Stage> stages;

  Dockerfile(String source, List<Stage> stages) {
    this.source = source;
    this.stages = ImmutableList.copyOf(stages);
  }

  /**
   * Reads and parses the file at {@code path}.
   *
   * @throws DockerfileException if it cannot be read or does not parse
   */
  public static Dockerfile read(Path path) {
    checkNotNull(path, "path");
    String name = path.toString().replace('\\', '/');
    if (!Files.isRegularFile(path)) {
      throw new DockerfileException(name, 0, "no such file");
    }
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new DockerfileException(name, 0, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Parses Dockerfile {@code text}; {@code source} names it in messages.
   *
   * @throws DockerfileException if it does not parse
   */
  public static Dockerfile parse(String text, String source) {
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    return new DockerfileParser(source).parse(text);
  }

  /** The file as named when read, e.g. {@code images/api/Dockerfile}. */
  public String source() {
    return source;
  }

  /** The stages, in order; never empty. */
  public ImmutableList<Stage> stages() {
    return stages;
  }

  /** The stage the image is made of (the last one). */
  public Stage finalStage() {
    return stages.get(stages.size() - 1);
  }

  /**
   * The earlier stage {@code stage} builds on ({@code FROM build}), if its base is a stage name
   * (case-insensitive, as Docker matches them) rather than an image.
   */
  public Optional<Stage> parentStage(Stage stage) {
    String base = stage.baseImage().toLowerCase(Locale.ROOT);
    return stages.subList(0, stage.index()).stream()
        .filter(s -> s.name().map(n -> n.toLowerCase(Locale.ROOT).equals(base)).orElse(false))
        .reduce((first, second) -> second);
  }

  /**
   * {@code stage} and the earlier stages it builds on, nearest first: what ends up in an image
   * made of {@code stage}, besides what {@code COPY --from} picks.
   */
  public List<Stage> lineage(Stage stage) {
    List<Stage> chain = new ArrayList<>();
    Optional<Stage> current = Optional.of(stage);
    while (current.isPresent()) {
      chain.add(current.get());
      current = parentStage(current.get());
    }
    return List.copyOf(chain);
  }

  /** The stages whose base is an image (not an earlier stage, not {@code scratch}). */
  public List<Stage> stagesFromImages() {
    return stages.stream()
        .filter(s -> parentStage(s).isEmpty() && !s.baseImage().equalsIgnoreCase("scratch"))
        .toList();
  }

  @Override
  public String toString() {
    return "Dockerfile " + source + " (" + stages.size() + " stages)";
  }
}
