package dev.groundwork.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * One resource of a template, as CloudFormation will receive it.
 *
 * <p>{@link #property(String)} returns a missing node for absent properties and for
 * {@code {"Ref": "AWS::NoValue"}}, so rules read values without null checks.
 */
public final class Resource {

  /** Metadata key CDK writes the construct path under. */
  public static final String CDK_PATH = "aws:cdk:path";

  private final String logicalId;
  private final String type;
  private final JsonNode body;

  Resource(String logicalId, String type, JsonNode body) {
    this.logicalId = logicalId;
    this.type = type;
    this.body = body;
  }

  public String logicalId() {
    return logicalId;
  }

  /** The CloudFormation type, e.g. {@code AWS::S3::Bucket}. */
  public String type() {
    return type;
  }

  /** The {@code Properties} object, or a missing node. */
  public JsonNode properties() {
    return body.path("Properties");
  }

  /** A top-level property, or a missing node when absent or {@code AWS::NoValue}. */
  public JsonNode property(String name) {
    JsonNode value = properties().path(name);
    return Intrinsics.isAbsent(value) ? MissingNode.getInstance() : value;
  }

  /** The {@code Metadata} object, or a missing node. */
  public JsonNode metadata() {
    return body.path("Metadata");
  }

  public Optional<String> deletionPolicy() {
    return Intrinsics.text(body.get("DeletionPolicy"));
  }

  public Optional<String> updateReplacePolicy() {
    return Intrinsics.text(body.get("UpdateReplacePolicy"));
  }

  /** The name of the template condition guarding this resource, if any. */
  public Optional<String> condition() {
    return Intrinsics.text(body.get("Condition"));
  }

  /** The construct path from {@code Metadata["aws:cdk:path"]}, if CDK wrote it. */
  public Optional<String> constructPath() {
    return Intrinsics.text(metadata().get(CDK_PATH));
  }

  /** The resource's whole JSON body. */
  public JsonNode body() {
    return body;
  }

  @Override
  public String toString() {
    return logicalId + " (" + type + ")";
  }
}
