package dev.groundwork.testing.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff (as {@code diff -u} prints it) of two texts, cut short past a limit. */
public final class UnifiedDiff {
  private static final int MAX_LINES = 200;

  private UnifiedDiff() {}

  /** The diff of {@code expected} (the golden file) against {@code actual}, with 3 lines of context. */
  public static String of(String expectedName, String expected, String actualName, String actual) {
    List<String> original = expected.lines().toList();
    List<String> revised = actual.lines().toList();
    Patch<String> patch = DiffUtils.diff(original, revised);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(expectedName, actualName, original, patch, 3);
    if (lines.size() > MAX_LINES) {
      int more = lines.size() - MAX_LINES;
      lines = new java.util.ArrayList<>(lines.subList(0, MAX_LINES));
      lines.add("… " + more + " more diff lines");
    }
    return String.join("\n", lines);
  }
}
