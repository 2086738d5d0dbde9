package dev.groundwork.constructs.compute;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.testing.ResourceAssert;
import dev.groundwork.testing.SynthesisExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.secretsmanager.ISecret;

class WebServiceTest {
  static final String CERTIFICATE =
      "arn:aws:acm:eu-west-1:333333333333:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
  private static final String DEV = "test-dev-services";
  private static final String STAGING = "test-staging-services";
  private static final String PROD = "test-prod-services";
  private static final String TASK = "AWS::ECS::TaskDefinition";
  private static final String CONTAINER = "ContainerDefinitions[0].";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("services");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(network.vpc()));
      ISecret dbPassword = software.amazon.awscdk.services.secretsmanager.Secret.fromSecretCompleteArn(
          stack, "DbPassword",
          "arn:aws:secretsmanager:eu-west-1:333333333333:secret:orders/db-password-AbCdEf");
      WebServiceProps.Builder props = WebServiceProps.builder()
          .cluster(cluster)
          .container(ContainerOptions.builder()
              .image("public.ecr.aws/nginx/nginx:1.27.3")
              .cpu(512).memoryMiB(1024)
              .putEnvironment("LOG_LEVEL", "info")
              .putSecrets("DB_PASSWORD", Secret.fromSecretsManager(dbPassword))
              .build())
          .healthCheck(env.name().equals("staging")
              // Readiness and liveness apart: a dependency outage takes tasks out of traffic
              // without ECS restarting them all.
              ? HealthCheckOptions.builder().path("/ready").livenessPath("/live").build()
              : HealthCheckOptions.builder().path("/health").build());
      if (env.name().equals("dev")) {
        props.endpoint(ServiceEndpoint.of("Z0123456789ABCDEFGHIJ", "dev.example.com", "api"));
      } else {
        props.certificate(TlsCertificate.fromArn(CERTIFICATE));
      }
      new WebService(stack, "Api", props.build());
    }
    return app;
  });

  @Nested
  class Container {
    @Test
    void runsHardened(SynthesizedApp app) {
      task(app, PROD)
          .hasProperty(CONTAINER + "User", "1000:1000")
          .hasProperty(CONTAINER + "ReadonlyRootFilesystem", true)
          .hasProperty(CONTAINER + "Privileged", false)
          .hasProperty(CONTAINER + "LinuxParameters.InitProcessEnabled", true)
          .hasProperty(CONTAINER + "Image", "public.ecr.aws/nginx/nginx:1.27.3");
    }

    @Test
    void logsNonBlockingToTheEncryptedLogGroup(SynthesizedApp app) {
      task(app, PROD)
          .hasProperty(CONTAINER + "LogConfiguration.LogDriver", "awslogs")
          .hasProperty(CONTAINER + "LogConfiguration.Options.mode", "non-blocking")
          .referencesAt(CONTAINER + "LogConfiguration.Options.awslogs-group", "prod/services/Api/Logs/LogGroup");
    }

    @Test
    void getsSecretsAsReferencesOnly(SynthesizedApp app) {
      task(app, PROD)
          .hasProperty(CONTAINER + "Secrets[0].Name", "DB_PASSWORD")
          .hasPropertySatisfying(CONTAINER + "Secrets[0].ValueFrom", valueFrom -> assertThat((String) valueFrom)
              .startsWith("arn:aws:secretsmanager:eu-west-1:333333333333:secret:orders/db-password"));
      assertThat(container(app.stack(PROD)).path("Environment").toString()).doesNotContain("DB_PASSWORD");
    }

    @Test
    void hasWritableScratchOnlyWhereNeeded(SynthesizedApp app) {
      assertThat(mountPaths(app.stack(DEV))).containsExactly("/tmp", "/var/lib/amazon", "/var/log/amazon");
      assertThat(mountPaths(app.stack(PROD))).containsExactly("/tmp");
    }

    @Test
    void checksLivenessWithTheReadinessPath(SynthesizedApp app) {
      assertThat(container(app.stack(PROD)).path("HealthCheck").path("Command").toString())
          .contains("http://localhost:8080/health");
      task(app, PROD).hasProperty(CONTAINER + "HealthCheck.Retries", 3);
    }

    @Test
    void checksLivenessAndReadinessOnTheirOwnPathsWhenGivenBoth(SynthesizedApp app) {
      task(app, STAGING)
          .hasProperty(CONTAINER + "HealthCheck.Command[0]", "CMD-SHELL")
          .hasProperty(CONTAINER + "HealthCheck.Command[1]",
              "curl -fsS -o /dev/null 'http://localhost:8080/live' || exit 1")
          .hasProperty(CONTAINER + "HealthCheck.Interval", 30)
          .hasProperty(CONTAINER + "HealthCheck.StartPeriod", 60);
      assertThat(app).stack(STAGING).resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup").singleResource()
          .hasProperty("HealthCheckPath", "/ready");
    }

    @Test
    void dropsEveryLinuxCapabilityAndAddsNoneBack(SynthesizedApp app) {
      for (String stack : List.of(DEV, STAGING, PROD)) {
        task(app, stack)
            .hasProperty(CONTAINER + "LinuxParameters.Capabilities.Drop", List.of("ALL"))
            .doesNotHaveProperty(CONTAINER + "LinuxParameters.Capabilities.Add");
      }
    }

    @Test
    void sizesTheTask(SynthesizedApp app) {
      task(app, PROD)
          .hasProperty("Cpu", "512")
          .hasProperty("Memory", "1024")
          .hasPropertySatisfying("RequiresCompatibilities",
              compatibilities -> assertThat(list(compatibilities)).contains("FARGATE"));
    }
  }

  @Nested
  class LeastPrivilege {
    @Test
    void executionRoleReadsOnlyTheGivenSecretAndLogGroup(SynthesizedApp app) {
      assertThat(app).stack(PROD).iamStatements().ofRole("prod/services/Api/TaskDefinition/ExecutionRole")
          .allowing("secretsmanager:GetSecretValue")
          .onResource("arn:aws:secretsmanager:eu-west-1:333333333333:secret:orders/db-password-AbCdEf");
      assertThat(app).stack(PROD).iamStatements().ofRole("prod/services/Api/TaskDefinition/ExecutionRole")
          .allowing("logs:PutLogEvents").onResourceReferencing("prod/services/Api/Logs/LogGroup");
      List<Resource> policies = app.stack(PROD).resourcesOfType("AWS::IAM::Policy");
      assertThat(policies.stream().map(p -> p.json().toString()).toList().toString())
          .contains("secretsmanager:GetSecretValue")
          .contains("arn:aws:secretsmanager:eu-west-1:333333333333:secret:orders/db-password-AbCdEf");
      policies.forEach(policy ->
          policy.property("PolicyDocument.Statement").forEach(statement -> {
            String actions = statement.path("Action").toString();
            if (actions.contains("secretsmanager") || actions.contains("logs:PutLogEvents")) {
              assertThat(statement.path("Resource").toString()).as(policy.describe()).doesNotContain("\"*\"");
            }
          }));
    }

    @Test
    void tasksAcceptTrafficOnlyFromTheLoadBalancer(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::EC2::SecurityGroupIngress").singleResource()
          .hasProperty("FromPort", 8080)
          .referencesAt("SourceSecurityGroupId", "prod/services/Api/LoadBalancerSecurityGroup")
          .referencesAt("GroupId", "prod/services/Api/ServiceSecurityGroup");
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup("prod/services/Api/ServiceSecurityGroup")
          .hasSize(1).allowingPort(8080).fromSecurityGroup("prod/services/Api/LoadBalancerSecurityGroup");
    }
  }

  @Nested
  class LoadBalancer {
    @Test
    void servesHttpsWithAModernTlsPolicy(SynthesizedApp app) {
      listener(app, PROD, "HTTPS")
          .hasProperty("Port", 443)
          .hasProperty("SslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06")
          .hasProperty("Certificates[0].CertificateArn", CERTIFICATE);
    }

    @Test
    void onlyRedirectsHttp(SynthesizedApp app) {
      listener(app, PROD, "HTTP")
          .hasProperty("DefaultActions[0].Type", "redirect")
          .hasProperty("DefaultActions[0].RedirectConfig.Protocol", "HTTPS")
          .hasProperty("DefaultActions[0].RedirectConfig.StatusCode", "HTTP_301");
    }

    @Test
    void admitsEveryoneOnlyOn80And443(SynthesizedApp app) {
      String group = "prod/services/Api/LoadBalancerSecurityGroup";
      JsonNode ingress = resource(app.stack(PROD), group).property("SecurityGroupIngress");
      List<Integer> ports = new ArrayList<>();
      ingress.forEach(rule -> {
        assertThat(rule.path("CidrIp").asText()).isEqualTo("0.0.0.0/0");
        ports.add(rule.path("FromPort").asInt());
      });
      assertThat(ports).containsExactlyInAnyOrder(443, 80);
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup(group).hasSize(2)
          .noneOpenToTheWorldExceptPorts(80, 443);
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup(group).allowingPort(443).fromCidr("0.0.0.0/0");
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup(group).allowingPort(80).fromCidr("0.0.0.0/0");
    }

    @Test
    void dropsInvalidHeadersLogsAccessAndIsProtectedInProd(SynthesizedApp app) {
      Map<String, String> prodAttributes = attributes(app.stack(PROD));
      assertThat(prodAttributes).containsEntry("routing.http.drop_invalid_header_fields.enabled", "true")
          .containsEntry("access_logs.s3.enabled", "true")
          .containsEntry("deletion_protection.enabled", "true");
      assertThat(attributes(app.stack(DEV))).containsEntry("deletion_protection.enabled", "false");
    }

    @Test
    void keepsAccessLogsInAnSseS3BucketForTheTiersRetention(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::S3::Bucket").singleResource()
          .hasDeletionPolicy("Retain")
          .hasProperty("PublicAccessBlockConfiguration.BlockPublicAcls", true);
      Resource bucket = only(app.stack(PROD), "AWS::S3::Bucket");
      assertThat(bucket.property("BucketEncryption").toString()).contains("AES256");
      assertThat(bucket.property("LifecycleConfiguration").toString()).contains("\"ExpirationInDays\":365");
    }

    @Test
    void checksReadiness(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup").singleResource()
          .hasProperty("HealthCheckPath", "/health")
          .hasProperty("HealthCheckIntervalSeconds", 15)
          .hasProperty("HealthyThresholdCount", 2)
          .hasProperty("UnhealthyThresholdCount", 3)
          .hasProperty("TargetType", "ip");
    }

    @Test
    void validatesADnsCertificateAndPointsTheDomainAtTheLoadBalancer(SynthesizedApp app) {
      assertThat(app).stack(DEV).resourcesOfType("AWS::CertificateManager::Certificate").singleResource()
          .hasProperty("DomainName", "api.dev.example.com")
          .hasProperty("ValidationMethod", "DNS");
      assertThat(only(app.stack(DEV), "AWS::CertificateManager::Certificate").property("DomainValidationOptions")
          .toString()).contains("Z0123456789ABCDEFGHIJ");
      assertThat(app).stack(DEV).resourcesOfType("AWS::Route53::RecordSet").singleResource()
          .hasProperty("Name", "api.dev.example.com.")
          .hasProperty("AliasTarget");
    }
  }

  @Nested
  class Firewall {
    @Test
    void attachesAWebAclWithManagedRulesAndARateLimit(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::WAFv2::WebACL").singleResource()
          .hasProperty("Scope", "REGIONAL")
          .hasProperty("Rules[3].Statement.RateBasedStatement.Limit", 2000);
      List<String> rules = new ArrayList<>();
      only(app.stack(PROD), "AWS::WAFv2::WebACL").property("Rules").forEach(r -> rules.add(r.path("Name").asText()));
      assertThat(rules).containsExactly("AWS-AWSManagedRulesCommonRuleSet",
          "AWS-AWSManagedRulesKnownBadInputsRuleSet", "AWS-AWSManagedRulesAmazonIpReputationList",
          "RateLimitPerIp");
      assertThat(app).stack(PROD).resourcesOfType("AWS::WAFv2::WebACLAssociation").singleResource()
          .referencesAt("ResourceArn", "prod/services/Api/LoadBalancer")
          .referencesAt("WebACLArn", "prod/services/Api/Waf/WebAcl");
    }

    @Test
    void keepsItsLogsInAnAwsWafLogsGroup(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::WAFv2::LoggingConfiguration").singleResource()
          .referencesAt("LogDestinationConfigs", "ApiWafLogsLogGroupA2AE9E98");
      assertThat(app).stack(PROD).resource("ApiWafLogsLogGroupA2AE9E98")
          .hasProperty("LogGroupName", "aws-waf-logs-test-prod-services-prodservicesapiwafc462f60f")
          .referencesAt("KmsKeyId", "prod/services/LogsKey/Key")
          .hasDeletionPolicy("Retain");
    }
  }

  @Nested
  class Deployment {
    @Test
    void rollsBackFailedDeploymentsWithoutDowntime(SynthesizedApp app) {
      service(app, PROD)
          .hasProperty("DeploymentConfiguration.DeploymentCircuitBreaker.Enable", true)
          .hasProperty("DeploymentConfiguration.DeploymentCircuitBreaker.Rollback", true)
          .hasProperty("DeploymentConfiguration.MinimumHealthyPercent", 100)
          .hasProperty("DeploymentConfiguration.MaximumPercent", 200);
    }

    @Test
    void runsInPrivateSubnetsWithoutPublicAddresses(SynthesizedApp app) {
      service(app, PROD).hasProperty("NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp", "DISABLED");
      assertThat(service(app.stack(PROD)).path("NetworkConfiguration").path("AwsvpcConfiguration")
          .path("Subnets").toString()).contains("privateSubnet");
    }

    @Test
    void usesSpotInDevOnlyAndExecOutsideProd(SynthesizedApp app) {
      assertThat(service(app.stack(DEV)).path("CapacityProviderStrategy").toString()).contains("FARGATE_SPOT");
      assertThat(service(app.stack(PROD)).path("CapacityProviderStrategy").toString()).doesNotContain("FARGATE_SPOT");
      service(app, DEV).hasProperty("EnableExecuteCommand", true);
      assertThat(service(app.stack(PROD)).path("EnableExecuteCommand").asBoolean()).isFalse();
    }

    @Test
    void scalesOnCpuMemoryAndRequestsWithinTheTiersBounds(SynthesizedApp app) {
      String target = "AWS::ApplicationAutoScaling::ScalableTarget";
      assertThat(app).stack(PROD).resourcesOfType(target).singleResource()
          .hasProperty("MinCapacity", 3)
          .hasProperty("MaxCapacity", 10);
      assertThat(app).stack(DEV).resourcesOfType(target).singleResource().hasProperty("MinCapacity", 1);
      List<String> metrics = app.stack(PROD).resourcesOfType("AWS::ApplicationAutoScaling::ScalingPolicy").stream()
          .map(p -> p.property("TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.PredefinedMetricType")
              .asText())
          .toList();
      assertThat(metrics).containsExactlyInAnyOrder("ECSServiceAverageCPUUtilization",
          "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget");
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void keepTheirLogicalIds(SynthesizedApp app) {
      assertThat(logicalIds(app.stack(PROD), "AWS::Logs::LogGroup")).contains(
          "ApiLogsLogGroup6D3BA1F9", "ApiWafLogsLogGroupA2AE9E98");
      assertThat(logicalIds(app.stack(PROD), "AWS::KMS::Key")).containsExactlyInAnyOrder(
          "LogsKeyFE4C4A83", "DataKey2A0DE9E6");
      assertThat(logicalIds(app.stack(PROD), "AWS::S3::Bucket")).containsExactly("ApiAccessLogs50B185DB");
    }
  }

  /** The only task definition of a stack, for property assertions ({@link #CONTAINER} prefixes its container). */
  static ResourceAssert task(SynthesizedApp app, String stackName) {
    return assertThat(app).stack(stackName).resourcesOfType(TASK).singleResource();
  }

  /** The only ECS service of a stack. */
  static ResourceAssert service(SynthesizedApp app, String stackName) {
    return assertThat(app).stack(stackName).resourcesOfType("AWS::ECS::Service").singleResource();
  }

  /** The only resource of {@code type} in a stack; fails if there is not exactly one. */
  static Resource only(StackTemplate stack, String type) {
    List<Resource> found = stack.resourcesOfType(type);
    assertThat(found).as("%s resources in %s", type, stack).hasSize(1);
    return found.get(0);
  }

  /** The one resource named by construct path or logical id in a stack. */
  static Resource resource(StackTemplate stack, String idOrPath) {
    List<Resource> found = stack.resources().stream().filter(r -> r.isNamed(idOrPath)).toList();
    assertThat(found).as("resources named %s in %s", idOrPath, stack).hasSize(1);
    return found.get(0);
  }

  /** The first container of the only task definition, as raw JSON. */
  static JsonNode container(StackTemplate stack) {
    return only(stack, TASK).property("ContainerDefinitions[0]");
  }

  /** The properties of the only ECS service, as raw JSON. */
  static JsonNode service(StackTemplate stack) {
    return only(stack, "AWS::ECS::Service").properties();
  }

  static ResourceAssert listener(SynthesizedApp app, String stackName, String protocol) {
    return assertThat(app).stack(stackName).resourcesOfType("AWS::ElasticLoadBalancingV2::Listener")
        .filteredOn("use " + protocol, l -> l.property("Protocol").asText().equals(protocol))
        .singleResource();
  }

  static List<String> mountPaths(StackTemplate stack) {
    List<String> paths = new ArrayList<>();
    container(stack).path("MountPoints").forEach(m -> paths.add(m.path("ContainerPath").asText()));
    return paths;
  }

  static Map<String, String> attributes(StackTemplate stack) {
    Map<String, String> attributes = new java.util.HashMap<>();
    only(stack, "AWS::ElasticLoadBalancingV2::LoadBalancer").property("LoadBalancerAttributes")
        .forEach(a -> attributes.put(a.path("Key").asText(), a.path("Value").asText()));
    return attributes;
  }

  static List<String> logicalIds(StackTemplate stack, String type) {
    return stack.resourcesOfType(type).stream().map(Resource::logicalId).toList();
  }

  /** A JSON list property as a list of plain Java values. */
  static List<Object> list(Object jsonList) {
    assertThat(jsonList).isInstanceOf(List.class);
    return List.<Object>copyOf((List<?>) jsonList);
  }
}
