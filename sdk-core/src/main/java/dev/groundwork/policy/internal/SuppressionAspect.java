package dev.groundwork.policy.internal;

import dev.groundwork.policy.suppress.Suppression;
import dev.groundwork.policy.suppress.Suppressions;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.IAspect;
import software.constructs.IConstruct;

/** Writes one suppression into the metadata of every {@code CfnResource} it visits. */
public final class SuppressionAspect implements IAspect {

  private final Suppression suppression;

  public SuppressionAspect(Suppression suppression) {
    this.suppression = suppression;
  }

  @Override
  public void visit(IConstruct node) {
    if (!(node instanceof CfnResource resource)) {
      return;
    }
    List<Object> entries = new ArrayList<>();
    if (resource.getMetadata(Suppressions.METADATA_KEY) instanceof List<?> existing) {
      entries.addAll(existing);
    }
    entries.add(SuppressionMetadata.entry(suppression));
    resource.addMetadata(Suppressions.METADATA_KEY, entries);
  }
}
