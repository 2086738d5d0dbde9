package dev.groundwork.assembly.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the synth goal's last successful synthesis put its assembly (remembered in the build
 * directory), and whether it can stand for a synthesis of the inputs of now.
 *
 * <p>It can when the assembly holds an {@link InputsRecord} whose fingerprint equals the current
 * inputs' and whose hash still matches the assembly's files. Anything else (no record, no
 * assembly, a file changed, removed or added since, an input changed) means synthesizing, and
 * the verdict says why.
 */
public final class PreviousSynthesis {
  private final Path pointer;

  /** Decides whether a synthesis can be skipped, and why. */
  public record Verdict(boolean upToDate, String reason) {}

  /** The memory kept in {@code stateDirectory}, the build directory's {@code groundwork/}. */
  public PreviousSynthesis(Path stateDirectory) {
    this.pointer = stateDirectory.resolve("last-assembly");
  }

  /** Whether the remembered assembly was synthesized from {@code now} and is intact. */
  public Verdict check(SynthInputs now, Path basedir) throws IOException {
    Optional<Path> assembly = remembered();
    if (assembly.isEmpty()) {
      return new Verdict(false, "no earlier synthesis recorded in " + shown(basedir, pointer.getParent()));
    }
    Path dir = assembly.get();
    if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
      return new Verdict(false, "no cloud assembly at " + shown(basedir, dir));
    }
    Optional<InputsRecord> record = InputsRecord.read(dir);
    if (record.isEmpty()) {
      return new Verdict(false, "the assembly at " + shown(basedir, dir) + " has no readable " + InputsRecord.FILE
          + " (it was written by another synthesis)");
    }
    List<String> changed = now.changedSince(record.get().inputs());
    if (!changed.isEmpty()) {
      return new Verdict(false, "inputs changed since the last synthesis: " + summary(changed));
    }
    if (!record.get().intact(dir)) {
      return new Verdict(false, "the assembly at " + shown(basedir, dir)
          + " was changed after its synthesis (its files no longer match the hash in " + InputsRecord.FILE + ")");
    }
    String by = record.get().synthesizedBy().equals(InputsRecord.SYNTH_GOAL) ? "" : " by " + record.get().synthesizedBy();
    return new Verdict(true, "inputs unchanged since the synthesis of " + shown(basedir, dir) + by + " (fingerprint "
        + now.fingerprint().substring(0, 12) + ", " + now.hashes().size() + " inputs, assembly intact)");
  }

  /** Records a successful synthesis of {@code inputs} into {@code assembly} by {@code by}, there and here. */
  public void remember(SynthInputs inputs, Path assembly, String by) throws IOException {
    InputsRecord.of(inputs, assembly, by).writeTo(assembly);
    Files.createDirectories(pointer.getParent());
    Files.writeString(pointer, assembly.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
  }

  /** Forgets the last synthesis (before one that may fail). */
  public void forget() throws IOException {
    Files.deleteIfExists(pointer);
  }

  private Optional<Path> remembered() throws IOException {
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String path = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
  }

  private static String summary(List<String> changed) {
    int shown = Math.min(3, changed.size());
    String names = String.join(", ", changed.subList(0, shown));
    return changed.size() > shown ? names + " and " + (changed.size() - shown) + " more" : names;
  }

  private static String shown(Path basedir, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
