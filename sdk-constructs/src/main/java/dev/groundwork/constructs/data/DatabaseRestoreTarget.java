package dev.groundwork.constructs.data;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.rds.IDatabaseCluster;
import software.constructs.Construct;

/**
 * An Aurora cluster under restore test: restored from its latest AWS Backup recovery point (an
 * RDS cluster snapshot {@code awsbackup:job-…}, encrypted with the cluster's key) into a cluster
 * {@code awsbackup-restore-test…} in the cluster's own isolated subnets (its subnet group), with
 * its TLS-only parameter group and a security group admitting nothing, so the copy is
 * unreachable.
 *
 * @param owner the Groundwork construct
 * @param cluster the cluster
 * @param vpc the cluster's network, where the copy's security group goes
 * @param subnetGroupName the cluster's subnet group (its isolated subnets)
 * @param parameterGroupName the cluster's parameter group
 * @param key the key encrypting the cluster and so its snapshots
 */
record DatabaseRestoreTarget(DatabaseCluster owner, IDatabaseCluster cluster, IVpc vpc, String subnetGroupName,
    String parameterGroupName, IKey key) implements RestoreTarget {

  /** AWS Backup names restored clusters with this prefix. */
  static final String RESTORED_PREFIX = "awsbackup-restore-test";

  @Override
  public String resourceType() {
    return "Aurora";
  }

  @Override
  public String resourceArn() {
    return cluster.getClusterArn();
  }

  @Override
  public Map<String, String> metadataOverrides(Construct scope) {
    SecurityGroup isolated = SecurityGroup.Builder.create(scope, "SecurityGroup")
        .vpc(vpc)
        .description("Restore tests of " + owner.getNode().getPath() + ": admits nothing, so the copy is unreachable")
        .allowAllOutbound(false)
        .build();
    return ImmutableMap.of(
        "dbSubnetGroupName", subnetGroupName,
        "dbClusterParameterGroupName", parameterGroupName,
        // List-typed overrides are JSON arrays in a string (AWS Backup: restore testing inferred metadata).
        "vpcSecurityGroupIds", "[\"" + isolated.getSecurityGroupId() + "\"]");
  }

  @Override
  public List<PolicyStatement> restorePermissions() {
    String restored = rds("cluster", RESTORED_PREFIX + "*");
    String snapshots = rds("cluster-snapshot", "awsbackup:*");
    String region = Stack.of(owner).getRegion();
    return List.of(
        PolicyStatement.Builder.create()
            .sid("RestoreTheClusterFromItsRecoveryPoints")
            .actions(List.of("rds:RestoreDBClusterFromSnapshot"))
            .resources(List.of(restored, snapshots, rds("subgrp", subnetGroupName),
                rds("cluster-pg", parameterGroupName)))
            .build(),
        PolicyStatement.Builder.create()
            .sid("TagDescribeAndDeleteRestoredCopies")
            .actions(List.of("rds:AddTagsToResource", "rds:ListTagsForResource", "rds:DescribeDBClusters",
                "rds:DeleteDBCluster"))
            .resources(List.of(restored))
            .build(),
        PolicyStatement.Builder.create()
            .sid("ReadTheRecoveryPoints")
            .actions(List.of("rds:DescribeDBClusterSnapshots", "rds:ListTagsForResource"))
            .resources(List.of(snapshots))
            .build(),
        PolicyStatement.Builder.create()
            .sid("DescribeTheClustersKey")
            .actions(List.of("kms:DescribeKey"))
            .resources(List.of(key.getKeyArn()))
            .build(),
        PolicyStatement.Builder.create()
            .sid("LetRdsUseTheClustersKey")
            .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*", "kms:CreateGrant"))
            .resources(List.of(key.getKeyArn()))
            .conditions(Map.of("StringEquals", Map.of("kms:ViaService", "rds." + region + ".amazonaws.com")))
            .build());
  }

  /** An RDS ARN of this account and region, e.g. {@code arn:aws:rds:eu-west-1:1…:cluster:name}. */
  private String rds(String resource, String name) {
    return Stack.of(owner).formatArn(ArnComponents.builder()
        .service("rds").resource(resource).resourceName(name).arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
  }
}
