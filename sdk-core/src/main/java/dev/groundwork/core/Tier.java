package dev.groundwork.core;

/**
 * How much an environment matters, which decides every default a construct picks.
 *
 * <p>The tier, not the environment's name, drives defaults: an environment called {@code qa}
 * can be {@link #STAGING}. The per-tier values are in {@link TierDefaults}.
 */
public enum Tier {
  /** Development: cheaper defaults, still encrypted, tagged and retained. */
  DEV,
  /** Pre-production: production's safety settings at a smaller size. */
  STAGING,
  /** Production: the strictest defaults; WARNING rules marked to escalate fail synthesis. */
  PROD;

  /** The defaults constructs use in an environment of this tier. */
  public TierDefaults defaults() {
    return TierDefaults.forTier(this);
  }
}
