package dev.groundwork.moves;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.groundwork.assembly.LogicalIds;
import dev.groundwork.core.Problems;
import java.util.Optional;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Declares that a construct of a stack was renamed or moved, so its CloudFormation resources keep
 * the logical ids they had at the old path: CloudFormation then updates them in place instead of
 * creating new, empty ones and deleting the old ones with their data.
 *
 * <pre>{@code
 * // "Orders" became "Ledger": the database under it keeps its logical id.
 * Moves.of(stack).moved("Orders", "Ledger");
 * // A bucket wrapped in a new parent construct.
 * Moves.of(stack).moved("Documents", archive.getNode().findChild("Documents"));
 * }</pre>
 *
 * <p>Paths are construct paths relative to the stack ({@code Orders/Database}), as the
 * replacement guard prints them in the line it proposes. At synthesis every CloudFormation
 * element under the construct at {@code to} (its children added later included) gets the logical
 * id CDK gave it at the same place under {@code from}; an element whose logical id was already
 * set otherwise ({@code overrideLogicalId}, {@code Stack.renameLogicalId}) is left as it is, and
 * the innermost of two nested declarations wins. The stack's template records each declaration
 * and what it pinned (template metadata {@value dev.groundwork.assembly.MoveMetadata#KEY}), and the
 * replacement guard reports one that no longer matches anything, so declarations do not rot.
 *
 * <p>A declaration stays as long as the construct does: the resources keep the old logical ids
 * for good. It only works within a stack; across stacks the guard writes the stack-refactor
 * mapping instead. Physical names and properties CDK derives from the construct path (a
 * security group's default description, generated names) still follow the new path; the guard
 * shows what they replace.
 */
public final class Moves {
  private static final String TYPE = "Moves";

  private final Stack stack;

  private Moves(Stack stack) {
    this.stack = stack;
  }

  /** The move declarations of the stack {@code scope} is in. */
  public static Moves of(IConstruct scope) {
    return new Moves(Stack.of(checkNotNull(scope, "scope")));
  }

  /**
   * Declares that the construct now at {@code to} was at {@code from}; both relative to the
   * stack. Declare it after the construct is created: a path that names no construct yet
   * matches nothing, which the replacement guard reports.
   *
   * @throws dev.groundwork.core.GroundworkValidationException ({@code MOVE_PATH_INVALID}, {@code
   *     MOVE_SOURCE_EXISTS}, {@code MOVE_DECLARED_TWICE}) with every problem found
   */
  public Moves moved(String from, String to) {
    Problems problems = Problems.of(TYPE, stack);
    checkPath(problems, "from", from);
    checkPath(problems, "to", to);
    problems.throwIfAny();
    return declare(problems, from, to, find(to));
  }

  /**
   * Declares that {@code construct}, a construct of this stack, was at {@code from} (relative
   * to the stack).
   *
   * @throws dev.groundwork.core.GroundworkValidationException ({@code MOVE_PATH_INVALID}, {@code
   *     MOVE_OUTSIDE_STACK}, {@code MOVE_SOURCE_EXISTS}, {@code MOVE_DECLARED_TWICE}) with every
   *     problem found
   */
  public Moves moved(String from, IConstruct construct) {
    checkNotNull(construct, "construct");
    Problems problems = Problems.of(TYPE, stack);
    checkPath(problems, "from", from);
    String path = construct.getNode().getPath();
    String stackPath = stack.getNode().getPath();
    if (Stack.of(construct) != stack || !path.startsWith(stackPath + "/")) {
      problems.add("MOVE_OUTSIDE_STACK", "construct", path, "a construct inside stack '" + stackPath + "'",
          "Declare the move on the construct's own stack: Moves.of(construct); a move between stacks "
              + "needs CloudFormation's stack refactoring (the replacement guard writes the mapping).");
    }
    problems.throwIfAny();
    return declare(problems, from, path.substring(stackPath.length() + 1), Optional.of(construct));
  }

  private Moves declare(Problems problems, String from, String to, Optional<IConstruct> target) {
    if (from.equals(to)) {
      problems.add("MOVE_PATH_INVALID", "from", from, "a path other than to ('" + to + "')",
          "Give the construct's old path; a construct that did not move needs no declaration.");
    }
    Optional<IConstruct> source = find(from);
    if (source.isPresent() && !(to + "/").startsWith(from + "/") && holdsElements(source.get())) {
      problems.add("MOVE_SOURCE_EXISTS", "from", from, "the path of a construct that is no longer there",
          "A construct with CloudFormation resources still exists at '" + from + "', and the moved "
              + "resources would take its logical ids. Give the path the moved construct had, or "
              + "declare a deeper path.");
    }
    MoveRegistry registry = MoveRegistry.of(stack);
    registry.declaredTo(to).ifPresent(d -> problems.add("MOVE_DECLARED_TWICE", "to", to,
        "one declaration per construct",
        "Remove one of the two: Moves.of(stack).moved(\"" + d.from() + "\", \"" + d.to() + "\") is already declared."));
    problems.throwIfAny();
    registry.add(from, to, target);
    return this;
  }

  private static void checkPath(Problems problems, String property, String path) {
    if (path == null || path.isBlank() || path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
      problems.add("MOVE_PATH_INVALID", property, path, "a construct path relative to the stack, e.g. Orders/Database",
          "Write the path without the stack's own path and without leading or trailing '/'.");
    }
  }

  private static boolean holdsElements(IConstruct construct) {
    return construct.getNode().findAll().stream().anyMatch(CfnElement.class::isInstance);
  }

  /** The construct at {@code path} below the stack, if there is one now. */
  private Optional<IConstruct> find(String path) {
    IConstruct node = stack;
    for (String id : LogicalIds.components(path)) {
      node = node.getNode().tryFindChild(id);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }
}
