package dev.groundwork.constructs.data;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a {@link DatabaseCluster}'s instances are sized: Aurora Serverless v2 capacity in ACUs, or
 * a provisioned instance class.
 *
 * @param minAcu fewest Aurora capacity units (Serverless v2), 0 to 256 in steps of 0.5
 * @param maxAcu most Aurora capacity units (Serverless v2), 0.5 to 256 in steps of 0.5
 * @param instanceType the instance class of provisioned instances, e.g. {@code r7g.large}
 */
public record DatabaseCapacity(double minAcu, double maxAcu, Optional<String> instanceType) {
  /** Most capacity units Serverless v2 allows. */
  public static final double MAX_ACU = 256;

  /** Serverless v2 between {@code minAcu} and {@code maxAcu}. */
  public static DatabaseCapacity serverless(double minAcu, double maxAcu) {
    List<Problem> problems = new ArrayList<>();
    checkAcu("minAcu", minAcu, problems);
    checkAcu("maxAcu", maxAcu, problems);
    if (maxAcu == 0) {
      problems.add(new Problem("DB_CAPACITY", "DatabaseCapacity", "maxAcu", "0", "at least 0.5",
          "Give the database room to run, e.g. 4."));
    }
    if (minAcu > maxAcu) {
      problems.add(new Problem("DB_CAPACITY", "DatabaseCapacity", "minAcu",
          minAcu + " above maxAcu " + maxAcu, "minAcu <= maxAcu", "Swap the two values."));
    }
    GroundworkValidationException.throwIfAny(problems);
    return new DatabaseCapacity(minAcu, maxAcu, Optional.empty());
  }

  /** Provisioned instances of {@code instanceType}, e.g. {@code r7g.large}. */
  public static DatabaseCapacity provisioned(String instanceType) {
    if (!instanceType.matches("[a-z][a-z0-9]*\\.[a-z0-9]+")) {
      throw new GroundworkValidationException(List.of(new Problem("DB_INSTANCE_TYPE",
          "DatabaseCapacity", "instanceType", "'" + instanceType + "'", "an instance class such as r7g.large",
          "Give the class without the 'db.' prefix.")));
    }
    return new DatabaseCapacity(0, 0, Optional.of(instanceType));
  }

  /** Whether the instances are Serverless v2. */
  public boolean isServerless() {
    return instanceType.isEmpty();
  }

  private static void checkAcu(String property, double acu, List<Problem> problems) {
    if (acu < 0 || acu > MAX_ACU || acu * 2 != Math.rint(acu * 2)) {
      problems.add(new Problem("DB_CAPACITY", "DatabaseCapacity", property, String.valueOf(acu),
          "0 to 256 ACU in steps of 0.5", "Use a value such as 0.5, 1, 4 or 16."));
    }
  }
}
