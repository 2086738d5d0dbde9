package dev.groundwork.dockerfile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instruction of a Dockerfile, continuation lines joined and comments removed.
 *
 * @param keyword the instruction in upper case, e.g. {@code COPY}
 * @param arguments everything after the keyword, as written (continuations joined by a space)
 * @param flags the leading {@code --name=value} options (e.g. {@code from}, {@code checksum});
 *     a flag without a value maps to an empty text
 * @param words the arguments after the flags: the JSON array's items in exec form, else the
 *     words split on white space (quotes respected)
 * @param heredocs the bodies of the instruction's here-documents, in order
 * @param line the 1-based line the instruction starts on
 */
public record Instruction(String keyword, String arguments, Map<String, String> flags,
    List<String> words, List<String> heredocs, int line) {

  public Instruction {
    flags = ImmutableMap.copyOf(flags);
    words = ImmutableList.copyOf(words);
    heredocs = ImmutableList.copyOf(heredocs);
  }

  /** Whether this is the instruction {@code keyword} (case-insensitive). */
  public boolean is(String keyword) {
    return this.keyword.equalsIgnoreCase(keyword);
  }

  /** The value of flag {@code --name}, if given. */
  public Optional<String> flag(String name) {
    return Optional.ofNullable(flags.get(name));
  }

  /** The shell text a RUN instruction executes: its arguments, or its here-documents' bodies. */
  public String commandText() {
    return heredocs.isEmpty() ? String.join(" ", words) : String.join("\n", heredocs);
  }

  /** How messages name it: {@code line 7 (COPY id_rsa /root/.ssh/)}. */
  public String describe() {
    String text = keyword + " " + arguments;
    return "line " + line + " (" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + ")";
  }
}
