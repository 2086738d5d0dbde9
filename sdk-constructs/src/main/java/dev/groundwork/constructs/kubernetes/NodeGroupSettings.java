package dev.groundwork.constructs.kubernetes;

import dev.groundwork.core.GroundworkStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Every setting of a managed node group, fully resolved from its options and tier. */
@Value.Immutable
@GroundworkStyle
interface NodeGroupSettings {
  NodeAmiType amiType();

  List<String> instanceTypes();

  int minSize();

  int maxSize();

  boolean spot();

  int diskSizeGiB();

  Map<String, String> labels();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeGroupSettings}. */
  final class Builder extends ImmutableNodeGroupSettings.Builder {}
}
