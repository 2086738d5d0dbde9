package dev.groundwork.assembly;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a CloudFormation resource type takes tags, as aws-cdk-lib's own L1 classes say.
 *
 * <p>aws-cdk-lib generates one {@code Cfn*} class per resource type from the CloudFormation
 * resource specification, and exactly the types with a tags property implement {@code
 * ITaggable} or {@code ITaggableV2}. {@value #TABLE} lists every such class
 * ({@code AWS::S3::Bucket} is {@code s3.CfnBucket}) with its answer; it is generated from the
 * aws-cdk-lib on the build's class path, and {@code TaggabilityTest} fails when it is stale. So
 * the answer needs neither aws-cdk-lib nor jsii at run time ({@code groundwork check} runs
 * without them). A type aws-cdk-lib does not know (a custom resource, a newer service) is {@link
 * #UNKNOWN}, so a test can insist that every type is classified rather than silently skipping it.
 */
public enum Taggability {
  /** The type has a tags property: required tags must be on it. */
  TAGGABLE,
  /** The type has no tags property (policies, attachments, routes, custom resources). */
  NOT_TAGGABLE,
  /** aws-cdk-lib has no L1 class for the type. */
  UNKNOWN;

  /** The generated table: one {@code <service>.Cfn<Resource> TAGGABLE|NOT_TAGGABLE} per line. */
  public static final String TABLE = "l1-taggability.txt";

  /** Types that are resources in templates but have no L1 class in a service package. */
  private static final Set<String> NEVER_TAGGABLE = ImmutableSet.of(
      "AWS::CDK::Metadata", "AWS::CloudFormation::CustomResource", "AWS::CloudFormation::WaitCondition",
      "AWS::CloudFormation::WaitConditionHandle", "AWS::CloudFormation::Macro");

  private static final Map<String, Taggability> CACHE = new ConcurrentHashMap<>();

  /** The taggability of a CloudFormation resource type such as {@code AWS::S3::Bucket}. */
  public static Taggability of(String resourceType) {
    return CACHE.computeIfAbsent(resourceType, Taggability::classify);
  }

  /**
   * The L1 class a type maps to, relative to {@code software.amazon.awscdk.services}, e.g.
   * {@code s3.CfnBucket}; how {@value #TABLE} names it.
   */
  public static Optional<String> l1ClassName(String resourceType) {
    String[] parts = resourceType.split("::");
    if (parts.length != 3 || !parts[0].equals("AWS")) {
      return Optional.empty();
    }
    return Optional.of(parts[1].toLowerCase(Locale.ROOT) + ".Cfn" + parts[2]);
  }

  private static Taggability classify(String resourceType) {
    if (resourceType.startsWith("Custom::") || NEVER_TAGGABLE.contains(resourceType)) {
      return NOT_TAGGABLE;
    }
    return l1ClassName(resourceType).map(name -> Table.BY_CLASS.getOrDefault(name, UNKNOWN)).orElse(UNKNOWN);
  }

  /** The table, read on first use. */
  private static final class Table {
    static final Map<String, Taggability> BY_CLASS = read();

    private static Map<String, Taggability> read() {
      Map<String, Taggability> table = new LinkedHashMap<>();
      try (InputStream in = Taggability.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException(TABLE + " is missing from the class path");
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] fields = line.strip().split(" ");
            table.put(fields[0], Taggability.valueOf(fields[1]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + TABLE, e);
      }
      return ImmutableMap.copyOf(table);
    }
  }
}
