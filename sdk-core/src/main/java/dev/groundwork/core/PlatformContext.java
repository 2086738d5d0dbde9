package dev.groundwork.core;

import java.util.List;
import java.util.Optional;
import software.constructs.IConstruct;

/**
 * What a construct knows about where it runs: app, environment, account, region and tier.
 *
 * <p>Constructs in any module call {@code PlatformContext.of(this)} to pick tier defaults
 * without being handed the environment. The facts are stored once as node context on the
 * environment's CDK {@code Stage}, so the lookup is a single call across the jsii bridge.
 *
 * @param app the application's name
 * @param environment the environment's name
 * @param tier the environment's tier
 * @param account the environment's AWS account
 * @param region the AWS region of the scope: the environment's, or its recovery region inside the
 *     recovery stack
 * @param recoveryRegion the region that holds the environment's recovery copies, if it names one;
 *     empty inside the recovery stack itself
 * @param costCenter who pays: the app's required {@code cost-center} tag, which {@code PlatformApp}
 *     records with the rest; empty in a context attached by hand without one
 */
public record PlatformContext(String app, String environment, Tier tier, AccountId account,
    Region region, Optional<Region> recoveryRegion, Optional<String> costCenter) {

  /** The context key under which an environment's stage records these facts. */
  static final String CONTEXT_KEY = "groundwork:environment";

  /** A context without a recovery region. */
  public PlatformContext(String app, String environment, Tier tier, AccountId account, Region region) {
    this(app, environment, tier, account, region, Optional.empty());
  }

  /** A context without a cost center. */
  public PlatformContext(String app, String environment, Tier tier, AccountId account, Region region,
      Optional<Region> recoveryRegion) {
    this(app, environment, tier, account, region, recoveryRegion, Optional.empty());
  }

  /** The same context with the app's cost center, which constructs such as a budget count. */
  public PlatformContext withCostCenter(String costCenter) {
    return new PlatformContext(app, environment, tier, account, region, recoveryRegion, Optional.of(costCenter));
  }

  /**
   * The context of {@code scope}, which must be inside a {@code PlatformEnvironment}.
   *
   * @throws GroundworkValidationException if {@code scope} is not inside a platform environment
   */
  public static PlatformContext of(IConstruct scope) {
    Object encoded = scope.getNode().tryGetContext(CONTEXT_KEY);
    if (!(encoded instanceof String text)) {
      throw new GroundworkValidationException(List.of(new Problem("PLATFORM_CONTEXT_MISSING",
          "construct at '" + scope.getNode().getPath() + "'", "scope",
          "a scope outside any Groundwork environment",
          "inside a stack created by PlatformEnvironment.addStack(...)",
          "Create the stack with environment.addStack(\"purpose\") so its tier is known.")));
    }
    return decode(text);
  }

  /**
   * Records this context on {@code scope}, so Groundwork constructs under it know their tier
   * without a {@code PlatformApp}: the way to adopt them inside an existing CDK app's own
   * {@code Stage} or {@code Stack}. Call it before adding children to {@code scope}. Required
   * tags and stack naming are then the caller's job; {@code PlatformApp} does both.
   */
  public void attachTo(IConstruct scope) {
    scope.getNode().setContext(CONTEXT_KEY, encode());
  }

  /** The defaults of this environment's tier. */
  public TierDefaults defaults() {
    return tier.defaults();
  }

  /** The same environment as seen from its recovery stack: in the recovery region, with no recovery region of its own. */
  public PlatformContext inRecoveryRegion() {
    return new PlatformContext(app, environment, tier, account, recoveryRegion.orElseThrow(), Optional.empty(),
        costCenter);
  }

  /**
   * One string, because one context value is one bridge call: the fields joined by '/', which
   * none but the cost center (a tag value) can contain, so it comes last and keeps any '/'.
   */
  String encode() {
    return String.join("/", app, environment, tier.name(), account.value(), region.value(),
        recoveryRegion.map(Region::value).orElse(""), costCenter.map(c -> "=" + c).orElse(""));
  }

  static PlatformContext decode(String text) {
    String[] parts = text.split("/", 7);
    Optional<String> costCenter = parts.length > 6 && parts[6].startsWith("=")
        ? Optional.of(parts[6].substring(1)) : Optional.empty();
    return new PlatformContext(parts[0], parts[1], Tier.valueOf(parts[2]),
        AccountId.of(parts[3]), Region.of(parts[4]),
        parts[5].isEmpty() ? Optional.empty() : Optional.of(Region.of(parts[5])), costCenter);
  }
}
