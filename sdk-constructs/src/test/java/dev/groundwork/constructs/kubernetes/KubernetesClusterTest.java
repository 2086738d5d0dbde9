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
import software.amazon.awscdk.services.iam.ManagedPolicy;

/** One synthesis: a default cluster per tier, and a customised one in staging. */
class KubernetesClusterTest {
  private static final String DEV = "test-dev-kubernetes";
  private static final String PROD = "test-prod-kubernetes";
  private static final String CUSTOM = "test-staging-kubernetes";
  private static final String CLUSTER = "AWS::EKS::Cluster";
  private static final String NODEGROUP = "AWS::EKS::Nodegroup";

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("kubernetes");
      if (!env.name().equals("staging")) {
        new KubernetesCluster(stack, "Cluster",
            KubernetesClusterProps.of(TestNetworks.importedVpc(stack), KubernetesVersion.V1_33));
        continue;
      }
      KubernetesCluster cluster = new KubernetesCluster(stack, "Cluster", KubernetesClusterProps.builder()
          .vpc(TestNetworks.importedVpc(stack))
          .version(KubernetesVersion.of("1.32"))
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
      assertThat(app).stack(PROD).doesNotHaveResource("AWS::EKS::AccessEntry");
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
      for (String stack : List.of(DEV, CUSTOM, PROD)) {
        assertThat(app).stack(stack).doesNotHaveResource("AWS::Lambda::Function");
        assertThat(app.stack(stack).resources()).extracting(Resource::type)
            .noneMatch(type -> type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource"));
      }
    }
  }

  @Nested
  class NodeGroups {
    @Test
    void runInPrivateSubnetsWithPinnedImageAndVersion(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType(NODEGROUP).singleResource()
          .hasProperty("Subnets", List.of("subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"))
          .hasProperty("AmiType", "AL2023_x86_64_STANDARD")
          .hasProperty("Version", "1.33")
          .referencesAt("LaunchTemplate.Id", "prod/kubernetes/Cluster/Nodes/Template/LaunchTemplate");
    }

    @Test
    void requireImdsv2WithHopLimitOneAndEncryptedVolumes(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::EC2::LaunchTemplate").singleResource()
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
      assertThat(app).stack(PROD).resourcesOfType(NODEGROUP).singleResource()
          .hasProperty("CapacityType", "ON_DEMAND")
          .hasProperty("InstanceTypes", List.of("m6i.large"))
          .hasProperty("ScalingConfig", Map.of("MinSize", 3, "DesiredSize", 3, "MaxSize", 10));
      assertThat(app).stack(DEV).resourcesOfType(NODEGROUP).singleResource()
          .hasProperty("CapacityType", "SPOT")
          .hasProperty("InstanceTypes", List.of("m6i.large", "m5.large", "m6a.large"))
          .hasProperty("ScalingConfig", Map.of("MinSize", 1, "DesiredSize", 1, "MaxSize", 3));
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
    void installsEveryAddonAtItsPinnedVersion(SynthesizedApp app) {
      for (ClusterAddon addon : ClusterAddon.values()) {
        assertThat(app).stack(PROD).resourcesOfType("AWS::EKS::Addon")
            .filteredOn(addon.addonName(), r -> r.property("AddonName").asText().equals(addon.addonName()))
            .singleResource()
            .hasProperty("AddonVersion", AddonVersions.of(addon, KubernetesVersion.V1_33))
            .referencesAt("ClusterName", "prod/kubernetes/Cluster/Cluster");
      }
      assertThat(app).stack(CUSTOM).resourcesOfType("AWS::EKS::Addon")
          .anyHasProperty("AddonVersion", "v1.32.6-eksbuild.12");
    }

    @Test
    void givesTheEbsDriverAndCloudWatchAgentTheirRolesThroughPodIdentity(SynthesizedApp app) {
      assertThat(app).stack(PROD).resourcesOfType("AWS::EKS::PodIdentityAssociation").hasSize(2)
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
