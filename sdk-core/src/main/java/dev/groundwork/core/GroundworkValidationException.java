package dev.groundwork.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be built, with every problem found at once.
 *
 * <p>Thrown at construction time, before anything is synthesized, so a user fixes all the
 * problems of one description in one round instead of one per run.
 */
public final class GroundworkValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  public GroundworkValidationException(List<Problem> problems) {
    super(render(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order they were found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The error codes of all problems, for tests and tools that branch on them. */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  /** Throws if {@code problems} is not empty. */
  public static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new GroundworkValidationException(problems);
    }
  }

  private static String render(List<Problem> problems) {
    checkArgument(!problems.isEmpty(), "a validation exception needs at least one problem");
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    return problems.size() + " problems:\n"
        + problems.stream().map(p -> "  " + p.message()).collect(Collectors.joining("\n"));
  }
}
