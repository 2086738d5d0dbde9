package dev.groundwork.dockerfile;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: its {@code FROM} and the instructions up to the next {@code FROM}.
 *
 * @param index 0-based position in the file
 * @param name the {@code AS} name, if any
 * @param baseImage the image after the build arguments declared before the first {@code FROM}
 *     are substituted (their defaults), e.g. {@code eclipse-temurin:21-jre}; may still contain
 *     {@code $} when an argument has no default
 * @param from the {@code FROM} instruction itself
 * @param instructions the instructions after {@code FROM}, in order
 */
public record Stage(int index, Optional<String> name, String baseImage, Instruction from,
    List<Instruction> instructions) {

  public Stage {
    instructions = ImmutableList.copyOf(instructions);
  }

  /** The stage's instructions that are {@code keyword}. */
  public List<Instruction> instructions(String keyword) {
    return instructions.stream().filter(i -> i.is(keyword)).toList();
  }

  /** How messages name it: {@code stage 'build'} or {@code stage 2}. */
  public String describe() {
    return name.map(n -> "stage '" + n + "'").orElse("stage " + (index + 1));
  }
}
