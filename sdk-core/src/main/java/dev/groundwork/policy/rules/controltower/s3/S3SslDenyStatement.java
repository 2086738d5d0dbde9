package dev.groundwork.policy.rules.controltower.s3;

import static dev.groundwork.policy.rules.controltower.internal.GuardValues.allOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.anyOf;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.exists;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.is;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isEveryPrincipal;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isLocalReference;
import static dev.groundwork.policy.rules.controltower.internal.GuardValues.isNonEmptyList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.assembly.StackTemplate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statement CT.S3.PR.8 looks for, read as its guard rule reads it: Deny, s3:* (or *), every
 * principal, the bucket and its objects (or *), and exactly the condition {@code Bool
 * aws:SecureTransport "false"}.
 */
final class S3SslDenyStatement {

  private static final Pattern BUCKET_ARN =
      Pattern.compile("^arn:aws[a-z0-9\\-]*:s3:::[a-z0-9][a-z0-9\\.-]*[a-z0-9]$");
  private static final Pattern OBJECT_ARN =
      Pattern.compile("^arn:aws[a-z0-9\\-]*:s3:::[a-z0-9][a-z0-9\\.-]*[a-z0-9]/\\*$");
  private static final ObjectNode INSECURE_TRANSPORT = JsonNodeFactory.instance.objectNode();

  static {
    INSECURE_TRANSPORT.putObject("Bool").put("aws:SecureTransport", "false");
  }

  private S3SslDenyStatement() {}

  static boolean matches(StackTemplate template, JsonNode statement) {
    for (String key : List.of("Effect", "Action", "Principal", "Condition", "Resource")) {
      if (!exists(statement.path(key))) {
        return false;
      }
    }
    return is(statement.path("Effect"), "Deny")
        && allOf(statement.path("Action"), a -> is(a, "s3:*") || is(a, "*"))
        && isEveryPrincipal(statement.path("Principal"))
        && (allOf(statement.path("Resource"), r -> is(r, "*"))
            || bucketArns(statement.path("Resource"))
            || bucketArnReferences(template, statement.path("Resource")))
        && statement.path("Condition").isObject()
        && statement.path("Condition").equals(INSECURE_TRANSPORT);
  }

  private static boolean bucketArns(JsonNode resources) {
    return isNonEmptyList(resources)
        && anyOf(resources, r -> r.isTextual() && BUCKET_ARN.matcher(r.textValue()).matches())
        && anyOf(resources, r -> r.isTextual() && OBJECT_ARN.matcher(r.textValue()).matches());
  }

  private static boolean bucketArnReferences(StackTemplate template, JsonNode resources) {
    return isNonEmptyList(resources)
        && anyOf(resources, r -> isBucketArn(template, r.path("Fn::GetAtt")))
        && anyOf(resources, r -> {
          JsonNode join = r.path("Fn::Join");
          return isNonEmptyList(join)
              && isBucketArn(template, join.path(1).path(0).path("Fn::GetAtt"))
              && is(join.path(1).path(1), "/*");
        });
  }

  private static boolean isBucketArn(StackTemplate template, JsonNode getAtt) {
    return isNonEmptyList(getAtt) && is(getAtt.path(1), "Arn")
        && isLocalReference(template, JsonNodeFactory.instance.objectNode().set("Ref", getAtt.path(0)),
            "AWS::S3::Bucket");
  }
}
