package dev.groundwork.replacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console summary of an {@link AssemblyDiff}: per stack of the new assembly, how many of its
 * resources are added, modified in place, replaced, moved, removed and unchanged, then the stacks
 * that left the app. What {@code cdk diff} tells, offline and without credentials; the findings
 * that follow it say which of these changes lose data.
 */
public final class ChangeSummary {
  private ChangeSummary() {}

  /** The summary's text, ending with a newline. */
  public static String render(AssemblyDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("changes against the previous assembly (replacement spec ").append(diff.specVersion())
        .append("; offline, no credentials needed)\n");
    for (StackChanges stack : diff.byStack()) {
      String name = stack.stack().environmentName() + " / " + stack.stack().stackName();
      out.append(String.format("  %-44s %s%n", name, stack.isNew() ? newStack(stack) : counts(stack)));
    }
    for (String gone : diff.goneStacks()) {
      out.append(String.format("  %-44s %s%n", gone, "left the app (deploying leaves the stack in place)"));
    }
    return out.toString();
  }

  private static String newStack(StackChanges stack) {
    int resources = stack.stack().resources().size();
    String line = "new stack, " + resources + (resources == 1 ? " resource" : " resources") + " added";
    int movedIn = stack.movedIn().size();
    long mayHave = stack.changes().stream().filter(ResourceChange::ambiguous).count();
    List<String> notes = new ArrayList<>();
    if (movedIn > 0) {
      notes.add(movedIn + " moved from another stack");
    }
    if (mayHave > 0) {
      notes.add(mayHave + " may have moved");
    }
    return notes.isEmpty() ? line : line + " (" + String.join(", ", notes) + ")";
  }

  private static String counts(StackChanges stack) {
    Map<ChangeKind, Integer> counts = stack.counts();
    long addedAmbiguous = ambiguous(stack, ChangeKind.ADDED);
    long removedAmbiguous = ambiguous(stack, ChangeKind.REMOVED);
    int movedIn = stack.movedIn().size();
    return counts.get(ChangeKind.ADDED) + " added" + (addedAmbiguous > 0 ? " (" + addedAmbiguous + " may have moved)" : "")
        + ", " + counts.get(ChangeKind.MODIFIED_IN_PLACE) + " modified in place"
        + ", " + counts.get(ChangeKind.REPLACED) + " replaced"
        + ", " + counts.get(ChangeKind.MOVED) + " moved" + (movedIn > 0 ? " (" + movedIn + " from another stack)" : "")
        + ", " + counts.get(ChangeKind.REMOVED) + " removed"
        + (removedAmbiguous > 0 ? " (" + removedAmbiguous + " may have moved)" : "")
        + ", " + counts.get(ChangeKind.UNCHANGED) + " unchanged";
  }

  private static long ambiguous(StackChanges stack, ChangeKind kind) {
    return stack.changes().stream().filter(c -> c.kind() == kind && c.ambiguous()).count();
  }
}
