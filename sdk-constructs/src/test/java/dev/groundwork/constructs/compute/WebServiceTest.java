package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.constructs.Templates;
import dev.groundwork.constructs.Templates.Template;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.PlatformApp;
import dev.groundwork.core.PlatformEnvironment;
import dev.groundwork.core.SynthResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.secretsmanager.ISecret;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServiceTest {
  static final String CERTIFICATE =
      "arn:aws:acm:eu-west-1:333333333333:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
  Template dev;
  Template staging;
  Template prod;

  @BeforeAll
  void synthesizeOnce(@TempDir Path outdir) {
    PlatformApp app = Templates.appWithEveryTier(outdir);
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
          .healthCheck(HealthCheckOptions.builder().path("/health").build());
      if (env.name().equals("dev")) {
        props.certificate(TlsCertificate.dnsValidated("Z0123456789ABCDEFGHIJ", "example.com", "api.dev.example.com"));
      } else {
        props.certificate(TlsCertificate.fromArn(CERTIFICATE));
      }
      new WebService(stack, "Api", props.build());
    }
    SynthResult result = app.synth();
    dev = Templates.of(result, "test-dev-services");
    staging = Templates.of(result, "test-staging-services");
    prod = Templates.of(result, "test-prod-services");
  }

  @Nested
  class Container {
    @Test
    void runsHardened() {
      JsonNode container = container(prod);
      assertThat(container.path("User").asText()).isEqualTo("1000:1000");
      assertThat(container.path("ReadonlyRootFilesystem").asBoolean()).isTrue();
      assertThat(container.path("Privileged").asBoolean()).isFalse();
      assertThat(container.path("LinuxParameters").path("InitProcessEnabled").asBoolean()).isTrue();
      assertThat(container.path("Image").asText()).isEqualTo("public.ecr.aws/nginx/nginx:1.27.3");
    }

    @Test
    void logsNonBlockingToTheEncryptedLogGroup() {
      JsonNode logging = container(prod).path("LogConfiguration");
      assertThat(logging.path("LogDriver").asText()).isEqualTo("awslogs");
      assertThat(logging.path("Options").path("mode").asText()).isEqualTo("non-blocking");
      assertThat(logging.path("Options").path("awslogs-group").toString()).contains("ApiLogsLogGroup");
    }

    @Test
    void getsSecretsAsReferencesOnly() {
      JsonNode container = container(prod);
      assertThat(container.path("Secrets").get(0).path("Name").asText()).isEqualTo("DB_PASSWORD");
      assertThat(container.path("Secrets").get(0).path("ValueFrom").asText())
          .startsWith("arn:aws:secretsmanager:eu-west-1:333333333333:secret:orders/db-password");
      assertThat(container.path("Environment").toString()).doesNotContain("DB_PASSWORD");
    }

    @Test
    void hasWritableScratchOnlyWhereNeeded() {
      List<String> devPaths = new ArrayList<>();
      container(dev).path("MountPoints").forEach(m -> devPaths.add(m.path("ContainerPath").asText()));
      assertThat(devPaths).containsExactly("/tmp", "/var/lib/amazon", "/var/log/amazon");
      List<String> prodPaths = new ArrayList<>();
      container(prod).path("MountPoints").forEach(m -> prodPaths.add(m.path("ContainerPath").asText()));
      assertThat(prodPaths).containsExactly("/tmp");
    }

    @Test
    void checksLivenessWithTheReadinessPath() {
      JsonNode check = container(prod).path("HealthCheck");
      assertThat(check.path("Command").toString()).contains("http://localhost:8080/health");
      assertThat(check.path("Retries").asInt()).isEqualTo(3);
    }

    @Test
    void sizesTheTask() {
      JsonNode task = prod.properties("AWS::ECS::TaskDefinition");
      assertThat(task.path("Cpu").asText()).isEqualTo("512");
      assertThat(task.path("Memory").asText()).isEqualTo("1024");
      assertThat(task.path("RequiresCompatibilities").toString()).contains("FARGATE");
    }
  }

  @Nested
  class LeastPrivilege {
    @Test
    void executionRoleReadsOnlyTheGivenSecretAndLogGroup() {
      String policies = prod.resources("AWS::IAM::Policy").toString();
      assertThat(policies).contains("secretsmanager:GetSecretValue")
          .contains("arn:aws:secretsmanager:eu-west-1:333333333333:secret:orders/db-password-AbCdEf");
      prod.resources("AWS::IAM::Policy").forEach((id, policy) ->
          policy.path("Properties").path("PolicyDocument").path("Statement").forEach(statement -> {
            String actions = statement.path("Action").toString();
            if (actions.contains("secretsmanager") || actions.contains("logs:PutLogEvents")) {
              assertThat(statement.path("Resource").toString()).as(id).doesNotContain("\"*\"");
            }
          }));
    }

    @Test
    void tasksAcceptTrafficOnlyFromTheLoadBalancer() {
      Map<String, JsonNode> ingress = prod.resources("AWS::EC2::SecurityGroupIngress");
      assertThat(ingress).hasSize(1);
      JsonNode rule = ingress.values().iterator().next().path("Properties");
      assertThat(rule.path("FromPort").asInt()).isEqualTo(8080);
      assertThat(rule.path("SourceSecurityGroupId").toString()).contains("ApiLoadBalancerSecurityGroup");
      assertThat(rule.path("GroupId").toString()).contains("ApiServiceSecurityGroup");
    }
  }

  @Nested
  class LoadBalancer {
    @Test
    void servesHttpsWithAModernTlsPolicy() {
      JsonNode https = listener(prod, "HTTPS");
      assertThat(https.path("Port").asInt()).isEqualTo(443);
      assertThat(https.path("SslPolicy").asText()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
      assertThat(https.path("Certificates").get(0).path("CertificateArn").asText()).isEqualTo(CERTIFICATE);
    }

    @Test
    void onlyRedirectsHttp() {
      JsonNode http = listener(prod, "HTTP");
      JsonNode action = http.path("DefaultActions").get(0);
      assertThat(action.path("Type").asText()).isEqualTo("redirect");
      assertThat(action.path("RedirectConfig").path("Protocol").asText()).isEqualTo("HTTPS");
      assertThat(action.path("RedirectConfig").path("StatusCode").asText()).isEqualTo("HTTP_301");
    }

    @Test
    void admitsEveryoneOnlyOn80And443() {
      JsonNode ingress = loadBalancerGroup(prod).path("SecurityGroupIngress");
      List<Integer> ports = new ArrayList<>();
      ingress.forEach(rule -> {
        assertThat(rule.path("CidrIp").asText()).isEqualTo("0.0.0.0/0");
        ports.add(rule.path("FromPort").asInt());
      });
      assertThat(ports).containsExactlyInAnyOrder(443, 80);
    }

    @Test
    void dropsInvalidHeadersLogsAccessAndIsProtectedInProd() {
      Map<String, String> prodAttributes = attributes(prod);
      assertThat(prodAttributes).containsEntry("routing.http.drop_invalid_header_fields.enabled", "true")
          .containsEntry("access_logs.s3.enabled", "true")
          .containsEntry("deletion_protection.enabled", "true");
      assertThat(attributes(dev)).containsEntry("deletion_protection.enabled", "false");
    }

    @Test
    void keepsAccessLogsInAnSseS3BucketForTheTiersRetention() {
      JsonNode bucket = prod.only("AWS::S3::Bucket");
      assertThat(bucket.path("DeletionPolicy").asText()).isEqualTo("Retain");
      assertThat(bucket.path("Properties").path("BucketEncryption").toString()).contains("AES256");
      assertThat(bucket.path("Properties").path("LifecycleConfiguration").toString())
          .contains("\"ExpirationInDays\":365");
      assertThat(bucket.path("Properties").path("PublicAccessBlockConfiguration").path("BlockPublicAcls")
          .asBoolean()).isTrue();
    }

    @Test
    void checksReadiness() {
      JsonNode group = prod.properties("AWS::ElasticLoadBalancingV2::TargetGroup");
      assertThat(group.path("HealthCheckPath").asText()).isEqualTo("/health");
      assertThat(group.path("HealthCheckIntervalSeconds").asInt()).isEqualTo(15);
      assertThat(group.path("HealthyThresholdCount").asInt()).isEqualTo(2);
      assertThat(group.path("UnhealthyThresholdCount").asInt()).isEqualTo(3);
      assertThat(group.path("TargetType").asText()).isEqualTo("ip");
    }

    @Test
    void validatesADnsCertificateAndPointsTheDomainAtTheLoadBalancer() {
      JsonNode certificate = dev.properties("AWS::CertificateManager::Certificate");
      assertThat(certificate.path("DomainName").asText()).isEqualTo("api.dev.example.com");
      assertThat(certificate.path("ValidationMethod").asText()).isEqualTo("DNS");
      assertThat(certificate.path("DomainValidationOptions").toString()).contains("Z0123456789ABCDEFGHIJ");
      JsonNode record = dev.properties("AWS::Route53::RecordSet");
      assertThat(record.path("Name").asText()).isEqualTo("api.dev.example.com.");
      assertThat(record.path("AliasTarget").isMissingNode()).isFalse();
    }
  }

  @Nested
  class Firewall {
    @Test
    void attachesAWebAclWithManagedRulesAndARateLimit() {
      JsonNode acl = prod.properties("AWS::WAFv2::WebACL");
      assertThat(acl.path("Scope").asText()).isEqualTo("REGIONAL");
      List<String> rules = new ArrayList<>();
      acl.path("Rules").forEach(r -> rules.add(r.path("Name").asText()));
      assertThat(rules).containsExactly("AWS-AWSManagedRulesCommonRuleSet",
          "AWS-AWSManagedRulesKnownBadInputsRuleSet", "AWS-AWSManagedRulesAmazonIpReputationList",
          "RateLimitPerIp");
      assertThat(acl.path("Rules").get(3).path("Statement").path("RateBasedStatement").path("Limit").asInt())
          .isEqualTo(2000);
      assertThat(prod.properties("AWS::WAFv2::WebACLAssociation").path("ResourceArn").toString())
          .contains("ApiLoadBalancer");
    }

    @Test
    void keepsItsLogsInAnAwsWafLogsGroup() {
      JsonNode logging = prod.properties("AWS::WAFv2::LoggingConfiguration");
      JsonNode wafLogs = prod.allResources().get("ApiWafLogsLogGroupA2AE9E98");
      assertThat(logging.path("LogDestinationConfigs").toString()).contains("ApiWafLogsLogGroupA2AE9E98");
      assertThat(wafLogs.path("Properties").path("LogGroupName").asText())
          .isEqualTo("aws-waf-logs-test-prod-services-prodservicesapiwafc462f60f");
      assertThat(wafLogs.path("Properties").path("KmsKeyId").toString()).contains("ApiWafLogsKey");
      assertThat(wafLogs.path("DeletionPolicy").asText()).isEqualTo("Retain");
    }
  }

  @Nested
  class Deployment {
    @Test
    void rollsBackFailedDeploymentsWithoutDowntime() {
      JsonNode config = service(prod).path("DeploymentConfiguration");
      assertThat(config.path("DeploymentCircuitBreaker").path("Enable").asBoolean()).isTrue();
      assertThat(config.path("DeploymentCircuitBreaker").path("Rollback").asBoolean()).isTrue();
      assertThat(config.path("MinimumHealthyPercent").asInt()).isEqualTo(100);
      assertThat(config.path("MaximumPercent").asInt()).isEqualTo(200);
    }

    @Test
    void runsInPrivateSubnetsWithoutPublicAddresses() {
      JsonNode network = service(prod).path("NetworkConfiguration").path("AwsvpcConfiguration");
      assertThat(network.path("AssignPublicIp").asText()).isEqualTo("DISABLED");
      assertThat(network.path("Subnets").toString()).contains("privateSubnet");
    }

    @Test
    void usesSpotInDevOnlyAndExecOutsideProd() {
      assertThat(service(dev).path("CapacityProviderStrategy").toString()).contains("FARGATE_SPOT");
      assertThat(service(prod).path("CapacityProviderStrategy").toString()).doesNotContain("FARGATE_SPOT");
      assertThat(service(dev).path("EnableExecuteCommand").asBoolean()).isTrue();
      assertThat(service(prod).path("EnableExecuteCommand").asBoolean()).isFalse();
    }

    @Test
    void scalesOnCpuMemoryAndRequestsWithinTheTiersBounds() {
      JsonNode target = prod.properties("AWS::ApplicationAutoScaling::ScalableTarget");
      assertThat(target.path("MinCapacity").asInt()).isEqualTo(3);
      assertThat(target.path("MaxCapacity").asInt()).isEqualTo(10);
      assertThat(dev.properties("AWS::ApplicationAutoScaling::ScalableTarget").path("MinCapacity").asInt())
          .isEqualTo(1);
      List<String> metrics = new ArrayList<>();
      prod.resources("AWS::ApplicationAutoScaling::ScalingPolicy").values().forEach(p -> metrics.add(
          p.path("Properties").path("TargetTrackingScalingPolicyConfiguration")
              .path("PredefinedMetricSpecification").path("PredefinedMetricType").asText()));
      assertThat(metrics).containsExactlyInAnyOrder("ECSServiceAverageCPUUtilization",
          "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget");
    }
  }

  @Nested
  class StatefulResources {
    @Test
    void keepTheirLogicalIds() {
      assertThat(prod.resources("AWS::Logs::LogGroup").keySet()).contains(
          "ApiLogsLogGroup6D3BA1F9", "ApiWafLogsLogGroupA2AE9E98");
      assertThat(prod.resources("AWS::KMS::Key").keySet()).contains(
          "ApiLogsKey65B95E83", "ApiWafLogsKeyB2F8DF10");
      assertThat(prod.resources("AWS::S3::Bucket").keySet()).containsExactly("ApiAccessLogs50B185DB");
    }
  }

  static JsonNode container(Template template) {
    return template.properties("AWS::ECS::TaskDefinition").path("ContainerDefinitions").get(0);
  }

  static JsonNode service(Template template) {
    return template.properties("AWS::ECS::Service");
  }

  static JsonNode listener(Template template, String protocol) {
    return template.resources("AWS::ElasticLoadBalancingV2::Listener").values().stream()
        .map(l -> l.path("Properties"))
        .filter(p -> p.path("Protocol").asText().equals(protocol))
        .findFirst().orElseThrow();
  }

  static JsonNode loadBalancerGroup(Template template) {
    return template.resources("AWS::EC2::SecurityGroup").entrySet().stream()
        .filter(e -> e.getKey().startsWith("ApiLoadBalancerSecurityGroup"))
        .map(e -> e.getValue().path("Properties")).findFirst().orElseThrow();
  }

  static Map<String, String> attributes(Template template) {
    Map<String, String> attributes = new java.util.HashMap<>();
    template.properties("AWS::ElasticLoadBalancingV2::LoadBalancer").path("LoadBalancerAttributes")
        .forEach(a -> attributes.put(a.path("Key").asText(), a.path("Value").asText()));
    return attributes;
  }
}
