package dev.groundwork.core;

import static java.util.Objects.requireNonNull;

/**
 * One value per tier: the single way Groundwork writes a tier-dependent default.
 *
 * <p>A resolver declares its table as constants ({@code ByTier.of(1, 2, 3)}) and reads the
 * column of its scope's tier with {@link #get(Tier)}, so every per-tier decision reads as one row
 * of DEV, STAGING and PROD values, and the generated defaults tables can call it for each tier.
 *
 * @param dev the value in {@link Tier#DEV}
 * @param staging the value in {@link Tier#STAGING}
 * @param prod the value in {@link Tier#PROD}
 * @param <T> the value's type
 */
public record ByTier<T>(T dev, T staging, T prod) {

  public ByTier {
    requireNonNull(dev, "dev");
    requireNonNull(staging, "staging");
    requireNonNull(prod, "prod");
  }

  /** The values for DEV, STAGING and PROD, in that order. */
  public static <T> ByTier<T> of(T dev, T staging, T prod) {
    return new ByTier<>(dev, staging, prod);
  }

  /** The value of {@code tier}. */
  public T get(Tier tier) {
    return switch (tier) {
      case DEV -> dev;
      case STAGING -> staging;
      case PROD -> prod;
    };
  }
}
