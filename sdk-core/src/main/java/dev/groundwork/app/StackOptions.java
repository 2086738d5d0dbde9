package dev.groundwork.app;

import dev.groundwork.core.GroundworkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options for {@link PlatformEnvironment#addStack(String, StackOptions)}. */
@Value.Immutable
@GroundworkStyle
public interface StackOptions {

  /** The stack description. Default: names the app, purpose, environment and tier. */
  Optional<String> description();

  /**
   * Whether CloudFormation refuses to delete the stack. Default by tier: off in DEV, on in
   * STAGING and PROD. Turning it off in PROD is an explicit weakening.
   */
  Optional<Boolean> terminationProtection();

  /** Custom tags for every resource of the stack; override app and environment tags. */
  Map<String, String> tags();

  /** No options: every default applies. */
  static StackOptions defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StackOptions}. */
  final class Builder extends ImmutableStackOptions.Builder {}
}
