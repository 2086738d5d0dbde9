package dev.groundwork.constructs.network;

import dev.groundwork.core.PlatformContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * Records a stack's availability zones as CDK context, so CDK never looks them up.
 *
 * <p>Even with explicit zones, CDK's {@code Vpc} reads {@code Stack.availabilityZones} to check
 * them, and for a stack with a concrete account and region that read is a context lookup: without
 * a value, CDK writes placeholder zones and records a missing context entry in the cloud
 * assembly, which the CDK CLI then tries to resolve with AWS credentials. Setting the value
 * ({@code availability-zones:account=…:region=…}) on the stack first avoids both. Context can only
 * be set on a construct that has no children yet, so this happens before the {@link SecureVpc}
 * attaches itself to the stack.
 */
final class AvailabilityZoneContext {
  private AvailabilityZoneContext() {}

  /** The context key CDK's availability-zone provider uses for this environment. */
  static String key(PlatformContext context) {
    return "availability-zones:account=" + context.account().value() + ":region=" + context.region().value();
  }

  /**
   * Records the zones of the region (the built-in table's, plus any named in {@code props}) on
   * {@code scope}'s stack if it has no value and no children yet. Returns {@code scope}, so it
   * can run in a constructor's {@code super(...)} call.
   */
  static <T extends IConstruct> T pin(T scope, SecureVpcProps props) {
    Stack stack = Stack.of(scope);
    PlatformContext context = PlatformContext.of(scope);
    String key = key(context);
    if (stack.getNode().tryGetContext(key) == null && stack.getNode().getChildren().isEmpty()) {
      List<String> zones = new ArrayList<>(KnownAvailabilityZones.of(context.region()).orElse(
          com.google.common.collect.ImmutableList.of()));
      props.availabilityZoneNames().stream().filter(z -> !zones.contains(z)).forEach(zones::add);
      if (!zones.isEmpty()) {
        stack.getNode().setContext(key, zones);
      }
    }
    return scope;
  }

  /** The zones recorded for {@code scope}'s stack, if any. */
  static Optional<List<String>> pinned(IConstruct scope, PlatformContext context) {
    Object value = scope.getNode().tryGetContext(key(context));
    if (value instanceof List<?> list) {
      return Optional.of(list.stream().map(String::valueOf).toList());
    }
    return Optional.empty();
  }
}
