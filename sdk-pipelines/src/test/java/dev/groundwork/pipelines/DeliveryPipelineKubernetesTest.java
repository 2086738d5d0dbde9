package dev.groundwork.pipelines;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.kubernetes.HelmRelease;
import dev.groundwork.constructs.kubernetes.KubernetesCluster;
import dev.groundwork.constructs.kubernetes.KubernetesClusterProps;
import dev.groundwork.constructs.kubernetes.KubernetesVersion;
import dev.groundwork.constructs.kubernetes.KubernetesWorkload;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.core.AccountId;
import dev.groundwork.core.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.groundwork.testing.SynthesisExtension;
import software.amazon.awscdk.Stack;

/**
 * Kubernetes workloads in the pipeline: a {@link KubernetesDeployer} beside the cluster of each
 * environment, run by two cross-account CodeBuild actions after the cluster's stack deploys.
 */
class DeliveryPipelineKubernetesTest {
  private static final String DELIVERY_ACCOUNT = "444444444444";
  private static final String PROD = "shop-prod-platform";
  private static final String PLATFORM_PROJECT = "shop-prod-platform-Workloads-platform";
  private static final String DEPLOY_PROJECT = "shop-prod-platform-Workloads";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("platform").costCenter("cc-0001").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("delivery", DELIVERY_ACCOUNT, "eu-west-1", Tier.PROD))
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .build());
    List<EnvironmentDelivery> deliveries = new ArrayList<>();
    for (String name : List.of("dev", "prod")) {
      PlatformEnvironment env = app.environment(name);
      Stack platform = env.addStack("platform");
      SecureVpc network = new SecureVpc(platform, "Network",
          SecureVpcProps.of(Cidr.of(name.equals("dev") ? "10.11.0.0/16" : "10.31.0.0/16")));
      KubernetesCluster cluster = new KubernetesCluster(platform, "Cluster", KubernetesClusterProps.builder()
          .vpc(network.vpc())
          .version(KubernetesVersion.V1_33)
          .addAdminRoleArns("arn:aws:iam::333333333333:role/platform-admin")
          .addAdminNetworks(Cidr.of("172.16.0.0/16"))
          .build());
      KubernetesDeployer deployer = new KubernetesDeployer(platform, "Workloads", KubernetesDeployerProps.builder()
          .cluster(cluster)
          .pipelineAccount(AccountId.of(DELIVERY_ACCOUNT))
          .addWorkloads(KubernetesWorkload.manifests("orders", "k8s/orders"))
          .addWorkloads(KubernetesWorkload.helm("billing", HelmRelease.builder()
              .chartDirectory("charts/billing").releaseName("billing").addValuesFiles("charts/billing/prod.yaml")
              .build()))
          .build());
      deliveries.add(EnvironmentDelivery.builder().environment(env).addKubernetesDeployers(deployer).build());
    }
    Stack stack = app.environment("delivery").addStack("pipeline");
    new DeliveryPipeline(stack, "Delivery", DeliveryPipelineProps.builder()
        .source(RepositorySource.of(TestDeliveryApps.CONNECTION, "example/shop"))
        .addAllEnvironments(deliveries)
        .alertTopic(TestDeliveryApps.alerts(stack))
        .build());
    return app;
  });

  static Resource project(SynthesizedApp app, String name) {
    return app.stack(PROD).resourcesOfType("AWS::CodeBuild::Project").stream()
        .filter(p -> p.property("Name").asText().equals(name)).findFirst().orElseThrow();
  }

  static JsonNode buildspec(SynthesizedApp app, String name) throws Exception {
    return new ObjectMapper().readTree(project(app, name).property("Source").path("BuildSpec").asText());
  }

  static List<String> commands(JsonNode spec, String phase) {
    List<String> commands = new ArrayList<>();
    spec.path("phases").path(phase).path("commands").forEach(c -> commands.add(c.asText()));
    return commands;
  }

  static JsonNode variable(Resource project, String name) {
    for (JsonNode variable : project.property("Environment").path("EnvironmentVariables")) {
      if (variable.path("Name").asText().equals(name)) {
        return variable;
      }
    }
    throw new AssertionError("no variable " + name);
  }

  @Nested
  class Pipeline {
    @Test
    void deploysNamespacesThenWorkloadsAfterTheClustersStack(SynthesizedApp app) {
      for (String wave : List.of("dev", "prod")) {
        Map<String, JsonNode> actions = DeliveryPipelineMigrationTest.actions(app, wave);
        JsonNode namespaces = actions.get("shop-" + wave + "-platform.DeployWorkloads-Namespaces");
        JsonNode workloads = actions.get("shop-" + wave + "-platform.DeployWorkloads-Workloads");
        assertThat(namespaces).as("namespaces action in %s among %s", wave, actions.keySet()).isNotNull();
        assertThat(workloads).isNotNull();
        int deployed = actions.get("shop-" + wave + "-platform.Deploy").path("RunOrder").asInt();
        assertThat(namespaces.path("RunOrder").asInt()).isGreaterThan(deployed);
        assertThat(workloads.path("RunOrder").asInt()).isGreaterThan(namespaces.path("RunOrder").asInt());
        assertThat(workloads.path("RoleArn").asText()).isEqualTo(
            "arn:aws:iam::" + (wave.equals("dev") ? "111111111111" : "333333333333")
                + ":role/shop-" + wave + "-platform-Workloads-start");
      }
    }
  }

  @Nested
  class Access {
    @Test
    void theDeployRoleEditsOnlyTheWorkloadsNamespaces(SynthesizedApp app) {
      Resource entry = app.stack(PROD).resourcesOfType("AWS::EKS::AccessEntry").stream()
          .filter(e -> e.property("AccessPolicies").toString().contains("AmazonEKSEditPolicy")).findFirst().orElseThrow();
      assertThat(entry).isNotNull();
      assertThat(app).stack(PROD).resource(entry.logicalId())
          .referencesAt("PrincipalArn", "prod/platform/Workloads/DeployRole");
      assertThat(entry.property("AccessPolicies").get(0).path("AccessScope").path("Type").asText()).isEqualTo("namespace");
      assertThat(entry.property("AccessPolicies").get(0).path("AccessScope").path("Namespaces").toString())
          .isEqualTo("[\"orders\",\"billing\"]");
    }

    @Test
    void onlyThePlatformRoleIsClusterAdminBesideTheNamedAdmins(SynthesizedApp app) {
      List<Resource> admins = app.stack(PROD).resourcesOfType("AWS::EKS::AccessEntry").stream()
          .filter(e -> e.property("AccessPolicies").toString().contains("AmazonEKSClusterAdminPolicy")).toList();
      assertThat(admins).hasSize(2);
      assertThat(app).stack(PROD).resourcesOfType("AWS::EKS::AccessEntry")
          .anyHasProperty("PrincipalArn", "arn:aws:iam::333333333333:role/platform-admin");
    }

    @Test
    void theBuildsReachTheEndpointOn443FromTheirOwnGroup(SynthesizedApp app) {
      assertThat(app).stack(PROD).ingressRules()
          .ofSecurityGroup("prod/platform/Cluster/ControlPlaneSecurityGroup")
          .fromSecurityGroup("prod/platform/Workloads/SecurityGroup").allowingPort(443).hasSize(1);
      assertThat(app).stack(PROD).ingressRules()
          .ofSecurityGroup("prod/platform/Workloads/SecurityGroup").isEmpty();
    }

    @Test
    void thePipelineAccountMayOnlyStartTheseTwoProjects(SynthesizedApp app) {
      assertThat(app).stack(PROD).resource("prod/platform/Workloads/ActionRole")
          .hasProperty("RoleName", "shop-prod-platform-Workloads-start")
          .hasPropertySatisfying("AssumeRolePolicyDocument", doc -> assertThat(doc.toString()).contains(DELIVERY_ACCOUNT));
      assertThat(app).stack(PROD).iamStatements().ofRole("prod/platform/Workloads/ActionRole")
          .allowing("codebuild:StartBuild")
          .onResourceReferencing("prod/platform/Workloads/PlatformProject")
          .onResourceReferencing("prod/platform/Workloads/DeployProject");
      assertThat(app).stack(PROD).iamStatements().ofRole("prod/platform/Workloads/DeployRole")
          .doesNotAllow("eks:*").allowing("eks:DescribeCluster").onResourceReferencing("prod/platform/Cluster/Cluster");
    }
  }

  @Nested
  class Builds {
    @Test
    void downloadPinnedToolsAndCheckTheirChecksums(SynthesizedApp app) throws Exception {
      List<String> install = commands(buildspec(app, DEPLOY_PROJECT), "install");
      assertThat(install).contains(
          "curl -fsSL --retry 3 -o /tmp/kubectl https://dl.k8s.io/release/v1.33.8/bin/linux/amd64/kubectl",
          "echo \"7f9c3faab7c9f9cc3f318d49eb88efc60eb3b3a7ce9eee5feb39b1280e108a29  /tmp/kubectl\" | sha256sum --check --strict",
          "curl -fsSL --retry 3 -o /tmp/helm.tar.gz https://get.helm.sh/helm-v3.18.4-linux-amd64.tar.gz",
          "echo \"f8180838c23d7c7d797b208861fecb591d9ce1690d8704ed1e4cb8e2add966c1  /tmp/helm.tar.gz\" | sha256sum --check --strict");
      assertThat(install.indexOf("install -m 0755 /tmp/kubectl /usr/local/bin/kubectl"))
          .isGreaterThan(install.indexOf(install.stream().filter(c -> c.contains("/tmp/kubectl\" | sha256sum")).findFirst()
              .orElseThrow()));
      assertThat(commands(buildspec(app, PLATFORM_PROJECT), "install")).noneMatch(c -> c.contains("helm"));
    }

    @Test
    void applyTheRepositorysWorkloadsIntoTheirNamespaces(SynthesizedApp app) throws Exception {
      assertThat(commands(buildspec(app, DEPLOY_PROJECT), "pre_build"))
          .containsExactly("aws eks update-kubeconfig --name \"$CLUSTER_NAME\" --region \"$AWS_REGION\"");
      assertThat(commands(buildspec(app, DEPLOY_PROJECT), "build")).containsExactly(
          "kubectl apply --namespace orders --recursive -f k8s/orders",
          "if kubectl get deployments --namespace orders -o name | grep -q .; then kubectl wait"
              + " --for=condition=Available deployment --all --namespace orders --timeout=10m; fi",
          "helm upgrade --install billing charts/billing --namespace billing --atomic --wait --timeout 10m"
              + " --values charts/billing/prod.yaml");
      assertThat(project(app, DEPLOY_PROJECT).property("ServiceRole").toString()).contains("DeployRole");
      assertThat(variable(project(app, DEPLOY_PROJECT), "CLUSTER_NAME").path("Value").asText())
          .isEqualTo("shop-prod-platform-Cluster");
    }

    @Test
    void createRestrictedDefaultDenyNamespacesFromTheManifestGroundworkWrites(SynthesizedApp app) throws Exception {
      assertThat(commands(buildspec(app, PLATFORM_PROJECT), "build"))
          .containsExactly("printf '%s' \"$GROUNDWORK_NAMESPACES\" > /tmp/groundwork-namespaces.json",
              "kubectl apply -f /tmp/groundwork-namespaces.json");
      JsonNode list = new ObjectMapper().readTree(
          variable(project(app, PLATFORM_PROJECT), "GROUNDWORK_NAMESPACES").path("Value").asText());
      assertThat(list.path("kind").asText()).isEqualTo("List");
      List<String> kinds = new ArrayList<>();
      list.path("items").forEach(item -> kinds.add(item.path("kind").asText() + "/" + item.path("metadata").path("name").asText()));
      assertThat(kinds).containsExactly("ConfigMap/amazon-vpc-cni", "Namespace/orders", "NetworkPolicy/default-deny",
          "NetworkPolicy/allow-dns-egress", "Namespace/billing", "NetworkPolicy/default-deny",
          "NetworkPolicy/allow-dns-egress");
      JsonNode orders = list.path("items").get(1);
      assertThat(orders.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").asText())
          .isEqualTo("restricted");
      JsonNode deny = list.path("items").get(2);
      assertThat(deny.path("metadata").path("namespace").asText()).isEqualTo("orders");
      assertThat(deny.path("spec").path("podSelector").size()).isZero();
      assertThat(deny.path("spec").path("policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
      assertThat(deny.path("spec").has("ingress")).isFalse();
      assertThat(deny.path("spec").has("egress")).isFalse();
      assertThat(list.path("items").get(3).path("spec").path("egress").toString())
          .isEqualTo("[{\"ports\":[{\"protocol\":\"UDP\",\"port\":53},{\"protocol\":\"TCP\",\"port\":53}]}]");
      assertThat(list.path("items").get(0).path("data").path("enable-network-policy-controller").asText()).isEqualTo("true");
    }

    @Test
    void runInTheClustersPrivateSubnetsWithoutPrivilegedMode(SynthesizedApp app) {
      for (String name : List.of(PLATFORM_PROJECT, DEPLOY_PROJECT)) {
        Resource project = project(app, name);
        assertThat(project.property("Environment").path("PrivilegedMode").asBoolean()).isFalse();
        assertThat(project.property("Environment").path("Image").asText())
            .isEqualTo("aws/codebuild/amazonlinux-x86_64-standard:5.0");
        assertThat(project.property("VpcConfig").path("Subnets").size()).isEqualTo(3);
      }
    }
  }
}
