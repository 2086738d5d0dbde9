package dev.groundwork.core;

import com.google.common.collect.ImmutableSet;

/**
 * The organisation's standard tag keys. The first three are required on every taggable
 * resource and are set by Groundwork itself; the others are optional.
 */
public enum StandardTag {
  /** The environment's name, e.g. {@code prod}. Required; set from the environment. */
  ENVIRONMENT("environment", true),
  /** The owning team. Required; set from {@code PlatformAppProps.team()}. */
  TEAM("team", true),
  /** Who pays. Required; set from {@code PlatformAppProps.costCenter()}. */
  COST_CENTER("cost-center", true),
  /** The service a resource belongs to. Optional. */
  SERVICE("service", false),
  /** A person or rota to contact. Optional. */
  OWNER("owner", false),
  /** The source repository that defines the resource. Optional. */
  REPOSITORY("repository", false);

  private final String key;
  private final boolean required;

  StandardTag(String key, boolean required) {
    this.key = key;
    this.required = required;
  }

  /** The tag key as it appears on resources. */
  public String key() {
    return key;
  }

  /** Whether every taggable resource must carry this tag. */
  public boolean required() {
    return required;
  }

  /** The keys of the required tags, which custom tags may not override. */
  public static java.util.Set<String> requiredKeys() {
    return java.util.Arrays.stream(values()).filter(StandardTag::required).map(StandardTag::key)
        .collect(ImmutableSet.toImmutableSet());
  }
}
