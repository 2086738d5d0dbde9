package dev.groundwork.testing.internal;

import java.util.Collection;
import java.util.stream.Collectors;

/** Lists in failure messages, one item a line, so a long list stays readable. */
public final class Messages {
  private static final int LIMIT = 25;

  private Messages() {}

  /** Items one per line, indented, with "… and N more" past a limit; "(none)" when empty. */
  public static String list(Collection<?> items) {
    if (items.isEmpty()) {
      return "\n    (none)";
    }
    String shown = items.stream().limit(LIMIT).map(i -> "\n  - " + i).collect(Collectors.joining());
    return items.size() > LIMIT ? shown + "\n  … and " + (items.size() - LIMIT) + " more" : shown;
  }
}
