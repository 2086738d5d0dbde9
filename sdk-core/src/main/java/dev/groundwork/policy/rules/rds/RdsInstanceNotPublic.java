package dev.groundwork.policy.rules.rds;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Intrinsics.Truth;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Database instances are not reachable from the internet, whether {@code PubliclyAccessible}
 * says so or RDS's default does.
 *
 * <p>CreateDBInstance documents the default when {@code PubliclyAccessible} is not given: without
 * a {@code DBSubnetGroupName} the instance goes into the region's default VPC and is public when
 * that VPC has an internet gateway (a default VPC has one); with a subnet group it is public when
 * the group's VPC has an internet gateway attached. So an instance that leaves the property out
 * is judged on that default: without a subnet group (its own or its cluster's) it is a finding;
 * with one whose subnets, VPC and gateway attachment are in the template, the attachment
 * decides; otherwise the outcome is unknown.
 */
public final class RdsInstanceNotPublic implements Rule {

  private static final String PROPERTY = "Properties.PubliclyAccessible";

  private static final RuleInfo INFO = RuleInfo.builder("GW_RDS_INSTANCE_NOT_PUBLIC")
      .title("RDS instances are not publicly accessible")
      .severity(Severity.ERROR)
      .resourceTypes(Databases.INSTANCE)
      .rationale("A publicly accessible instance gets a public DNS name and IP; one weak "
          + "password or unpatched engine away from a breach. Leaving PubliclyAccessible out is "
          + "not the same as false: without a DB subnet group RDS uses the default VPC and makes "
          + "the instance public when that VPC has an internet gateway, as default VPCs do; with "
          + "one, it is public when the group's VPC has an internet gateway.")
      .remediation("Place the database in private or isolated subnets (a DB subnet group) and set "
          + "publiclyAccessible(false) (PubliclyAccessible: false) explicitly; reach it through a "
          + "bastion, SSM or the application.")
      .controls("AWS Security Hub CSPM control reference, control RDS.2",
          Control.nist("AC-4"), Control.nist("AC-4(21)"), Control.nist("SC-7"),
          Control.nist("SC-7(11)"), Control.nist("SC-7(16)"), Control.nist("SC-7(21)"),
          Control.nist("SC-7(4)"), Control.nist("SC-7(5)"), Control.pci("1.4.4"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Truth value = Intrinsics.truth(ctx.resource().property("PubliclyAccessible"));
    return switch (value) {
      case UNKNOWN -> Evaluation.unknown(PROPERTY);
      case TRUE -> Evaluation.nonCompliant(PROPERTY, "PubliclyAccessible is true");
      case FALSE -> Evaluation.compliant();
      case ABSENT -> byDefault(ctx);
    };
  }

  /** The documented default of CreateDBInstance when PubliclyAccessible is not given. */
  private static Evaluation byDefault(RuleContext ctx) {
    Resource instance = ctx.resource();
    JsonNode group = instance.property("DBSubnetGroupName");
    String groupPath = "Properties.DBSubnetGroupName";
    if (Intrinsics.isAbsent(group)) {
      Optional<Resource> cluster = ctx.template().resolve(instance.property("DBClusterIdentifier"));
      if (cluster.isPresent()) {
        group = cluster.get().property("DBSubnetGroupName");
        groupPath = cluster.get().logicalId() + ".Properties.DBSubnetGroupName";
      } else if (!Intrinsics.isAbsent(instance.property("DBClusterIdentifier"))) {
        return Evaluation.unknown("Properties.DBClusterIdentifier");
      }
    }
    if (Intrinsics.isAbsent(group)) {
      return Evaluation.nonCompliant(PROPERTY, "PubliclyAccessible is not set and the instance has no "
          + "DBSubnetGroupName: RDS creates it in the region's default VPC, where CreateDBInstance "
          + "makes it publicly accessible when that VPC has an internet gateway (a default VPC has one)");
    }
    Optional<Resource> subnetGroup = ctx.template().resolve(group);
    if (subnetGroup.isEmpty() || !subnetGroup.get().type().equals("AWS::RDS::DBSubnetGroup")) {
      return Evaluation.unknown(groupPath);
    }
    Set<String> vpcs = new LinkedHashSet<>();
    for (JsonNode subnetId : Intrinsics.items(subnetGroup.get().property("SubnetIds"))) {
      Optional<Resource> subnet = ctx.template().resolve(subnetId);
      Optional<String> vpc = subnet.flatMap(s -> Intrinsics.target(s.property("VpcId")));
      if (vpc.isEmpty()) {
        return Evaluation.unknown(subnetGroup.get().logicalId() + ".Properties.SubnetIds");
      }
      vpcs.add(vpc.get());
    }
    for (String vpc : vpcs) {
      for (Resource attachment : ctx.template().referrers("AWS::EC2::VPCGatewayAttachment", "VpcId", vpc)) {
        if (!Intrinsics.isAbsent(attachment.property("InternetGatewayId"))) {
          return Evaluation.nonCompliant(PROPERTY, "PubliclyAccessible is not set and the subnets of "
              + "DB subnet group " + subnetGroup.get().logicalId() + " are in VPC " + vpc + ", which has "
              + "an internet gateway (" + attachment.logicalId() + "): CreateDBInstance then makes the "
              + "instance publicly accessible");
        }
      }
    }
    return vpcs.isEmpty() ? Evaluation.unknown(subnetGroup.get().logicalId() + ".Properties.SubnetIds")
        : Evaluation.compliant();
  }
}
