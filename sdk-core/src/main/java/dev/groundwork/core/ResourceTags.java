package dev.groundwork.core;

import java.util.List;
import software.amazon.awscdk.Tags;
import software.constructs.IConstruct;

/**
 * Adds validated custom tags to a construct and everything under it.
 *
 * <p>Precedence, lowest first: app, environment, stack, construct; a tag set closer to a
 * resource wins. The required keys ({@code environment}, {@code team}, {@code cost-center})
 * cannot be set here: they come from the app and environment and always win.
 */
public final class ResourceTags {
  private final IConstruct scope;

  private ResourceTags(IConstruct scope) {
    this.scope = scope;
  }

  /** Tags for {@code scope} and its children. */
  public static ResourceTags of(IConstruct scope) {
    return new ResourceTags(scope);
  }

  /**
   * Tags every taggable resource under the scope with {@code key=value}.
   *
   * @throws GroundworkValidationException if the key or value breaks AWS's limits or the key is
   *     reserved
   */
  public ResourceTags add(String key, String value) {
    List<Problem> problems = TagConstraints.check("construct at '" + scope.getNode().getPath() + "'",
        key, value, StandardTag.requiredKeys());
    GroundworkValidationException.throwIfAny(problems);
    Tags.of(scope).add(key, value);
    return this;
  }

  /** Tags every taggable resource under the scope with a standard optional key. */
  public ResourceTags add(StandardTag tag, String value) {
    return add(tag.key(), value);
  }
}
