package dev.groundwork.maven.classdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * How the synth JVM starts: its class path (the same entries as Maven's, possibly the jars first),
 * the options {@link SynthClassArchive} adds, and what to keep once the synthesis succeeded.
 *
 * @param classpath the class path to start the JVM with
 * @param jvmArguments options added to the goal's own {@code jvmArgs}
 * @param recording where the JVM writes the classes it loads, when it records them
 * @param classList where a successful recording is kept for the next synthesis to archive
 * @param note why no archive is used, when none is
 */
public record SynthJvmStart(List<String> classpath, List<String> jvmArguments, Optional<Path> recording,
    Optional<Path> classList, Optional<String> note) {

  /** The JVM as Maven gives the class path, nothing added: the archive is turned off. */
  public static SynthJvmStart asGiven(List<String> classpath) {
    return new SynthJvmStart(classpath, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static SynthJvmStart asGiven(List<String> classpath, String note) {
    return new SynthJvmStart(classpath, List.of(), Optional.empty(), Optional.empty(), Optional.of(note));
  }

  static SynthJvmStart fromArchive(List<String> classpath, List<String> options) {
    return new SynthJvmStart(classpath, options, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static SynthJvmStart recording(List<String> classpath, List<String> options, Path recording, Path classList) {
    return new SynthJvmStart(classpath, options, Optional.of(recording), Optional.of(classList), Optional.empty());
  }

  /** Whether the JVM starts from an archive. */
  public boolean archived() {
    return !jvmArguments.isEmpty() && recording.isEmpty();
  }

  /**
   * Ends the start: after a successful synthesis keeps what it recorded for the next one to
   * archive; otherwise drops it, as a failed run may have stopped before loading what a synthesis loads.
   */
  public void finish(boolean succeeded) throws IOException {
    if (recording.isEmpty()) {
      return;
    }
    if (succeeded && Files.size(recording.get()) > 0) {
      Files.move(recording.get(), classList.orElseThrow(), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.deleteIfExists(recording.get());
    }
  }
}
