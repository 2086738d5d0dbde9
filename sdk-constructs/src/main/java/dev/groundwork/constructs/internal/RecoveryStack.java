package dev.groundwork.constructs.internal;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.core.Problems;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.constructs.IConstruct;

/**
 * Finds the recovery stack of the environment {@code scope} is in: the stack
 * {@link PlatformEnvironment#addRecoveryStack()} added, in the recovery region.
 */
public final class RecoveryStack {
  private RecoveryStack() {}

  /** The recovery stack of {@code scope}'s environment, if it has been added. */
  public static Optional<Stack> of(IConstruct scope) {
    IConstruct child = Stage.of(scope).getNode().tryFindChild(PlatformEnvironment.RECOVERY_STACK_PURPOSE);
    return child instanceof Stack stack ? Optional.of(stack) : Optional.empty();
  }

  /**
   * The recovery stack, or records on {@code validation} that a construct which copies to the
   * recovery region ({@code property}) found none.
   */
  public static Optional<Stack> require(IConstruct scope, Problems validation, String property) {
    Optional<Stack> stack = of(scope);
    if (stack.isEmpty()) {
      validation.add("RECOVERY_STACK_MISSING", property, "on, but the environment has no recovery stack",
          "used only after environment.addRecoveryStack()",
          "Call environment.addRecoveryStack() before creating this construct, or set " + property + "(false).");
    }
    return stack;
  }
}
