package dev.groundwork.constructs.faults;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.rds.IDatabaseCluster;

/**
 * The IAM statements an experiment role needs for each FIS action, written out rather than
 * taken from AWS's {@code AWSFaultInjectionSimulator*Access} managed policies, which allow every
 * cluster, task, network ACL and subnet of the account: here each mutating action is limited to
 * the experiment's own targets. The actions are those the FIS actions reference lists for each
 * action; reads that IAM cannot scope to a resource ({@code ec2:Describe*}, {@code ecs:ListTasks},
 * {@code tag:GetResources}, {@code logs:CreateLogDelivery}) are on {@code *}.
 */
final class ExperimentPermissions {
  /** The tag FIS puts on the network ACL it creates for a disruption, and requires on the ones it changes. */
  private static final String FIS_TAG = "managedByFIS";

  private ExperimentPermissions() {}

  /** {@code aws:ecs:stop-task} on the tasks of {@code cluster}: list them, describe and stop them. */
  static List<PolicyStatement> stopTasks(Stack stack, ICluster cluster) {
    String tasks = stack.formatArn(ArnComponents.builder().service("ecs").resource("task")
        .resourceName(cluster.getClusterName() + "/*").arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build());
    return List.of(
        statement("StopTheClustersTasks", List.of("ecs:DescribeTasks", "ecs:StopTask"), List.of(tasks), Map.of()),
        statement("FindTasks", List.of("ecs:ListTasks"), List.of("*"), Map.of()));
  }

  /** {@code aws:rds:failover-db-cluster} on {@code database} alone. */
  static List<PolicyStatement> failOver(IDatabaseCluster database) {
    return List.of(
        statement("FailOverTheCluster", List.of("rds:DescribeDBClusters", "rds:FailoverDBCluster"),
            List.of(database.getClusterArn()), Map.of()),
        statement("ResolveTargets", List.of("tag:GetResources"), List.of("*"), Map.of()));
  }

  /**
   * {@code aws:network:disrupt-connectivity} on {@code subnets} of {@code vpc}: FIS creates a
   * network ACL tagged {@value #FIS_TAG} that denies all traffic, swaps it onto the subnets, and
   * when the duration ends swaps the original back and deletes its own.
   */
  static List<PolicyStatement> disruptSubnets(Stack stack, IVpc vpc, List<ISubnet> subnets) {
    String acls = ec2(stack, "network-acl", "*");
    List<String> swapped = new ArrayList<>();
    subnets.forEach(subnet -> swapped.add(ec2(stack, "subnet", subnet.getSubnetId())));
    swapped.add(acls);
    Map<String, Object> requestTag = ImmutableMap.of("StringEquals", ImmutableMap.of("aws:RequestTag/" + FIS_TAG, "true"));
    return List.of(
        statement("CreateAclInTheVpc", List.of("ec2:CreateNetworkAcl"), List.of(ec2(stack, "vpc", vpc.getVpcId())),
            Map.of()),
        statement("CreateOnlyTaggedAcls", List.of("ec2:CreateNetworkAcl"), List.of(acls), requestTag),
        statement("TagTheNewAcl", List.of("ec2:CreateTags"), List.of(acls), ImmutableMap.of("StringEquals",
            ImmutableMap.of("ec2:CreateAction", "CreateNetworkAcl", "aws:RequestTag/" + FIS_TAG, "true"))),
        statement("ChangeOnlyFisAcls", List.of("ec2:CreateNetworkAclEntry", "ec2:DeleteNetworkAcl"), List.of(acls),
            ImmutableMap.of("StringEquals", ImmutableMap.of("ec2:ResourceTag/" + FIS_TAG, "true"))),
        statement("SwapTheServicesSubnets", List.of("ec2:ReplaceNetworkAclAssociation"), swapped, Map.of()),
        statement("ReadTheNetwork", List.of("ec2:DescribeManagedPrefixLists", "ec2:DescribeNetworkAcls",
            "ec2:DescribeSubnets", "ec2:DescribeVpcs"), List.of("*"), Map.of()),
        statement("ReadPrefixLists", List.of("ec2:GetManagedPrefixListEntries"),
            List.of(stack.formatArn(ArnComponents.builder().service("ec2").account("*").resource("prefix-list")
                .resourceName("*").build())), Map.of()));
  }

  /**
   * Delivery of the experiment's log to CloudWatch Logs (vended logs): the delivery itself, which
   * IAM cannot scope, and the log group resource policy that lets it write, in this account and
   * region only.
   */
  static List<PolicyStatement> logDelivery(Stack stack) {
    String logs = stack.formatArn(ArnComponents.builder().service("logs").resource("*").build());
    return List.of(
        statement("DeliverTheLog", List.of("logs:CreateLogDelivery"), List.of("*"), Map.of()),
        statement("LetTheLogGroupReceiveIt", List.of("logs:DescribeLogGroups", "logs:DescribeResourcePolicies",
            "logs:PutResourcePolicy"), List.of(logs), Map.of()));
  }

  private static String ec2(Stack stack, String resource, String name) {
    return stack.formatArn(ArnComponents.builder().service("ec2").resource(resource).resourceName(name).build());
  }

  private static PolicyStatement statement(String sid, List<String> actions, List<String> resources,
      Map<String, Object> conditions) {
    PolicyStatement.Builder builder = PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources);
    if (!conditions.isEmpty()) {
      builder.conditions(conditions);
    }
    return builder.build();
  }
}
