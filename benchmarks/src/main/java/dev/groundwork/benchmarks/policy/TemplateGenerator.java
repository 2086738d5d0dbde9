package dev.groundwork.benchmarks.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates realistic CloudFormation templates: units of related resources (bucket and its
 * policy, role and its policy, function, security group and ingress, task definition, queue,
 * topic, key, log group, alarm, secret; every few units a database, a load balancer with
 * listeners, a VPC with a flow log), about half compliant, split into stacks of at most 500
 * resources as CloudFormation requires. Deterministic: the same size gives the same JSON.
 */
final class TemplateGenerator {

  static final int MAX_PER_STACK = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> templates = new ArrayList<>();
  private ObjectNode resources;
  private ObjectNode root;
  private int inStack;
  private int total;

  /** Templates (JSON text) holding {@code size} resources in total. */
  static List<String> generate(int size) {
    TemplateGenerator generator = new TemplateGenerator();
    generator.newStack();
    for (int unit = 0; generator.total < size; unit++) {
      generator.unit(unit, size);
    }
    generator.flush();
    return generator.templates;
  }

  private void newStack() {
    root = JSON.createObjectNode();
    root.put("Description", "generated benchmark stack " + templates.size());
    root.putObject("Parameters").putObject("BootstrapVersion")
        .put("Type", "AWS::SSM::Parameter::Value<String>")
        .put("Default", "/cdk-bootstrap/hnb659fds/version");
    resources = root.putObject("Resources");
    inStack = 0;
  }

  private void flush() {
    if (inStack > 0) {
      templates.add(root.toString());
    }
  }

  private ObjectNode add(String id, String type, int unit, int size) {
    if (total >= size) {
      return JSON.createObjectNode(); // size reached: build into a throwaway node
    }
    total++;
    inStack++;
    ObjectNode resource = resources.putObject(id);
    resource.put("Type", type);
    resource.putObject("Metadata").put("aws:cdk:path", "bench/Stack" + templates.size() + "/U" + unit + "/" + id + "/Resource");
    return resource;
  }

  private static ObjectNode ref(String id) {
    return JSON.createObjectNode().put("Ref", id);
  }

  private static ObjectNode getAtt(String id, String attribute) {
    ObjectNode node = JSON.createObjectNode();
    node.putArray("Fn::GetAtt").add(id).add(attribute);
    return node;
  }

  private static void tags(ObjectNode properties, boolean complete) {
    ArrayNode tags = properties.putArray("Tags");
    tags.addObject().put("Key", "environment").put("Value", "prod");
    tags.addObject().put("Key", "team").put("Value", "payments");
    if (complete) {
      tags.addObject().put("Key", "cost-center").put("Value", "cc-1234");
    }
  }

  private static ObjectNode statement(ArrayNode statements, String effect, String action, Object resource) {
    ObjectNode statement = statements.addObject().put("Effect", effect).put("Action", action);
    if (resource instanceof String text) {
      statement.put("Resource", text);
    } else {
      statement.set("Resource", (ObjectNode) resource);
    }
    return statement;
  }

  private void unit(int u, int size) {
    if (inStack + 30 > MAX_PER_STACK) { // a unit adds at most 26 resources
      flush();
      newStack();
    }
    boolean good = u % 2 == 0;
    String p = "U" + u;

    ObjectNode key = add(p + "Key", "AWS::KMS::Key", u, size);
    ObjectNode keyProps = key.putObject("Properties").put("EnableKeyRotation", good);
    ArrayNode keyStatements = keyProps.putObject("KeyPolicy").put("Version", "2012-10-17").putArray("Statement");
    statement(keyStatements, "Allow", "kms:*", "*").putObject("Principal").put("AWS", "arn:aws:iam::111111111111:root");
    tags(keyProps, good);
    key.put("DeletionPolicy", "Retain").put("UpdateReplacePolicy", "Retain");

    ObjectNode bucket = add(p + "Bucket", "AWS::S3::Bucket", u, size);
    ObjectNode bucketProps = bucket.putObject("Properties");
    if (good) {
      bucketProps.putObject("BucketEncryption").putArray("ServerSideEncryptionConfiguration").addObject()
          .putObject("ServerSideEncryptionByDefault").put("SSEAlgorithm", "aws:kms")
          .set("KMSMasterKeyID", getAtt(p + "Key", "Arn"));
      bucketProps.putObject("VersioningConfiguration").put("Status", "Enabled");
    }
    bucketProps.putObject("PublicAccessBlockConfiguration").put("BlockPublicAcls", true)
        .put("BlockPublicPolicy", good).put("IgnorePublicAcls", true).put("RestrictPublicBuckets", true);
    tags(bucketProps, good);
    bucket.put("DeletionPolicy", good ? "Retain" : "Delete").put("UpdateReplacePolicy", "Retain");

    if (good) {
      ObjectNode policy = add(p + "BucketPolicy", "AWS::S3::BucketPolicy", u, size);
      ObjectNode policyProps = policy.putObject("Properties").set("Bucket", ref(p + "Bucket"));
      ArrayNode statements = policyProps.putObject("PolicyDocument").putArray("Statement");
      ObjectNode deny = statement(statements, "Deny", "s3:*", getAtt(p + "Bucket", "Arn"));
      deny.put("Principal", "*").putObject("Condition").putObject("Bool").put("aws:SecureTransport", "false");
    }

    ObjectNode role = add(p + "Role", "AWS::IAM::Role", u, size);
    ObjectNode roleProps = role.putObject("Properties");
    statement(roleProps.putObject("AssumeRolePolicyDocument").putArray("Statement"), "Allow", "sts:AssumeRole", "*")
        .putObject("Principal").put("Service", "lambda.amazonaws.com");
    ObjectNode arn = roleProps.putArray("ManagedPolicyArns").addObject();
    arn.put("Fn::Sub", good ? "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
        : "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess");
    tags(roleProps, good);

    ObjectNode rolePolicy = add(p + "RolePolicy", "AWS::IAM::Policy", u, size);
    ObjectNode rolePolicyProps = rolePolicy.putObject("Properties").put("PolicyName", p + "RolePolicy");
    ArrayNode rolePolicyStatements = rolePolicyProps.putObject("PolicyDocument").putArray("Statement");
    statement(rolePolicyStatements, "Allow", good ? "s3:GetObject" : "*", good ? getAtt(p + "Bucket", "Arn") : "*");
    statement(rolePolicyStatements, "Allow", "sqs:SendMessage", getAtt(p + "Queue", "Arn"));
    rolePolicyProps.putArray("Roles").add(ref(p + "Role"));

    ObjectNode queue = add(p + "Queue", "AWS::SQS::Queue", u, size);
    ObjectNode queueProps = queue.putObject("Properties").put("VisibilityTimeout", 30);
    if (good) {
      queueProps.set("KmsMasterKeyId", getAtt(p + "Key", "Arn"));
    } else {
      queueProps.put("SqsManagedSseEnabled", false);
    }
    tags(queueProps, good);

    ObjectNode topic = add(p + "Topic", "AWS::SNS::Topic", u, size);
    ObjectNode topicProps = topic.putObject("Properties");
    if (good) {
      topicProps.set("KmsMasterKeyId", ref(p + "Key"));
    }
    tags(topicProps, true);

    ObjectNode logs = add(p + "Logs", "AWS::Logs::LogGroup", u, size);
    ObjectNode logProps = logs.putObject("Properties");
    if (good) {
      logProps.put("RetentionInDays", 365).set("KmsKeyId", getAtt(p + "Key", "Arn"));
    }
    logs.put("DeletionPolicy", "Retain").put("UpdateReplacePolicy", "Retain");

    ObjectNode function = add(p + "Function", "AWS::Lambda::Function", u, size);
    ObjectNode functionProps = function.putObject("Properties").put("Handler", "index.handler")
        .put("Runtime", "nodejs20.x").put("MemorySize", 256).set("Role", getAtt(p + "Role", "Arn"));
    ObjectNode variables = functionProps.putObject("Environment").putObject("Variables");
    variables.set("QUEUE_URL", ref(p + "Queue"));
    variables.set("BUCKET_NAME", ref(p + "Bucket"));
    variables.put("LOG_LEVEL", "info");
    if (!good) {
      variables.put("DB_PASSWORD", "hunter2").put("PAYMENTS_ENDPOINT", "https://10.1.2.3:8443/pay");
    }
    tags(functionProps, good);

    ObjectNode group = add(p + "Sg", "AWS::EC2::SecurityGroup", u, size);
    ObjectNode groupProps = group.putObject("Properties").put("GroupDescription", "service " + u)
        .put("VpcId", "vpc-0123456789abcdef0");
    groupProps.putArray("SecurityGroupIngress").addObject().put("IpProtocol", "tcp")
        .put("FromPort", good ? 443 : 22).put("ToPort", good ? 443 : 22)
        .put("CidrIp", good ? "10.0.0.0/16" : "0.0.0.0/0");
    tags(groupProps, good);

    ObjectNode ingress = add(p + "SgIngress", "AWS::EC2::SecurityGroupIngress", u, size);
    ingress.putObject("Properties").put("IpProtocol", "tcp").put("FromPort", 8080).put("ToPort", 8080)
        .put("CidrIp", good ? "10.0.0.0/8" : "0.0.0.0/0").set("GroupId", getAtt(p + "Sg", "GroupId"));

    ObjectNode task = add(p + "Task", "AWS::ECS::TaskDefinition", u, size);
    ObjectNode taskProps = task.putObject("Properties").put("Cpu", "512").put("Memory", "1024")
        .put("NetworkMode", "awsvpc");
    ArrayNode containers = taskProps.putArray("ContainerDefinitions");
    for (int c = 0; c < 2; c++) {
      ObjectNode container = containers.addObject().put("Name", "c" + c).put("Essential", c == 0)
          .put("Image", good ? "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4." + u : "nginx:latest");
      if (good) {
        container.put("User", "1000:1000").put("ReadonlyRootFilesystem", true);
        container.putObject("LogConfiguration").put("LogDriver", "awslogs").putObject("Options")
            .set("awslogs-group", ref(p + "Logs"));
      }
      container.putArray("Environment").addObject().put("Name", "PORT").put("Value", "8080");
    }
    tags(taskProps, good);

    ObjectNode alarm = add(p + "Alarm", "AWS::CloudWatch::Alarm", u, size);
    ObjectNode alarmProps = alarm.putObject("Properties").put("MetricName", "Errors")
        .put("Namespace", "AWS/Lambda").put("Threshold", 1).put("EvaluationPeriods", 1)
        .put("ComparisonOperator", "GreaterThanOrEqualToThreshold").put("Statistic", "Sum").put("Period", 60);
    if (good) {
      alarmProps.putArray("AlarmActions").add(ref(p + "Topic"));
    }

    ObjectNode secret = add(p + "Secret", "AWS::SecretsManager::Secret", u, size);
    ObjectNode secretProps = secret.putObject("Properties");
    secretProps.putObject("GenerateSecretString").put("PasswordLength", 32);
    if (good) {
      secretProps.set("KmsKeyId", getAtt(p + "Key", "Arn"));
      add(p + "Rotation", "AWS::SecretsManager::RotationSchedule", u, size).putObject("Properties")
          .set("SecretId", ref(p + "Secret"));
    }
    tags(secretProps, good);
    secret.put("DeletionPolicy", "Retain").put("UpdateReplacePolicy", "Retain");

    if (u % 5 == 0) {
      ObjectNode cluster = add(p + "Db", "AWS::RDS::DBCluster", u, size);
      ObjectNode clusterProps = cluster.putObject("Properties").put("Engine", "aurora-postgresql")
          .put("EngineVersion", "16.4").put("StorageEncrypted", good).put("DeletionProtection", good)
          .put("BackupRetentionPeriod", good ? 35 : 1).put("EnableIAMDatabaseAuthentication", good);
      clusterProps.set("DBClusterParameterGroupName", ref(p + "DbParams"));
      tags(clusterProps, good);
      cluster.put("DeletionPolicy", "Snapshot").put("UpdateReplacePolicy", "Snapshot");
      ObjectNode params = add(p + "DbParams", "AWS::RDS::DBClusterParameterGroup", u, size);
      params.putObject("Properties").put("Family", "aurora-postgresql16").put("Description", "params")
          .putObject("Parameters").put("rds.force_ssl", good ? "1" : "0");
      ObjectNode member = add(p + "DbWriter", "AWS::RDS::DBInstance", u, size);
      member.putObject("Properties").put("Engine", "aurora-postgresql").put("DBInstanceClass", "db.r6g.large")
          .set("DBClusterIdentifier", ref(p + "Db"));
    }
    if (u % 4 == 0) {
      ObjectNode lb = add(p + "Lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", u, size);
      ObjectNode lbProps = lb.putObject("Properties").put("Scheme", "internet-facing").put("Type", "application");
      ArrayNode attributes = lbProps.putArray("LoadBalancerAttributes");
      attributes.addObject().put("Key", "deletion_protection.enabled").put("Value", String.valueOf(good));
      attributes.addObject().put("Key", "access_logs.s3.enabled").put("Value", String.valueOf(good));
      lbProps.putArray("SecurityGroups").add(getAtt(p + "Sg", "GroupId"));
      tags(lbProps, good);
      ObjectNode http = add(p + "Http", "AWS::ElasticLoadBalancingV2::Listener", u, size);
      ObjectNode httpProps = http.putObject("Properties").put("Protocol", "HTTP").put("Port", 80);
      httpProps.set("LoadBalancerArn", ref(p + "Lb"));
      ObjectNode action = httpProps.putArray("DefaultActions").addObject().put("Type", good ? "redirect" : "forward");
      action.putObject("RedirectConfig").put("Protocol", "HTTPS").put("Port", "443").put("StatusCode", "HTTP_301");
      ObjectNode https = add(p + "Https", "AWS::ElasticLoadBalancingV2::Listener", u, size);
      https.putObject("Properties").put("Protocol", "HTTPS").put("Port", 443)
          .put("SslPolicy", good ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : "ELBSecurityPolicy-2016-08")
          .set("LoadBalancerArn", ref(p + "Lb"));
    }
    if (u % 10 == 0) {
      ObjectNode vpc = add(p + "Vpc", "AWS::EC2::VPC", u, size);
      tags(vpc.putObject("Properties").put("CidrBlock", "10." + (u % 250) + ".0.0/16"), good);
      if (good) {
        add(p + "FlowLog", "AWS::EC2::FlowLog", u, size).putObject("Properties")
            .put("ResourceType", "VPC").put("TrafficType", "ALL").set("ResourceId", ref(p + "Vpc"));
      }
    }
  }
}
