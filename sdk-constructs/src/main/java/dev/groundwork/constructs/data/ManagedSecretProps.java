package dev.groundwork.constructs.data;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.core.GroundworkStyle;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awscdk.services.lambda.IFunction;

/**
 * Input of {@link ManagedSecret}. There is deliberately no property for the secret's value:
 * Secrets Manager generates it, so it never appears in code, templates or build logs.
 */
@Value.Immutable
@GroundworkStyle
public interface ManagedSecretProps {
  /** Shortest rotation period Secrets Manager accepts. */
  Duration MIN_ROTATION = Duration.ofHours(4);
  /** Longest rotation period Secrets Manager accepts. */
  Duration MAX_ROTATION = Duration.ofDays(1000);

  /**
   * The Lambda function that rotates the value (Secrets Manager's rotation contract). Required:
   * a secret whose value never changes stays valid forever once leaked. Database credentials get
   * AWS's hosted rotation from {@link DatabaseCluster} instead.
   */
  IFunction rotationFunction();

  /** How often the value is rotated, 4 hours to 1,000 days. Default: 30 days in every tier. */
  @Value.Default
  default Duration rotationPeriod() {
    return Duration.ofDays(30);
  }

  /**
   * A user name stored beside the generated value ({@code {"username": …, "password": …}}).
   * Default: none, the secret is the generated value alone.
   */
  Optional<String> username();

  /** Length of the generated value. Default: 32. */
  @Value.Default
  default int length() {
    return 32;
  }

  /** The secret's description. Default: none. */
  Optional<String> description();

  /** The key that encrypts the secret. Default: the stack's shared secrets key. */
  Optional<EncryptionKey> encryptionKey();

  /** Regions the secret is replicated to (for a recovery region). Default: none. */
  List<Region> replicaRegions();

  @Value.Check
  default void check() {
    Problems problems = Problems.ofValue("ManagedSecretProps");
    checkRotation(rotationPeriod(), problems);
    if (length() < 20 || length() > 4096) {
      problems.add("SECRET_LENGTH", "length", length(), "20 to 4096", "Keep the default 32.");
    }
    problems.throwIfAny();
  }

  /** Records a {@code SECRET_ROTATION_PERIOD} problem unless {@code period} is 4 hours to 1,000 days. */
  static void checkRotation(Duration period, Problems problems) {
    if (period.compareTo(MIN_ROTATION) < 0 || period.compareTo(MAX_ROTATION) > 0) {
      problems.add("SECRET_ROTATION_PERIOD", "rotationPeriod", period, "4 hours (PT4H) to 1000 days (PT24000H)",
          "Keep the default 30 days, or pick a period Secrets Manager accepts.");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ManagedSecretProps}. */
  final class Builder extends ImmutableManagedSecretProps.Builder {}
}
