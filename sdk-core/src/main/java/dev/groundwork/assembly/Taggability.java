package dev.groundwork.assembly;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.ITaggable;
import software.amazon.awscdk.ITaggableV2;

/**
 * Whether a CloudFormation resource type takes tags, decided from aws-cdk-lib's own L1 classes.
 *
 * <p>aws-cdk-lib generates one {@code Cfn*} class per resource type from the CloudFormation
 * resource specification, and exactly the types with a tags property implement
 * {@link ITaggable} or {@link ITaggableV2}. {@code AWS::S3::Bucket} maps to
 * {@code software.amazon.awscdk.services.s3.CfnBucket}; the class is loaded without being
 * initialised, so no call crosses the jsii bridge. A type aws-cdk-lib does not know (a custom
 * resource, a newer service) is {@link #UNKNOWN}, so a test can insist that every type is
 * classified rather than silently skipping it.
 */
public enum Taggability {
  /** The type has a tags property: required tags must be on it. */
  TAGGABLE,
  /** The type has no tags property (policies, attachments, routes, custom resources). */
  NOT_TAGGABLE,
  /** aws-cdk-lib has no L1 class for the type. */
  UNKNOWN;

  /** Types that are resources in templates but have no L1 class in a service package. */
  private static final Set<String> NEVER_TAGGABLE = Set.of(
      "AWS::CDK::Metadata", "AWS::CloudFormation::CustomResource", "AWS::CloudFormation::WaitCondition",
      "AWS::CloudFormation::WaitConditionHandle", "AWS::CloudFormation::Macro");

  private static final Map<String, Taggability> CACHE = new ConcurrentHashMap<>();

  /** The taggability of a CloudFormation resource type such as {@code AWS::S3::Bucket}. */
  public static Taggability of(String resourceType) {
    return CACHE.computeIfAbsent(resourceType, Taggability::classify);
  }

  /** The aws-cdk-lib L1 class name a type maps to, e.g. {@code …services.s3.CfnBucket}. */
  static Optional<String> l1ClassName(String resourceType) {
    String[] parts = resourceType.split("::");
    if (parts.length != 3 || !parts[0].equals("AWS")) {
      return Optional.empty();
    }
    return Optional.of("software.amazon.awscdk.services." + parts[1].toLowerCase(Locale.ROOT)
        + ".Cfn" + parts[2]);
  }

  private static Taggability classify(String resourceType) {
    if (resourceType.startsWith("Custom::") || NEVER_TAGGABLE.contains(resourceType)) {
      return NOT_TAGGABLE;
    }
    Optional<String> className = l1ClassName(resourceType);
    if (className.isEmpty()) {
      return UNKNOWN;
    }
    try {
      Class<?> l1 = Class.forName(className.get(), false, Taggability.class.getClassLoader());
      return ITaggable.class.isAssignableFrom(l1) || ITaggableV2.class.isAssignableFrom(l1)
          ? TAGGABLE : NOT_TAGGABLE;
    } catch (ClassNotFoundException | LinkageError e) {
      return UNKNOWN;
    }
  }
}
