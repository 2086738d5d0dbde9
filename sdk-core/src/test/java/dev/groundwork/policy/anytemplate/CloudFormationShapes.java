package dev.groundwork.policy.anytemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random templates in the shapes people write by hand, for the types the built-in rules read:
 * properties where the rules look, with list properties given as lists, as one object, or
 * through {@code Fn::If}; values that are literals, references to parameters with and without
 * defaults (SSM ones too), {@code Fn::If} on named conditions, or any other intrinsic; resources
 * guarded by conditions. Unlike {@link ArbitraryTemplates}, the templates are well formed, so a
 * rule must decide rather than merely survive. One seed always gives the same template.
 */
final class CloudFormationShapes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] PROTOCOLS = {"tcp", "udp", "-1", "6", "icmp"};
  private static final String[] CIDRS = {"0.0.0.0/0", "10.0.0.0/8", "203.0.113.7/32", "172.16.0.0/12"};
  private static final String[] CIDRS6 = {"::/0", "2001:db8::/32", "fd00::/8"};
  private static final String[] POLICIES = {"ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS13-1-0-2021-06",
      "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-Custom-Nope"};
  private static final String[] LISTENER_PROTOCOLS = {"HTTP", "HTTPS", "TLS", "TCP", "SSL"};
  private static final String[] ENGINES = {"postgres", "mysql", "aurora-postgresql", "sqlserver-ex"};

  /** A value's kind: which literals it takes. */
  private enum Kind { PROTOCOL, PORT, CIDR, CIDR6, BOOL, DAYS, POLICY, LISTENER_PROTOCOL, ENGINE, TEXT, ARN }

  private final Random random;
  private final ObjectNode parameters = NODES.objectNode();
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, List<String>> idsByType = new java.util.LinkedHashMap<>();
  private int parameterCount;

  CloudFormationShapes(long seed) {
    this.random = new Random(seed);
  }

  /** A template of up to {@code maxResources} resources. */
  JsonNode template(int maxResources) {
    ObjectNode root = NODES.objectNode();
    root.put("AWSTemplateFormatVersion", "2010-09-09");
    ObjectNode conditionSection = NODES.objectNode();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      String name = "Condition" + i;
      conditionSection.set(name, condition(i));
      conditions.add(name);
    }
    int count = 1 + random.nextInt(maxResources);
    List<String[]> planned = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String type = TYPES[random.nextInt(TYPES.length)];
      String id = type.substring(type.lastIndexOf(':') + 1) + i;
      idsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
      planned.add(new String[] {id, type});
    }
    ObjectNode resources = NODES.objectNode();
    for (String[] resource : planned) {
      ObjectNode node = resources.putObject(resource[0]);
      node.put("Type", resource[1]);
      node.set("Properties", properties(resource[1]));
      if (random.nextInt(5) == 0) {
        node.put("Condition", pick(conditions));
      }
      if (random.nextInt(4) == 0) {
        node.put("DeletionPolicy", random.nextBoolean() ? "Retain" : "Delete");
      }
    }
    root.set("Parameters", parameters);
    root.set("Conditions", conditionSection);
    root.set("Resources", resources);
    return root;
  }

  private static final String[] TYPES = {"AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress",
      "AWS::EC2::SecurityGroupEgress", "AWS::EC2::Instance", "AWS::EC2::VPC", "AWS::EC2::Subnet",
      "AWS::EC2::VPCGatewayAttachment", "AWS::RDS::DBSubnetGroup", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster",
      "AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::S3::Bucket",
      "AWS::S3::BucketPolicy", "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::KMS::Key", "AWS::ECS::TaskDefinition",
      "AWS::Lambda::Function", "AWS::Logs::LogGroup", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::CloudWatch::Alarm",
      "AWS::EKS::Cluster", "AWS::SecretsManager::Secret"};

  private ObjectNode properties(String type) {
    ObjectNode p = NODES.objectNode();
    switch (type) {
      case "AWS::EC2::SecurityGroup" -> {
        p.put("GroupDescription", "generated");
        maybe(p, "VpcId", () -> ref("AWS::EC2::VPC"));
        maybe(p, "SecurityGroupIngress", () -> list(() -> sgRule("CidrIp", "CidrIpv6")));
        maybe(p, "SecurityGroupEgress", () -> list(() -> sgRule("CidrIp", "CidrIpv6")));
      }
      case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" -> {
        p.setAll(sgRule("CidrIp", "CidrIpv6"));
        p.set("GroupId", random.nextBoolean() ? ref("AWS::EC2::SecurityGroup") : getAtt("AWS::EC2::SecurityGroup", "GroupId"));
      }
      case "AWS::EC2::Instance" -> {
        maybe(p, "BlockDeviceMappings", () -> list(() -> object("DeviceName", text("/dev/xvda"),
            "Ebs", object("Encrypted", value(Kind.BOOL), "VolumeSize", value(Kind.PORT)))));
        maybe(p, "MetadataOptions", () -> object("HttpTokens", random.nextBoolean() ? text("required") : value(Kind.TEXT)));
      }
      case "AWS::EC2::VPC" -> p.set("CidrBlock", value(Kind.CIDR));
      case "AWS::EC2::Subnet" -> p.set("VpcId", ref("AWS::EC2::VPC"));
      case "AWS::EC2::VPCGatewayAttachment" -> {
        p.set("VpcId", ref("AWS::EC2::VPC"));
        p.set("InternetGatewayId", NODES.objectNode().put("Ref", "Gateway"));
      }
      case "AWS::RDS::DBSubnetGroup" -> p.set("SubnetIds", list(() -> ref("AWS::EC2::Subnet")));
      case "AWS::RDS::DBInstance" -> {
        maybe(p, "PubliclyAccessible", () -> value(Kind.BOOL));
        maybe(p, "DBSubnetGroupName", () -> ref("AWS::RDS::DBSubnetGroup"));
        maybe(p, "DBClusterIdentifier", () -> ref("AWS::RDS::DBCluster"));
        p.set("Engine", value(Kind.ENGINE));
        maybe(p, "StorageEncrypted", () -> value(Kind.BOOL));
        maybe(p, "BackupRetentionPeriod", () -> value(Kind.DAYS));
        maybe(p, "DeletionProtection", () -> value(Kind.BOOL));
      }
      case "AWS::RDS::DBCluster" -> {
        p.put("Engine", "aurora-postgresql");
        maybe(p, "DBSubnetGroupName", () -> ref("AWS::RDS::DBSubnetGroup"));
        maybe(p, "StorageEncrypted", () -> value(Kind.BOOL));
      }
      case "AWS::ElasticLoadBalancing::LoadBalancer" -> {
        p.set("Listeners", list(() -> object("LoadBalancerPort", value(Kind.PORT), "InstancePort", value(Kind.PORT),
            "Protocol", value(Kind.LISTENER_PROTOCOL), "PolicyNames", list(() -> text("Negotiation")))));
        maybe(p, "Policies", () -> list(() -> object("PolicyName", text("Negotiation"), "PolicyType",
            text("SSLNegotiationPolicyType"), "Attributes", list(() -> random.nextBoolean()
                ? object("Name", text("Reference-Security-Policy"), "Value", value(Kind.POLICY))
                : object("Name", text(pick(List.of("Protocol-TLSv1", "Protocol-TLSv1.2", "Protocol-SSLv3"))),
                    "Value", value(Kind.BOOL))))));
        maybe(p, "AccessLoggingPolicy", () -> object("Enabled", value(Kind.BOOL), "S3BucketName", ref("AWS::S3::Bucket")));
      }
      case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
        maybe(p, "LoadBalancerAttributes", () -> list(() -> object("Key", text(pick(List.of("access_logs.s3.enabled",
            "deletion_protection.enabled", "idle_timeout.timeout_seconds"))), "Value", value(Kind.BOOL))));
        maybe(p, "SecurityGroups", () -> list(() -> getAtt("AWS::EC2::SecurityGroup", "GroupId")));
        maybe(p, "Type", () -> text(pick(List.of("application", "network", "gateway"))));
      }
      case "AWS::ElasticLoadBalancingV2::Listener" -> {
        p.set("LoadBalancerArn", ref("AWS::ElasticLoadBalancingV2::LoadBalancer"));
        p.set("Protocol", value(Kind.LISTENER_PROTOCOL));
        p.set("Port", value(Kind.PORT));
        maybe(p, "SslPolicy", () -> value(Kind.POLICY));
        p.set("DefaultActions", list(this::action));
      }
      case "AWS::ElasticLoadBalancingV2::ListenerRule" -> {
        p.set("ListenerArn", ref("AWS::ElasticLoadBalancingV2::Listener"));
        p.set("Actions", list(this::action));
      }
      case "AWS::S3::Bucket" -> {
        maybe(p, "BucketEncryption", () -> object("ServerSideEncryptionConfiguration", list(() -> object(
            "ServerSideEncryptionByDefault", object("SSEAlgorithm", text(pick(List.of("aws:kms", "AES256"))))))));
        maybe(p, "VersioningConfiguration", () -> object("Status", text(pick(List.of("Enabled", "Suspended")))));
        maybe(p, "PublicAccessBlockConfiguration", () -> object("BlockPublicAcls", value(Kind.BOOL),
            "BlockPublicPolicy", value(Kind.BOOL), "IgnorePublicAcls", value(Kind.BOOL), "RestrictPublicBuckets", value(Kind.BOOL)));
        maybe(p, "Tags", () -> tags());
      }
      case "AWS::S3::BucketPolicy" -> {
        p.set("Bucket", ref("AWS::S3::Bucket"));
        p.set("PolicyDocument", document());
      }
      case "AWS::IAM::Role" -> {
        p.set("AssumeRolePolicyDocument", document());
        maybe(p, "Policies", () -> list(() -> object("PolicyName", text("inline"), "PolicyDocument", document())));
        maybe(p, "ManagedPolicyArns", () -> list(() -> value(Kind.ARN)));
      }
      case "AWS::IAM::Policy" -> {
        p.put("PolicyName", "generated");
        p.set("PolicyDocument", document());
        maybe(p, "Users", () -> list(() -> text("someone")));
      }
      case "AWS::KMS::Key" -> {
        maybe(p, "EnableKeyRotation", () -> value(Kind.BOOL));
        p.set("KeyPolicy", document());
      }
      case "AWS::ECS::TaskDefinition" -> p.set("ContainerDefinitions", list(() -> object("Name", text("app"),
          "Image", text(pick(List.of("nginx:latest", "nginx@sha256:0123", "public.ecr.aws/app:1.2")))
          , "Environment", list(() -> object("Name", text(pick(List.of("DB_PASSWORD", "API_URL", "LOG_LEVEL"))),
              "Value", value(Kind.TEXT))), "Privileged", value(Kind.BOOL), "ReadonlyRootFilesystem", value(Kind.BOOL),
          "User", text(pick(List.of("root", "1000:1000"))), "Memory", value(Kind.PORT),
          "LogConfiguration", object("LogDriver", text("awslogs")))));
      case "AWS::Lambda::Function" -> {
        p.set("Environment", object("Variables", object("DB_PASSWORD", value(Kind.TEXT), "ENDPOINT", value(Kind.TEXT))));
        maybe(p, "ReservedConcurrentExecutions", () -> value(Kind.PORT));
        maybe(p, "DeadLetterConfig", () -> object("TargetArn", getAtt("AWS::SQS::Queue", "Arn")));
      }
      case "AWS::Logs::LogGroup" -> {
        maybe(p, "RetentionInDays", () -> value(Kind.DAYS));
        maybe(p, "KmsKeyId", () -> getAtt("AWS::KMS::Key", "Arn"));
      }
      case "AWS::SQS::Queue" -> {
        maybe(p, "SqsManagedSseEnabled", () -> value(Kind.BOOL));
        maybe(p, "RedriveAllowPolicy", () -> object("redrivePermission", text(pick(List.of("allowAll", "byQueue", "denyAll"))),
            "sourceQueueArns", list(() -> getAtt("AWS::SQS::Queue", "Arn"))));
      }
      case "AWS::SNS::Topic" -> maybe(p, "KmsMasterKeyId", () -> ref("AWS::KMS::Key"));
      case "AWS::CloudWatch::Alarm" -> {
        maybe(p, "AlarmActions", () -> list(() -> ref("AWS::SNS::Topic")));
        maybe(p, "ActionsEnabled", () -> value(Kind.BOOL));
      }
      case "AWS::EKS::Cluster" -> {
        p.set("ResourcesVpcConfig", object("EndpointPublicAccess", value(Kind.BOOL),
            "PublicAccessCidrs", list(() -> value(Kind.CIDR))));
        maybe(p, "EncryptionConfig", () -> list(() -> object("Resources", list(() -> text("secrets")),
            "Provider", object("KeyArn", getAtt("AWS::KMS::Key", "Arn")))));
        maybe(p, "Logging", () -> object("ClusterLogging", object("EnabledTypes", list(() -> object("Type",
            text(pick(List.of("api", "audit", "authenticator", "controllerManager", "scheduler"))))))));
      }
      case "AWS::SecretsManager::Secret" -> maybe(p, "KmsKeyId", () -> ref("AWS::KMS::Key"));
      default -> throw new IllegalStateException(type);
    }
    return p;
  }

  private ObjectNode sgRule(String v4, String v6) {
    ObjectNode rule = object("IpProtocol", value(Kind.PROTOCOL), "FromPort", value(Kind.PORT), "ToPort", value(Kind.PORT));
    switch (random.nextInt(4)) {
      case 0 -> rule.set(v4, value(Kind.CIDR));
      case 1 -> rule.set(v6, value(Kind.CIDR6));
      case 2 -> {
        rule.set(v4, value(Kind.CIDR));
        rule.set(v6, value(Kind.CIDR6));
      }
      default -> rule.put("DestinationPrefixListId", "pl-6da54004");
    }
    return rule;
  }

  private ObjectNode action() {
    return random.nextBoolean()
        ? object("Type", text("redirect"), "RedirectConfig", object("Protocol", text(pick(List.of("HTTPS", "HTTP")))))
        : object("Type", text("forward"), "TargetGroupArn", text("arn:aws:elasticloadbalancing:tg"));
  }

  private ObjectNode document() {
    return object("Version", text("2012-10-17"), "Statement", list(() -> object(
        "Effect", text(pick(List.of("Allow", "Deny"))),
        "Principal", random.nextBoolean() ? text("*") : object("AWS", value(Kind.ARN)),
        "Action", random.nextBoolean() ? text(pick(List.of("*", "s3:*", "kms:Decrypt"))) : list(() -> text("s3:GetObject")),
        "Resource", text(pick(List.of("*", "arn:aws:s3:::bucket/*"))))));
  }

  private ArrayNode tags() {
    ArrayNode tags = NODES.arrayNode();
    for (String key : List.of("environment", "team", "cost-center")) {
      if (random.nextInt(4) != 0) {
        tags.add(object("Key", text(key), "Value", value(Kind.TEXT)));
      }
    }
    return tags;
  }

  /** A list property: a list, one object alone (which CloudFormation also takes), or chosen by Fn::If. */
  private JsonNode list(Supplier<JsonNode> item) {
    int shape = random.nextInt(10);
    if (shape < 3) {
      return item.get();
    }
    ArrayNode list = NODES.arrayNode();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      list.add(item.get());
    }
    if (shape == 3) {
      return fnIf(list, random.nextBoolean() ? item.get() : noValue());
    }
    return list;
  }

  /** A value of {@code kind}: a literal, a parameter, a condition's choice, or another intrinsic. */
  private JsonNode value(Kind kind) {
    int shape = random.nextInt(20);
    if (shape < 11) {
      return literal(kind);
    }
    if (shape < 14) {
      return parameter(kind, true);
    }
    if (shape == 14) {
      return parameter(kind, false);
    }
    if (shape == 15) {
      return fnIf(literal(kind), random.nextBoolean() ? literal(kind) : noValue());
    }
    return otherIntrinsic(kind);
  }

  private JsonNode literal(Kind kind) {
    return switch (kind) {
      case PROTOCOL -> text(pick(List.of(PROTOCOLS)));
      case PORT -> random.nextBoolean() ? NODES.numberNode(pick(List.of(22, 80, 443, 3389, 0, 65535, 8080)))
          : text(String.valueOf(pick(List.of(22, 443, 5432))));
      case CIDR -> text(pick(List.of(CIDRS)));
      case CIDR6 -> text(pick(List.of(CIDRS6)));
      case BOOL -> random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : text(pick(List.of("true", "false")));
      case DAYS -> NODES.numberNode(pick(List.of(1, 7, 30, 90, 365, 3653)));
      case POLICY -> text(pick(List.of(POLICIES)));
      case LISTENER_PROTOCOL -> text(pick(List.of(LISTENER_PROTOCOLS)));
      case ENGINE -> text(pick(List.of(ENGINES)));
      case TEXT -> text(pick(List.of("hunter2", "https://10.0.0.1/internal", "info", "")));
      case ARN -> text(pick(List.of("arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess",
          "arn:aws:iam::111111111111:root", "*")));
    };
  }

  /** A {@code Ref} to a new parameter of the value's kind, with a default (SSM or plain) or without. */
  private JsonNode parameter(Kind kind, boolean withDefault) {
    String name = "Param" + parameterCount++;
    ObjectNode definition = parameters.putObject(name);
    boolean ssm = withDefault && random.nextInt(5) == 0;
    definition.put("Type", ssm ? "AWS::SSM::Parameter::Value<String>" : kind == Kind.PORT || kind == Kind.DAYS ? "Number" : "String");
    if (withDefault) {
      JsonNode literal = literal(kind);
      definition.set("Default", ssm ? text("/config/" + name) : literal);
    }
    if (random.nextInt(6) == 0) {
      definition.put("NoEcho", true);
    }
    return NODES.objectNode().put("Ref", name);
  }

  private JsonNode otherIntrinsic(Kind kind) {
    return switch (random.nextInt(10)) {
      case 0 -> NODES.objectNode().put("Fn::Sub", "${AWS::StackName}-" + literal(kind).asText());
      case 1 -> NODES.objectNode().set("Fn::Join", NODES.arrayNode().add("").add(NODES.arrayNode().add(literal(kind))
          .add(NODES.objectNode().put("Ref", "AWS::Region"))));
      case 2 -> NODES.objectNode().set("Fn::Select", NODES.arrayNode().add(0).add(NODES.arrayNode().add(literal(kind))));
      case 3 -> NODES.objectNode().set("Fn::ImportValue", NODES.objectNode().put("Fn::Sub", "${AWS::StackName}-export"));
      case 4 -> NODES.objectNode().set("Fn::FindInMap", NODES.arrayNode().add("Map").add(NODES.objectNode().put("Ref", "AWS::Region")).add("Key"));
      case 5 -> getAtt("AWS::S3::Bucket", "Arn");
      case 6 -> NODES.objectNode().set("Fn::Base64", literal(kind));
      case 7 -> NODES.objectNode().set("Fn::Select", NODES.arrayNode().add(1).add(NODES.objectNode().set("Fn::Split",
          NODES.arrayNode().add(",").add(parameter(kind, random.nextBoolean())))));
      case 8 -> NODES.objectNode().set("Fn::Select", NODES.arrayNode().add(0)
          .add(NODES.objectNode().set("Fn::GetAZs", NODES.textNode(""))));
      default -> NODES.objectNode().set("Fn::Select", NODES.arrayNode().add(0).add(NODES.objectNode().set("Fn::Cidr",
          NODES.arrayNode().add(literal(Kind.CIDR)).add(4).add(8))));
    };
  }

  private JsonNode fnIf(JsonNode then, JsonNode otherwise) {
    return NODES.objectNode().set("Fn::If", NODES.arrayNode().add(pick(conditions)).add(then).add(otherwise));
  }

  private JsonNode condition(int index) {
    JsonNode equals = NODES.objectNode().set("Fn::Equals", NODES.arrayNode()
        .add(parameter(Kind.TEXT, random.nextBoolean())).add("prod"));
    if (index == 0 || random.nextBoolean()) {
      return equals;
    }
    String earlier = "Condition" + random.nextInt(index);
    return switch (random.nextInt(3)) {
      case 0 -> NODES.objectNode().set("Fn::Not", NODES.arrayNode().add(NODES.objectNode().put("Condition", earlier)));
      case 1 -> NODES.objectNode().set("Fn::And", NODES.arrayNode().add(equals).add(NODES.objectNode().put("Condition", earlier)));
      default -> NODES.objectNode().set("Fn::Or", NODES.arrayNode().add(equals).add(NODES.objectNode().put("Condition", earlier)));
    };
  }

  private JsonNode ref(String type) {
    List<String> ids = idsByType.getOrDefault(type, List.of());
    return ids.isEmpty() || random.nextInt(6) == 0
        ? NODES.objectNode().set("Fn::ImportValue", NODES.textNode("shared-" + type.replace("::", "-")))
        : NODES.objectNode().put("Ref", pick(ids));
  }

  private JsonNode getAtt(String type, String attribute) {
    List<String> ids = idsByType.getOrDefault(type, List.of());
    return ids.isEmpty() ? ref(type) : NODES.objectNode().set("Fn::GetAtt", NODES.arrayNode().add(pick(ids)).add(attribute));
  }

  private static JsonNode noValue() {
    return NODES.objectNode().put("Ref", "AWS::NoValue");
  }

  private void maybe(ObjectNode properties, String name, Supplier<JsonNode> value) {
    if (random.nextInt(5) != 0) {
      properties.set(name, value.get());
    }
  }

  private static ObjectNode object(Object... keysAndValues) {
    ObjectNode object = NODES.objectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.set((String) keysAndValues[i], (JsonNode) keysAndValues[i + 1]);
    }
    return object;
  }

  private static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
