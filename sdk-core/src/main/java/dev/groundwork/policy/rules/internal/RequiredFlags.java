package dev.groundwork.policy.rules.internal;

import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Evaluation;

/** The check many rules share: a boolean property that must be present and true. */
public final class RequiredFlags {
  private RequiredFlags() {}

  /**
   * Compliant when {@code property} is true, unknown when it is an unresolved intrinsic, and
   * otherwise a violation saying whether it is missing or false, followed by {@code context}.
   */
  public static Evaluation requireTrue(Resource resource, String property, String context) {
    String path = "Properties." + property;
    Truth value = Intrinsics.truth(resource.property(property));
    if (value == Truth.UNKNOWN) {
      return Evaluation.unknown(path);
    }
    if (value == Truth.TRUE) {
      return Evaluation.compliant();
    }
    return Evaluation.nonCompliant(path,
        property + " is " + (value == Truth.ABSENT ? "not set" : "false") + context);
  }

  /** As {@link #requireTrue(Resource, String, String)} with nothing after the message. */
  public static Evaluation requireTrue(Resource resource, String property) {
    return requireTrue(resource, property, "");
  }
}
