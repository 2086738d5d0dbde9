package dev.groundwork.policy.anytemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.rules.BaselineRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random CloudFormation templates, of the shapes no construct produces as well as the ones they
 * do: wrong types where objects are expected, deep nesting, every intrinsic function in every
 * position, unknown intrinsics, huge strings, unicode in ids and values, missing sections,
 * circular {@code Ref}s. One seed always gives the same template, so a failure names its seed.
 */
final class ArbitraryTemplates {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Every type a built-in rule reads, and a few no rule knows. */
  static final List<String> TYPES = types();
  /** Property names the built-in rules read, so generated values land where rules look. */
  private static final String[] NAMES = ("AccessControl Action Actions ActionsEnabled AlarmActions BackupRetentionPeriod "
      + "BlockDeviceMappings BlockPublicAcls BlockPublicPolicy Bool Bucket BucketEncryption CidrIp CidrIpv6 Condition "
      + "ContainerDefinitions Cpu DBClusterIdentifier DBClusterParameterGroupName DBParameterGroupName DefaultActions "
      + "DeletionProtection Ebs Effect EnableIAMDatabaseAuthentication EnableKeyRotation Enabled Encrypted Engine "
      + "Environment FromPort GroupId HttpEndpoint HttpTokens Image IpProtocol Key KeyPolicy KeySpec KeyUsage KmsKeyId "
      + "KmsMasterKeyId LaunchTemplate LaunchTemplateData LoadBalancerAttributes LogConfiguration LogDriver "
      + "LoggingConfiguration ManagedPolicyArns Memory MemoryReservation MetadataOptions Name Parameters Policies "
      + "PolicyDocument Port Principal Privileged Protocol PublicAccessBlockConfiguration PubliclyAccessible Queues "
      + "ReadonlyRootFilesystem RedirectConfig Resource RestrictPublicBuckets RetentionInDays SecretId SecurityGroupIngress "
      + "SecurityGroups ServerSideEncryptionConfiguration SqsManagedSseEnabled SslPolicy Statement Status StorageEncrypted "
      + "Tags ToPort Topics Type User Users Value Variables VersioningConfiguration Default NoEcho AllowedValues "
      + "DB_PASSWORD API_URL SECRET_TOKEN").split(" ");
  private static final String[] WORDS = {"", "*", "true", "false", "True", "Enabled", "Suspended", "Allow", "Deny",
      "aws:kms", "AES256", "HTTP", "HTTPS", "tcp", "-1", "0.0.0.0/0", "::/0", "ELBSecurityPolicy-2016-08",
      "ELBSecurityPolicy-TLS13-1-2-2021-06", "required", "optional", "awslogs", "Retain", "Delete", "Snapshot",
      "sts:AssumeRole", "s3:*", "kms:*", "arn:aws:iam::aws:policy/AdministratorAccess", "nginx:latest",
      "nginx@sha256:0000", "root", "1000:1000", "aws:SecureTransport", "environment", "team", "cost-center",
      "http://10.0.0.1/internal", "hunter2", "postgres", "8.0", "AWS::NoValue", "AWS::Region", "${AWS::Region}"};
  private static final String[] FUNCTIONS = {"Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::If", "Fn::Select",
      "Fn::Split", "Fn::ImportValue", "Fn::FindInMap", "Fn::Base64", "Fn::Cidr", "Fn::GetAZs", "Fn::And", "Fn::Or",
      "Fn::Not", "Fn::Equals", "Fn::Transform", "Fn::Length", "Fn::ToJsonString", "Condition", "Fn::Bogus",
      "Fn::", "Ref::Unknown"};

  private final Random random;
  private final List<String> ids = new ArrayList<>();
  private final int maxDepth;
  private boolean hugeValues = true;

  ArbitraryTemplates(long seed) {
    this.random = new Random(seed);
    this.maxDepth = random.nextInt(10) == 0 ? 300 : 6;
  }

  /** A template of up to {@code maxResources} resources, any section possibly missing or of the wrong type. */
  JsonNode template(int maxResources) {
    int count = random.nextInt(maxResources + 1);
    for (int i = 0; i < count; i++) {
      ids.add(id());
    }
    ObjectNode root = NODES.objectNode();
    if (random.nextInt(20) == 0) {
      root.set("Resources", scalarOrArray());
    } else if (random.nextInt(30) != 0) {
      ObjectNode resources = root.putObject("Resources");
      for (String id : ids) {
        resources.set(id, random.nextInt(25) == 0 ? scalarOrArray() : resource(id));
      }
    }
    if (random.nextBoolean()) {
      root.set("Parameters", random.nextInt(10) == 0 ? scalarOrArray() : parameters());
    }
    if (random.nextInt(3) == 0) {
      ObjectNode conditions = root.putObject("Conditions");
      conditions.set("IsProd", intrinsic(0));
      conditions.set(id(), value(0));
    }
    if (random.nextInt(3) == 0) {
      root.set("Outputs", value(0));
    }
    if (random.nextInt(4) == 0) {
      root.set("Metadata", value(0));
    }
    return root;
  }

  /**
   * A template of exactly {@code count} resources of the rules' types, with properties of any
   * shape but no huge strings (they have their own test; here the count is the point).
   */
  JsonNode largeTemplate(int count) {
    hugeValues = false;
    for (int i = 0; i < count; i++) {
      ids.add("Resource" + i);
    }
    ObjectNode root = NODES.objectNode();
    ObjectNode resources = root.putObject("Resources");
    for (String id : ids) {
      resources.set(id, resource(id));
    }
    return root;
  }

  private ObjectNode resource(String self) {
    ObjectNode resource = NODES.objectNode();
    switch (random.nextInt(12)) {
      case 0 -> { } // no Type at all
      case 1 -> resource.set("Type", value(0));
      default -> resource.put("Type", TYPES.get(random.nextInt(TYPES.size())));
    }
    if (random.nextInt(12) == 0) {
      resource.set("Properties", scalarOrArray());
    } else if (random.nextInt(12) != 0) {
      ObjectNode properties = resource.putObject("Properties");
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        properties.set(name(), value(1));
      }
      if (random.nextInt(6) == 0) {
        properties.set(name(), ref(self)); // a resource referring to itself
      }
    }
    if (random.nextInt(4) == 0) {
      resource.set("DeletionPolicy", random.nextBoolean() ? NODES.textNode(word()) : value(1));
    }
    if (random.nextInt(6) == 0) {
      resource.set("UpdateReplacePolicy", random.nextBoolean() ? NODES.textNode(word()) : value(1));
    }
    if (random.nextInt(5) == 0) {
      resource.set("DependsOn", random.nextBoolean() ? NODES.textNode(anyId()) : value(1));
    }
    if (random.nextInt(8) == 0) {
      resource.set("Condition", random.nextBoolean() ? NODES.textNode("IsProd") : value(1));
    }
    if (random.nextInt(3) == 0) {
      resource.set("Metadata", metadata());
    }
    return resource;
  }

  private JsonNode metadata() {
    if (random.nextInt(8) == 0) {
      return scalarOrArray();
    }
    ObjectNode metadata = NODES.objectNode();
    metadata.set("aws:cdk:path", random.nextInt(3) == 0 ? value(1) : NODES.textNode("app/" + id()));
    if (random.nextBoolean()) {
      ArrayNode suppressions = metadata.putArray("groundwork:suppressions");
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(4) == 0) {
          suppressions.add(value(2));
        } else {
          ObjectNode s = suppressions.addObject();
          s.set("rule", random.nextBoolean() ? NODES.textNode(ruleId()) : value(2));
          s.set("reason", random.nextBoolean() ? NODES.textNode(text()) : value(2));
          if (random.nextBoolean()) {
            s.set("expires", random.nextBoolean() ? NODES.textNode("2020-01-01") : value(2));
          }
          if (random.nextBoolean()) {
            s.set("scope", value(2));
          }
        }
      }
    }
    return metadata;
  }

  private JsonNode parameters() {
    ObjectNode parameters = NODES.objectNode();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(6) == 0) {
        parameters.set(name(), scalarOrArray());
      } else {
        ObjectNode p = parameters.putObject(random.nextBoolean() ? name() : id());
        p.set("Type", random.nextBoolean() ? NODES.textNode("String") : value(1));
        if (random.nextBoolean()) {
          p.set("Default", value(1));
        }
        if (random.nextBoolean()) {
          p.set("NoEcho", value(1));
        }
      }
    }
    return parameters;
  }

  private JsonNode value(int depth) {
    if (depth >= maxDepth) {
      return scalar();
    }
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> scalar();
      case 3, 4 -> intrinsic(depth);
      case 5 -> {
        ArrayNode array = NODES.arrayNode();
        int n = maxDepth > 6 ? 1 : random.nextInt(4);
        for (int i = 0; i < n; i++) {
          array.add(value(depth + 1));
        }
        yield array;
      }
      case 6 -> tags(depth);
      default -> {
        ObjectNode object = NODES.objectNode();
        int n = maxDepth > 6 ? 1 : random.nextInt(4);
        for (int i = 0; i < n; i++) {
          object.set(random.nextInt(5) == 0 ? text() : name(), value(depth + 1));
        }
        yield object;
      }
    };
  }

  private JsonNode tags(int depth) {
    ArrayNode tags = NODES.arrayNode();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      ObjectNode tag = tags.addObject();
      tag.set("Key", random.nextBoolean() ? NODES.textNode(word()) : value(depth + 1));
      tag.set("Value", random.nextBoolean() ? NODES.textNode(text()) : value(depth + 1));
    }
    return tags;
  }

  /** An intrinsic function, known or not, with arguments of the right shape or not. */
  private JsonNode intrinsic(int depth) {
    String function = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
    ObjectNode node = NODES.objectNode();
    JsonNode argument = switch (function) {
      case "Ref" -> random.nextInt(4) == 0 ? value(depth + 1) : NODES.textNode(anyId());
      case "Fn::GetAtt" -> switch (random.nextInt(4)) {
        case 0 -> NODES.textNode(anyId() + ".Arn");
        case 1 -> value(depth + 1);
        default -> NODES.arrayNode().add(anyId()).add(random.nextBoolean() ? "Arn" : text());
      };
      case "Fn::Sub" -> random.nextBoolean()
          ? NODES.textNode("arn:${" + anyId() + "}:${" + anyId() + ".Arn}:${!Literal}:${AWS::Region}:${")
          : NODES.arrayNode().add("${Var}-${" + anyId() + "}").add(NODES.objectNode().set("Var", value(depth + 1)));
      default -> random.nextBoolean() ? list(depth) : value(depth + 1);
    };
    node.set(function, argument);
    if (random.nextInt(15) == 0) {
      node.set("Extra", value(depth + 1)); // not an intrinsic any more: two keys
    }
    return node;
  }

  private JsonNode ref(String id) {
    return NODES.objectNode().put("Ref", id);
  }

  private ArrayNode list(int depth) {
    ArrayNode array = NODES.arrayNode();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      array.add(value(depth + 1));
    }
    return array;
  }

  private JsonNode scalarOrArray() {
    return random.nextBoolean() ? scalar() : NODES.arrayNode().add(scalar());
  }

  private JsonNode scalar() {
    return switch (random.nextInt(9)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(5) == 0 ? Long.MAX_VALUE : random.nextInt(70000) - 2);
      case 3 -> NODES.numberNode(random.nextDouble() * 1e308);
      case 4, 5 -> NODES.textNode(word());
      default -> NODES.textNode(text());
    };
  }

  private String name() {
    return NAMES[random.nextInt(NAMES.length)];
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String ruleId() {
    List<Rule> rules = BaselineRules.all();
    return random.nextInt(5) == 0 ? "GW_NO_SUCH_RULE" : rules.get(random.nextInt(rules.size())).info().id().value();
  }

  private String anyId() {
    if (ids.isEmpty() || random.nextInt(6) == 0) {
      return random.nextBoolean() ? "Missing" + random.nextInt(9) : "AWS::AccountId";
    }
    return ids.get(random.nextInt(ids.size()));
  }

  /** A logical id: plain, unicode, odd characters, or huge. */
  private String id() {
    return switch (random.nextInt(8)) {
      case 0 -> "Ünïcødé" + random.nextInt(1000) + "日本語🚀";
      case 1 -> "Odd.Id[0]" + random.nextInt(1000) + "\u0000\u202e";
      case 2 -> "L" + "x".repeat(1000 + random.nextInt(2000));
      default -> "Resource" + random.nextInt(1_000_000);
    };
  }

  /** A string value: unicode, control characters, lone surrogates, markup, or huge. */
  private String text() {
    return switch (random.nextInt(10)) {
      case 0 -> "\u0000\u0001\u001f\u007f\ufffe\uffff";
      case 1 -> "\ud800 lone surrogate \udc00";
      case 2 -> "</testcase>]]><![CDATA[<x>&amp;\"'";
      case 3 -> "émoji 🚀 RTL \u202e שלום 中文 \u200b";
      case 4 -> hugeValues ? "y".repeat(10_000 + random.nextInt(40_000)) : "y".repeat(100);
      case 5 -> "line\nbreak\r\ttab";
      default -> "value-" + random.nextInt(1000);
    };
  }

  private static List<String> types() {
    TreeSet<String> types = new TreeSet<>();
    for (Rule rule : BaselineRules.all()) {
      types.addAll(rule.info().resourceTypes());
    }
    types.add("AWS::CloudFormation::CustomResource");
    types.add("Custom::Anything");
    types.add("Acme::Unknown::Thing");
    types.add("");
    return List.copyOf(types);
  }
}
