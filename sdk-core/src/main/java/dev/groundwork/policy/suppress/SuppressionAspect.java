package dev.groundwork.policy.suppress;

import dev.groundwork.policy.Suppression;
import dev.groundwork.policy.SuppressionMetadata;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.IAspect;
import software.constructs.IConstruct;

/** Writes one suppression into the metadata of every {@code CfnResource} it visits. */
final class SuppressionAspect implements IAspect {

  private final Suppression suppression;

  SuppressionAspect(Suppression suppression) {
    this.suppression = suppression;
  }

  @Override
  public void visit(IConstruct node) {
    if (!(node instanceof CfnResource resource)) {
      return;
    }
    List<Object> entries = new ArrayList<>();
    if (resource.getMetadata(SuppressionMetadata.KEY) instanceof List<?> existing) {
      entries.addAll(existing);
    }
    entries.add(SuppressionMetadata.entry(suppression));
    resource.addMetadata(SuppressionMetadata.KEY, entries);
  }
}
