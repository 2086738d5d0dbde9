package dev.groundwork.constructs.governance;

import dev.groundwork.core.AccountId;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;

/**
 * Checks account ids and region codes given to the governance props with core's own
 * {@link AccountId} and {@link Region} rules and wording, reported under the props' property.
 */
final class CoreIdentifiers {
  private CoreIdentifiers() {}

  /** Records a problem naming {@code property} unless {@code value} is a region code. */
  static void checkRegion(String property, String value, Problems problems) {
    check(() -> Region.of(value), property, problems);
  }

  /** Records a problem naming {@code property} unless {@code value} is a 12-digit account id. */
  static void checkAccount(String property, String value, Problems problems) {
    check(() -> AccountId.of(value), property, problems);
  }

  private static void check(Runnable factory, String property, Problems problems) {
    try {
      factory.run();
    } catch (GroundworkValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(p.code(), property, p.value(), p.allowed(), p.fix());
      }
    }
  }
}
