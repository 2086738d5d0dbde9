package dev.groundwork.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a policy rule evaluates: a {@link Resource} or a template {@link Parameter}. Findings name
 * it by logical id and construct path; suppressions are read from its metadata.
 */
public sealed interface TemplateElement permits Resource, Parameter {

  /** The logical id (for a parameter, its name). */
  String logicalId();

  /** The construct path CDK recorded, if any. */
  Optional<String> constructPath();

  /** The {@code Metadata} object, or a missing node. */
  JsonNode metadata();
}
