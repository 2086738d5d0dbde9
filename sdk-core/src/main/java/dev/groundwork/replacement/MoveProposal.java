package dev.groundwork.replacement;

import dev.groundwork.assembly.LogicalIds;
import dev.groundwork.assembly.MoveMetadata;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The move declaration that keeps a moved resource's logical id, as the user pastes it: the
 * resource's old and new construct paths below the stack, with the part they end with in common
 * left out, so the declaration names the construct that was renamed or wrapped ({@code Orders} →
 * {@code Ledger}, {@code Documents} → {@code Archive/Documents}) and covers everything under it.
 */
final class MoveProposal {

  private MoveProposal() {}

  /**
   * The declaration that gives {@code now} the logical id of {@code before} (same stack); empty
   * when a logical id is not the one CDK derives from the resource's path (overridden, or a
   * stack naming its elements otherwise), so no declaration by path can keep it.
   */
  static Optional<MoveMetadata.Declaration> of(Resource before, Resource now) {
    Optional<String> oldPath = LogicalIds.pathInStack(before);
    Optional<String> newPath = LogicalIds.pathInStack(now);
    if (oldPath.isEmpty() || newPath.isEmpty()
        || !stackPath(before, oldPath.get()).equals(stackPath(now, newPath.get()))) {
      return Optional.empty();
    }
    List<String> from = LogicalIds.components(oldPath.get());
    List<String> to = LogicalIds.components(newPath.get());
    int common = 0;
    while (common < Math.min(from.size(), to.size()) - 1
        && from.get(from.size() - 1 - common).equals(to.get(to.size() - 1 - common))) {
      common++;
    }
    // A construct that still holds resources at the old path cannot be declared moved as a whole.
    while (common > 0 && holdsResources(now.stack(), String.join("/", from.subList(0, from.size() - common)))) {
      common--;
    }
    return Optional.of(new MoveMetadata.Declaration(String.join("/", from.subList(0, from.size() - common)),
        String.join("/", to.subList(0, to.size() - common)), Map.of()));
  }

  /** The fix for a move within a stack: the declaration to paste, or pinning the id by hand. */
  static String fix(Resource before, Resource now) {
    return of(before, now)
        .map(d -> "Keep its logical id by declaring the move in the code of " + now.stack().describe() + ": "
            + d.code())
        .orElseGet(() -> "Keep its logical id by pinning it on the CfnResource at '"
            + now.constructPath().orElse(now.logicalId()) + "': overrideLogicalId(\"" + before.logicalId()
            + "\") (its logical ids are not the ones CDK derives from construct paths, so a move "
            + "declaration cannot compute them)");
  }

  /** The construct path of {@code resource}'s stack, given its path below the stack. */
  private static String stackPath(Resource resource, String pathInStack) {
    String path = resource.constructPath().orElseThrow();
    return path.substring(0, path.length() - pathInStack.length());
  }

  /** The stack's construct path, read off any resource whose logical id CDK derived from its path. */
  static Optional<String> stackPath(StackTemplate stack) {
    for (Resource resource : stack.resources()) {
      Optional<String> below = LogicalIds.pathInStack(resource);
      if (below.isPresent()) {
        String path = stackPath(resource, below.get());
        return Optional.of(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
      }
    }
    return Optional.empty();
  }

  private static boolean holdsResources(StackTemplate stack, String path) {
    return stackPath(stack).map(root -> root + "/" + path).map(prefix -> stack.resources().stream()
        .anyMatch(r -> r.constructPath().map(p -> p.equals(prefix) || p.startsWith(prefix + "/")).orElse(false)))
        .orElse(false);
  }
}
