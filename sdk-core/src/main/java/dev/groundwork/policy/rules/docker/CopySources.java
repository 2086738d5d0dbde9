package dev.groundwork.policy.rules.docker;

import dev.groundwork.dockerfile.Instruction;
import java.util.List;

/** The sources of a {@code COPY} or {@code ADD}: every word but the destination, here-documents left out. */
final class CopySources {
  private CopySources() {}

  static List<String> of(Instruction instruction) {
    List<String> words = instruction.words();
    if (words.size() < 2) {
      return List.of();
    }
    return words.subList(0, words.size() - 1).stream().filter(w -> !w.startsWith("<<")).toList();
  }
}
