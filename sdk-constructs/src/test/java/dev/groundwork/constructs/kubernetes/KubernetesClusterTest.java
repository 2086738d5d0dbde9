package dev.groundwork.constructs.kubernetes;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.testing.SynthesisExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;

/**
 * One synthesis: a default cluster in dev, an Auto Mode cluster with admins, an admin network, an
 * admin host and a deployer's namespace entry in prod, a node-group cluster in prod, and a
 * customised node-group cluster in staging.
 */
class KubernetesClusterTest {
  private static final String DEV = "test-dev-kubernetes";
  private static final String PROD = "test-prod-kubernetes";
  private static final String PROD_NODES = "test-prod-nodes";
  private static final String CUSTOM = "test-staging-kubernetes";
  private static final String ADMIN = "arn:aws:iam::333333333333:role/platform-admin";
  private static final String DEPLOYER = "arn:aws:iam::333333333333:role/orders-deployer";
  private static final String CLUSTER = "AWS::EKS::Cluster";
  private static final String NODEGROUP = "AWS::EKS::Nodegroup";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("kubernetes");
      if (env.name().equals("dev")) {
        new KubernetesCluster(stack, "Cluster",
            KubernetesClusterProps.of(TestNetworks.importedVpc(stack), KubernetesVersion.V1_33));
        continue;
      }
      if (env.name().equals("prod")) {
        Role operators = Role.Builder.create(stack, "Operators").assumedBy(new AccountRootPrincipal()).build();
        KubernetesCluster prod = new KubernetesCluster(stack, "Cluster", KubernetesClusterProps.builder()
            .vpc(TestNetworks.importedVpc(stack))
            .version(KubernetesVersion.V1_33)
            .addAdminRoleArns(ADMIN)
            .addAdminRoles(operators)
            .addAdminNetworks(Cidr.of("172.16.0.0/16"))
            .adminHost(true)
            .build());
        prod.grantNamespaceEdit("Deployer", DEPLOYER, List.of("orders"));
        Stack nodes = env.addStack("nodes");
        new KubernetesCluster(nodes, "Cluster", KubernetesClusterProps.builder()
            .vpc(TestNetworks.importedVpc(nodes))
            .version(KubernetesVersion.V1_33)
            .compute(ComputeMode.NODE_GROUPS)
            .addAdminRoleArns(ADMIN)
            .addAdminPrefixListIds("pl-0123456789abcdef0")
            .build());
        continue;
      }
      KubernetesCluster cluster = new KubernetesCluster(stack, "Cluster", KubernetesClusterProps.builder()
          .vpc(TestNetworks.importedVpc(stack))
          .version(KubernetesVersion.of("1.32"))
          .compute(ComputeMode.NODE_GROUPS)
          .publicEndpoint(true)
          .addPublicAccessCidrs(Cidr.of("203.0.113.0/24"))
          .addAdminRoleArns("arn:aws:iam::222222222222:role/platform-admin")
          .nodeGroup(NodeGroupOptions.builder().minSize(1).maxSize(6).build())
          .build());
      cluster.addNodeGroup("Graviton", NodeGroupOptions.builder()
          .amiType(NodeAmiType.AL2023_ARM_64)
          .addInstanceTypes("m7g.xlarge")
          .putLabels("workload", "batch")
          .build());
      cluster.grantPodIdentity("OrdersApi", new ServiceAccountName("orders", "api"),
          ManagedPolicy.fromAwsManagedPolicyName("AmazonSQSReadOnlyAccess"));
      cluster.addFargateProfile("Jobs", List.of("jobs"));
    }
    return app;
  });

  @Nested
  class ControlPlane {
    @Test
    void endpointIsPrivateByDefault(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType(CLUSTER).singleResource()
          .hasProperty("ResourcesVpcConfig.EndpointPrivateAccess", true)
          .hasProperty("ResourcesVpcConfig.EndpointPublicAccess", false)
          .doesNotHaveProperty("ResourcesVpcConfig.PublicAccessCidrs")
          .hasProperty("ResourcesVpcConfig.SubnetIds", List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"));
    }

    @Test
    void publicEndpointAnswersOnlyTheAllowList(SynthesizedApp app) {
      assertThat(app).stack(CUSTOM).resourcesOfType(CLUSTER).singleResource()
          .hasProperty("ResourcesVpcConfig.EndpointPrivateAccess", true)
          .hasProperty("ResourcesVpcConfig.EndpointPublicAccess", true)
          .hasProperty("ResourcesVpcConfig.PublicAccessCidrs", List.of("203.0.113.0/24"))
          .hasProperty("Version", "1.32");
    }

    @Test
    void envelopeEncryptsSecretsWithTheStacksSharedSecretsKey(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType(CLUSTER).singleResource()
          .hasProperty("EncryptionConfig[0].Resources", List.of("secrets"))
          .referencesAt("EncryptionConfig[0].Provider.KeyArn", "prod/kubernetes/SecretsKey/Key");
      assertThat(app).stack(PROD).resource("prod/kubernetes/SecretsKey/Key")
          .hasProperty("EnableKeyRotation", true)
          .hasPropertySatisfying("KeyPolicy", policy -> assertThat(policy.toString())
              .contains("OnlyAwsServicesCreateGrants", "kms:GrantIsForAWSResource").doesNotContain("kms:*"))
          .isRetained();
      assertThat(app).stack(PROD).resourcesOfType("AWS::KMS::Alias")
          .anyHasProperty("AliasName", "alias/test/prod/kubernetes/secrets");
    }

    @Test
    void logsEveryControlPlaneTypeWithTheTiersRetention(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType(CLUSTER).singleResource()
          .hasProperty("Logging.ClusterLogging.EnabledTypes", List.of(Map.of("Type", "api"),
              Map.of("Type", "audit"), Map.of("Type", "authenticator"), Map.of("Type", "controllerManager"),
              Map.of("Type", "scheduler")))
          .hasProperty("Name", "test-prod-kubernetes-Cluster")
          .dependsOn("prod/kubernetes/Cluster/ControlPlaneLogs/LogGroup");
      assertThat(app).stack(PROD).resourcesOfType("AWS::Logs::LogGroup").singleResource()
          .hasProperty("LogGroupName", "/aws/eks/test-prod-kubernetes-Cluster/cluster")
          .hasProperty("RetentionInDays", 365)
          .referencesAt("KmsKeyId", "LogsKeyFE4C4A83")
          .isRetained();
      assertThat(app).stack(DEV).resourcesOfType("AWS::Logs::LogGroup").singleResource()
          .hasProperty("RetentionInDays", 30);
    }

    @Test
    void authenticatesThroughAccessEntriesOnlyWithNoCreatorAdmin(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType(CLUSTER).singleResource()
          .hasProperty("AccessConfig.AuthenticationMode", "API")
          .hasProperty("AccessConfig.BootstrapClusterCreatorAdminPermissions", false);
      assertThat(app).stack(DEV).doesNotHaveResource("AWS::EKS::AccessEntry");
      assertThat(app).stack(CUSTOM).resourcesOfType("AWS::EKS::AccessEntry").singleResource()
          .hasProperty("PrincipalArn", "arn:aws:iam::222222222222:role/platform-admin")
          .hasPropertySatisfying("AccessPolicies", policies -> assertThat(policies.toString())
              .contains("AmazonEKSClusterAdminPolicy"));
    }

    @Test
    void keepsTheLogicalIdsOfItsKeysAndLogGroup(SynthesizedApp app) {
      assertThat(app.stack(PROD).resourcesOfType("AWS::KMS::Key")).extracting(Resource::logicalId)
          .containsExactlyInAnyOrder("SecretsKey0D2EC683", "LogsKeyFE4C4A83");
      assertThat(app.stack(PROD).resourcesOfType("AWS::Logs::LogGroup")).extracting(Resource::logicalId)
          .containsExactly("ClusterControlPlaneLogsLogGroupE1AB4120");
      assertThat(app).stack(PROD).resourcesOfType("AWS::KMS::Key").hasSize(2).areAllRetained()
          .allHaveProperty("EnableKeyRotation", true);
    }

    @Test
    void needsNoKubectlLambdaOrCustomResource(SynthesizedApp app) {
      for (String stack : List.of(DEV, CUSTOM, PROD, PROD_NODES)) {
        assertThat(app).stack(stack).doesNotHaveResource("AWS::Lambda::Function");
        assertThat(app.stack(stack).resources()).extracting(Resource::type)
            .noneMatch(type -> type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource"));
      }
    }
  }

  /** Who may use the API server: named admins cluster-wide, a deployer in its namespaces only. */
  @Nested
  class Access {
    @Test
    void givesEveryNamedAdminRoleTheClusterAdminPolicyClusterWide(SynthesizedApp app) {
      List<Resource> admins = app.stack(PROD).resourcesOfType("AWS::EKS::AccessEntry").stream()
          .filter(entry -> entry.property("AccessPolicies").toString().contains("AmazonEKSClusterAdminPolicy"))
          .toList();
      assertThat(admins).hasSize(2);
      assertThat(admins).allSatisfy(entry -> assertThat(entry.property("AccessPolicies").get(0)
          .path("AccessScope").path("Type").asText()).isEqualTo("cluster"));
      assertThat(app).stack(PROD).resourcesOfType("AWS::EKS::AccessEntry")
          .anyHasProperty("PrincipalArn", ADMIN);
      assertThat(app).stack(PROD).resource("prod/kubernetes/Cluster/Cluster/Admin2")
          .referencesAt("PrincipalArn", "prod/kubernetes/Operators");
    }

    @Test
    void scopesADeployerToItsNamespacesWithTheEditPolicy(SynthesizedApp app) {
      Resource deployer = app.stack(PROD).resourcesOfType("AWS::EKS::AccessEntry").stream()
          .filter(entry -> entry.property("PrincipalArn").asText().equals(DEPLOYER)).findFirst().orElseThrow();
      assertThat(deployer.property("AccessPolicies")).hasSize(1);
      assertThat(deployer.property("AccessPolicies").get(0).path("PolicyArn").toString())
          .contains("cluster-access-policy/AmazonEKSEditPolicy");
      assertThat(deployer.property("AccessPolicies").get(0).path("AccessScope").path("Type").asText())
          .isEqualTo("namespace");
      assertThat(deployer.property("AccessPolicies").get(0).path("AccessScope").path("Namespaces").toString())
          .isEqualTo("[\"orders\"]");
    }
  }

  /** From where the private endpoint answers: the control plane's own group, port 443 only. */
  @Nested
  class Reachability {
    private static final String CONTROL_PLANE = "prod/kubernetes/Cluster/Cluster/ControlPlaneSecurityGroup";

    @Test
    void admitsTheAdminNetworkAndTheAdminHostOn443Only(SynthesizedApp app) {
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup(CONTROL_PLANE).hasSize(2)
          .noneOpenToTheWorld();
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup(CONTROL_PLANE)
          .fromCidr("172.16.0.0/16").allowingPort(443).doNotAllowPort(80).doNotAllowPort(10250);
      assertThat(app).stack(PROD).ingressRules().ofSecurityGroup(CONTROL_PLANE)
          .fromSecurityGroup("prod/kubernetes/Cluster/Access/AdminHost/SecurityGroup").allowingPort(443)
          .doNotAllowPort(22);
    }

    @Test
    void admitsAnAdminPrefixList(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).ingressRules()
          .ofSecurityGroup("prod/nodes/Cluster/Cluster/ControlPlaneSecurityGroup")
          .fromPrefixList("pl-0123456789abcdef0").allowingPort(443).hasSize(1);
    }

    @Test
    void leavesTheEndpointClosedWithoutAnAdminNetwork(SynthesizedApp app) {
      assertThat(app).stack(DEV).ingressRules()
          .ofSecurityGroup("dev/kubernetes/Cluster/Cluster/ControlPlaneSecurityGroup").isEmpty();
    }

    @Test
    void runsTheAdminHostPrivateWithSessionManagerOnly(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::EC2::Instance").singleResource()
          .hasProperty("Monitoring", true)
          .hasProperty("NetworkInterfaces[0].AssociatePublicIpAddress", false)
          .hasProperty("BlockDeviceMappings[0].Ebs.Encrypted", true)
          .doesNotHaveProperty("KeyName");
      assertThat(app).stack(PROD).resourcesOfType("AWS::EC2::LaunchTemplate").singleResource()
          .hasProperty("LaunchTemplateData.MetadataOptions.HttpTokens", "required")
          // AWS Control Tower's CT.EC2.PR.10; the name CDK's own IMDSv2 template would have.
          .hasProperty("LaunchTemplateData.Monitoring.Enabled", true)
          .hasPropertySatisfying("LaunchTemplateName", name -> assertThat(name.toString())
              .startsWith("prodkubernetesClusterAccessAdminHostInstanceLaunchTemplate"));
      // AWS Control Tower's CT.EC2.PR.19 in PROD: a Nitro type that encrypts traffic between instances.
      assertThat(app).stack(PROD).resourcesOfType("AWS::EC2::Instance").singleResource()
          .hasProperty("InstanceType", "m6i.large")
          .hasPropertySatisfying("LaunchTemplate.LaunchTemplateName", name -> assertThat(name.toString())
              .startsWith("prodkubernetesClusterAccessAdminHostInstanceLaunchTemplate"))
          .hasPropertySatisfying("ImageId", image -> assertThat(image.toString()).contains("x8664"));
      assertThat(app).stack(PROD).resource("prod/kubernetes/Cluster/Access/AdminHost/Instance/InstanceRole")
          .hasPropertySatisfying("ManagedPolicyArns", arns -> assertThat(arns.toString())
              .contains("AmazonSSMManagedInstanceCore").doesNotContain("EKS").doesNotContain("Admin"));
      assertThat(app).stack(PROD).ingressRules()
          .ofSecurityGroup("prod/kubernetes/Cluster/Access/AdminHost/SecurityGroup").isEmpty();
    }
  }

  /** Nodes for pending pods: EKS Auto Mode unless node groups are chosen. */
  @Nested
  class Capacity {
    @Test
    void runsOnEksAutoModeByDefault(SynthesizedApp app) {
      for (String stack : List.of(DEV, PROD)) {
        assertThat(app).stack(stack).resourcesOfType(CLUSTER).singleResource()
            .hasProperty("ComputeConfig.Enabled", true)
            .hasProperty("ComputeConfig.NodePools", List.of("system", "general-purpose"))
            .referencesAt("ComputeConfig.NodeRoleArn", stack.equals(DEV)
                ? "dev/kubernetes/Cluster/AutoModeNodes/Role" : "prod/kubernetes/Cluster/AutoModeNodes/Role")
            .hasProperty("StorageConfig.BlockStorage.Enabled", true)
            .hasProperty("KubernetesNetworkConfig.ElasticLoadBalancing.Enabled", true);
        assertThat(app).stack(stack).doesNotHaveResource(NODEGROUP);
      }
      assertThat(app).stack(DEV).doesNotHaveResource("AWS::EC2::LaunchTemplate");
    }

    @Test
    void givesAutoModeNodesTheMinimalPoliciesAndTheClusterRoleAutoModes(SynthesizedApp app) {
      assertThat(app).stack(PROD).resource("prod/kubernetes/Cluster/AutoModeNodes/Role")
          .hasPropertySatisfying("ManagedPolicyArns", arns -> assertThat(arns.toString())
              .contains("AmazonEKSWorkerNodeMinimalPolicy", "AmazonEC2ContainerRegistryPullOnly")
              .doesNotContain("AmazonEKS_CNI_Policy"));
      assertThat(app).stack(PROD).resource("prod/kubernetes/Cluster/Cluster/Role")
          .hasPropertySatisfying("ManagedPolicyArns", arns -> assertThat(arns.toString())
              .contains("AmazonEKSComputePolicy", "AmazonEKSBlockStoragePolicy", "AmazonEKSLoadBalancingPolicy",
                  "AmazonEKSNetworkingPolicy"));
    }

    @Test
    void keepsNodeGroupsWhereChosen(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).resourcesOfType(CLUSTER).singleResource()
          .hasProperty("ComputeConfig.Enabled", false);
      assertThat(app).stack(PROD_NODES).resourcesOfType(NODEGROUP).singleResource()
          .hasProperty("ScalingConfig", Map.of("MinSize", 3, "DesiredSize", 3, "MaxSize", 10));
    }
  }

  @Nested
  class NodeGroups {
    @Test
    void runInPrivateSubnetsWithPinnedImageAndVersion(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).resourcesOfType(NODEGROUP).singleResource()
          .hasProperty("Subnets", List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
          .hasProperty("AmiType", "AL2023_x86_64_STANDARD")
          .hasProperty("Version", "1.33")
          .referencesAt("LaunchTemplate.Id", "prod/nodes/Cluster/Nodes/Template/LaunchTemplate");
    }

    @Test
    void requireImdsv2WithHopLimitOneAndEncryptedVolumes(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).resourcesOfType("AWS::EC2::LaunchTemplate").singleResource()
          .hasProperty("LaunchTemplateData.MetadataOptions.HttpTokens", "required")
          .hasProperty("LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit", 1)
          .hasProperty("LaunchTemplateData.BlockDeviceMappings[0].Ebs.Encrypted", true)
          .hasProperty("LaunchTemplateData.BlockDeviceMappings[0].Ebs.VolumeType", "gp3")
          .hasProperty("LaunchTemplateData.BlockDeviceMappings[0].Ebs.VolumeSize", 50)
          .doesNotHaveProperty("LaunchTemplateData.ImageId");
      assertThat(app).stack(CUSTOM).resourcesOfType("AWS::EC2::LaunchTemplate").hasSize(2)
          .allHaveProperty("LaunchTemplateData.MetadataOptions.HttpTokens", "required")
          .allHaveProperty("LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit", 1);
    }

    @Test
    void sizeByTierWithSpotInDevOnly(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).resourcesOfType(NODEGROUP).singleResource()
          .hasProperty("CapacityType", "ON_DEMAND")
          .hasProperty("InstanceTypes", List.of("m6i.large"))
          .hasProperty("ScalingConfig", Map.of("MinSize", 3, "DesiredSize", 3, "MaxSize", 10));
      assertThat(KubernetesClusterDefaults.nodeGroup(NodeGroupOptions.defaults(), dev.groundwork.core.Tier.DEV))
          .extracting(NodeGroupSettings::spot, NodeGroupSettings::minSize, NodeGroupSettings::maxSize)
          .containsExactly(true, 1, 3);
    }

    @Test
    void addedGroupsKeepTheHardeningAndTakeTheirOwnImage(SynthesizedApp app) {
      assertThat(app).stack(CUSTOM).resource("staging/kubernetes/Cluster/Graviton/Nodegroup")
          .hasProperty("AmiType", "AL2023_ARM_64_STANDARD")
          .hasProperty("InstanceTypes", List.of("m7g.xlarge"))
          .hasProperty("Labels", Map.of("workload", "batch"))
          .hasProperty("Version", "1.32")
          .hasProperty("ScalingConfig", Map.of("MinSize", 2, "DesiredSize", 2, "MaxSize", 4));
      assertThat(app).stack(CUSTOM).resource("staging/kubernetes/Cluster/Nodes/Nodegroup")
          .hasProperty("ScalingConfig", Map.of("MinSize", 1, "DesiredSize", 1, "MaxSize", 6));
    }
  }

  @Nested
  class Fargate {
    @Test
    void profilesRunTheirNamespacesInPrivateSubnets(SynthesizedApp app) {
      assertThat(app).stack(CUSTOM).resourcesOfType("AWS::EKS::FargateProfile").singleResource()
          .hasProperty("Selectors", List.of(Map.of("Namespace", "jobs", "Labels", List.of())))
          .hasProperty("Subnets", List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
          .referencesAt("ClusterName", "staging/kubernetes/Cluster/Cluster");
    }
  }

  @Nested
  class Tags {
    @Test
    void tagsTheReadyBarrierParameterCdkLeavesUntagged(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::SSM::Parameter").singleResource()
          .hasProperty("Tags", Map.of("cost-center", "cc-0001", "environment", "prod", "team", "platform"));
    }
  }

  @Nested
  class AddonsAndIdentity {
    @Test
    void installsEveryAddonAtItsPinnedVersionWithNodeGroups(SynthesizedApp app) {
      for (ClusterAddon addon : ClusterAddon.values()) {
        assertThat(app).stack(PROD_NODES).resourcesOfType("AWS::EKS::Addon")
            .filteredOn(addon.addonName(), r -> r.property("AddonName").asText().equals(addon.addonName()))
            .singleResource()
            .hasProperty("AddonVersion", AddonVersions.of(addon, KubernetesVersion.V1_33))
            .referencesAt("ClusterName", "prod/nodes/Cluster/Cluster");
      }
      assertThat(app).stack(CUSTOM).resourcesOfType("AWS::EKS::Addon")
          .anyHasProperty("AddonVersion", "v1.32.6-eksbuild.12");
    }

    @Test
    void installsOnlyContainerInsightsOnAutoMode(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::EKS::Addon").singleResource()
          .hasProperty("AddonName", "amazon-cloudwatch-observability");
      assertThat(app).stack(PROD).resourcesOfType("AWS::EKS::PodIdentityAssociation").singleResource()
          .hasProperty("ServiceAccount", "cloudwatch-agent");
    }

    @Test
    void enforcesNetworkPoliciesThroughTheVpcCni(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).resourcesOfType("AWS::EKS::Addon")
          .filteredOn("vpc-cni", r -> r.property("AddonName").asText().equals("vpc-cni")).singleResource()
          .hasProperty("ConfigurationValues", "{\"enableNetworkPolicy\":\"true\"}");
    }

    @Test
    void givesTheEbsDriverAndCloudWatchAgentTheirRolesThroughPodIdentity(SynthesizedApp app) {
      assertThat(app).stack(PROD_NODES).resourcesOfType("AWS::EKS::PodIdentityAssociation").hasSize(2)
          .anyHasProperty("ServiceAccount", "ebs-csi-controller-sa")
          .anyHasProperty("ServiceAccount", "cloudwatch-agent");
    }

    @Test
    void grantsOneServiceAccountOnePolicy(SynthesizedApp app) {
      assertThat(app).stack(CUSTOM).resource("staging/kubernetes/Cluster/OrdersApi/Association")
          .hasProperty("Namespace", "orders")
          .hasProperty("ServiceAccount", "api")
          .referencesAt("RoleArn", "staging/kubernetes/Cluster/OrdersApi/Role");
      assertThat(app).stack(CUSTOM).resource("staging/kubernetes/Cluster/OrdersApi/Role")
          .hasPropertySatisfying("ManagedPolicyArns", arns -> assertThat(arns.toString())
              .contains("AmazonSQSReadOnlyAccess").doesNotContain("Admin"))
          .hasPropertySatisfying("AssumeRolePolicyDocument.Statement", statements -> assertThat(statements.toString())
              .contains("pods.eks.amazonaws.com").contains("sts:AssumeRole").contains("sts:TagSession"));
    }
  }
}
