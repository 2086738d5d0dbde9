package dev.groundwork.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AWS CDK feature flags and context every Groundwork app starts from.
 *
 * <p>{@code cdk init} writes CDK's recommended flags into a new project's {@code cdk.json}; an
 * app built from Java alone gets CDK's legacy behaviour unless the flags are set on the App.
 * Groundwork sets all of them: {@link #CDK_RECOMMENDED} is a verbatim copy of the
 * {@code recommended-feature-flags.json} shipped in aws-cdk-lib (a test compares the two, so an
 * upgrade that recommends more flags fails until the copy is refreshed), and
 * {@link #DEVIATIONS} lists, with reasons, where Groundwork chooses otherwise. The user's own
 * context ({@code PlatformAppProps.context()}, or the CDK CLI's {@code cdk.json} and
 * {@code --context}) overrides any of them.
 */
public final class FeatureFlags {
  /** The classpath resource holding aws-cdk-lib's recommended flags. */
  public static final String CDK_RECOMMENDED = "cdk-recommended-feature-flags.json";

  /** Where Groundwork sets a recommended flag differently, or sets context CDK does not recommend. */
  public static final Map<String, Object> DEVIATIONS = deviations();

  private static final Map<String, Object> RECOMMENDED = merge();

  private FeatureFlags() {}

  /** Flag name to value, passed as App context: CDK's recommendations, then {@link #DEVIATIONS}. */
  public static Map<String, Object> recommended() {
    return RECOMMENDED;
  }

  /** aws-cdk-lib's recommended flags, as copied into this module. */
  public static Map<String, Object> cdkRecommended() {
    try (InputStream in = FeatureFlags.class.getResourceAsStream(CDK_RECOMMENDED)) {
      if (in == null) {
        throw new IllegalStateException(CDK_RECOMMENDED + " is missing from groundwork-core");
      }
      return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CDK_RECOMMENDED, e);
    }
  }

  private static Map<String, Object> deviations() {
    Map<String, Object> flags = new LinkedHashMap<>();
    // CDK now recommends "weak" (Fn::GetStackOutput), which lets the producing stack be deleted
    // under its consumers. Groundwork keeps "strong" references, so a network stack cannot be
    // removed while a services stack still uses its VPC.
    flags.put("@aws-cdk/core:defaultCrossStackReferences", "strong");
    // CDK recommends true: tags added with Tags.of(...) above a stack no longer become stack
    // tags. Groundwork tags each environment's Stage, and the stack tags are what CloudFormation
    // propagates to resources no tag aspect reaches (the raw Lambda function and role of CDK's
    // custom-resource providers, which ProviderResourceTags copies them onto), so they stay.
    flags.put("@aws-cdk/core:explicitStackTags", false);
    // No JavaScript stack traces in the assembly's metadata: some frames name jsii's random
    // temporary directory (e.g. the subnets CDK's Vpc creates in a loop), so two syntheses of the
    // same app would differ. Not flags, but CDK context all the same.
    flags.put("aws:cdk:disable-stack-trace", true);
    flags.put("aws:cdk:disable-creation-stack-traces", true);
    return Collections.unmodifiableMap(flags);
  }

  private static Map<String, Object> merge() {
    Map<String, Object> flags = new LinkedHashMap<>(cdkRecommended());
    flags.putAll(DEVIATIONS);
    return Collections.unmodifiableMap(flags);
  }
}
