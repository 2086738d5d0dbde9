package dev.groundwork.constructs.network;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.logs.CustomResourceProviderLogs;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * A VPC with three tiers of subnets, flow logs, a closed default security group and private
 * paths to AWS services.
 *
 * <p>Subnets, one of each per zone: {@code public} (for load balancers only; instances never get
 * a public address), {@code private} (services; egress through NAT gateways) and
 * {@code isolated} (databases; no route out). Zones and NAT gateways follow the tier (see
 * {@link SecureVpcProps}); the zones come from configuration or {@link KnownAvailabilityZones},
 * never from a lookup, so synthesis needs no AWS credentials. To keep CDK from looking them up,
 * the zones are recorded as context on the stack before anything else is added to it, so a
 * SecureVpc is created first in its stack.
 *
 * <p>Resources: the VPC, its subnets, route tables, internet gateway and NAT gateways; a flow
 * log of all traffic to an {@link EncryptedLogGroup} (KMS key and log group retained, the tier's
 * retention) and the IAM role that delivers it; gateway endpoints for S3 and DynamoDB;
 * interface endpoints (with one security group admitting HTTPS from the VPC only) as
 * configured; and CDK's custom resource (a Lambda function and its role) that removes every
 * rule of the default security group, which CloudFormation cannot do natively, with its
 * {@link CustomResourceProviderLogs} (an encrypted log group with the tier's retention, and an
 * inline policy writing only there instead of the AWS-managed basic execution role), its function
 * placed in the private subnets ({@link ProviderInVpc}).
 */
public final class SecureVpc extends Construct {
  /** The stack child CDK creates for restrictDefaultSecurityGroup, one per stack. */
  static final String RESTRICT_DEFAULT_SG_PROVIDER = "Custom::VpcRestrictDefaultSGCustomResourceProvider";

  private final Vpc vpc;
  private final EncryptedLogGroup flowLogs;
  private final SecureVpcSettings settings;
  private final Cidr cidr;
  private final Map<InterfaceEndpoint, IInterfaceVpcEndpoint> interfaceEndpoints = new LinkedHashMap<>();

  public SecureVpc(Construct scope, String id, SecureVpcProps props) {
    super(AvailabilityZoneContext.pin(scope, props), id);
    PlatformContext context = PlatformContext.of(this);
    Problems validation = Problems.of("SecureVpc", this);
    this.cidr = props.cidr();
    this.settings = SecureVpcDefaults.resolve(props, context, validation);
    SecureVpcValidation.check(props, settings, validation);
    if (validation.isEmpty()) {
      checkZonesPinned(context, validation);
    }
    validation.throwIfAny();

    this.vpc = Vpc.Builder.create(this, "Vpc")
        .ipAddresses(IpAddresses.cidr(cidr.toString()))
        .availabilityZones(settings.availabilityZones())
        .natGateways(settings.natGateways())
        .subnetConfiguration(List.of(
            SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC)
                .cidrMask(settings.subnetPrefixLength())
                .mapPublicIpOnLaunch(settings.mapPublicIpOnLaunch()).build(),
            SubnetConfiguration.builder().name("private").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                .cidrMask(settings.subnetPrefixLength()).build(),
            SubnetConfiguration.builder().name("isolated").subnetType(SubnetType.PRIVATE_ISOLATED)
                .cidrMask(settings.subnetPrefixLength()).build()))
        .enableDnsHostnames(true)
        .enableDnsSupport(true)
        .restrictDefaultSecurityGroup(settings.restrictDefaultSecurityGroup())
        // An ordered map: a Map.of would iterate differently per JVM and reorder the template.
        .gatewayEndpoints(ImmutableMap.of(
            "S3Endpoint", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build(),
            "DynamoDbEndpoint", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.DYNAMODB).build()))
        .build();

    this.flowLogs = new EncryptedLogGroup(this, "FlowLogs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.flowLogRetentionDays())
        .build());
    vpc.addFlowLog("FlowLog", FlowLogOptions.builder()
        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs.logGroup()))
        .trafficType(FlowLogTrafficType.ALL)
        .build());
    if (settings.restrictDefaultSecurityGroup()) {
      IConstruct provider = Stack.of(this).getNode().tryFindChild(RESTRICT_DEFAULT_SG_PROVIDER);
      if (provider == null) {
        throw new IllegalStateException("CDK's provider '" + RESTRICT_DEFAULT_SG_PROVIDER + "' is "
            + "missing from stack '" + Stack.of(this).getStackName() + "' although the VPC restricts "
            + "its default security group: aws-cdk-lib renamed it; update SecureVpc");
      }
      CustomResourceProviderLogs.of(provider);
      ProviderInVpc.place((Construct) provider, vpc);
    }

    if (!settings.interfaceEndpoints().isEmpty()) {
      SecurityGroup endpointSecurityGroup = SecurityGroup.Builder.create(this, "EndpointSecurityGroup")
          .vpc(vpc)
          .description("Interface endpoints of " + getNode().getPath() + ": HTTPS from the VPC only")
          .allowAllOutbound(false)
          .build();
      endpointSecurityGroup.addIngressRule(Peer.ipv4(cidr.toString()), Port.tcp(443),
          "HTTPS from inside the VPC");
      for (InterfaceEndpoint endpoint : settings.interfaceEndpoints()) {
        interfaceEndpoints.put(endpoint, vpc.addInterfaceEndpoint(endpoint.constructId(),
            InterfaceVpcEndpointOptions.builder()
                .service(endpoint.service())
                .privateDnsEnabled(true)
                .open(false)
                .securityGroups(List.of(endpointSecurityGroup))
                .subnets(serviceSubnets())
                .build()));
      }
    }
  }

  private void checkZonesPinned(PlatformContext context, Problems validation) {
    var pinned = AvailabilityZoneContext.pinned(this, context);
    if (pinned.isEmpty()) {
      validation.add("VPC_AZ_NOT_PINNED", "scope", "a stack that already holds other constructs",
          "a stack with no constructs yet, so the zones can be recorded without an AWS lookup",
          "Create the SecureVpc first in its stack, right after environment.addStack(\"network\").");
    } else if (!pinned.get().containsAll(settings.availabilityZones())) {
      validation.add("VPC_AZ_NOT_PINNED", "availabilityZoneNames", settings.availabilityZones(),
          "zones recorded for this stack " + pinned.get(),
          "Give every SecureVpc of a stack zones from the same list, or put it in its own stack.");
    }
  }

  /** The VPC: the escape hatch for anything Groundwork does not wrap. */
  public IVpc vpc() {
    return vpc;
  }

  /** The VPC's address block. */
  public Cidr cidr() {
    return cidr;
  }

  /** The zones the VPC spans, by name. */
  public List<String> availabilityZones() {
    return settings.availabilityZones();
  }

  /** The public subnets: for internet-facing load balancers only. */
  public SubnetSelection publicSubnets() {
    return SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();
  }

  /** The private subnets with egress through NAT: where services run. */
  public SubnetSelection serviceSubnets() {
    return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
  }

  /** The isolated subnets with no route out: where databases run. */
  public SubnetSelection isolatedSubnets() {
    return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
  }

  /** The log group receiving the VPC flow log. */
  public ILogGroup flowLogGroup() {
    return flowLogs.logGroup();
  }

  /** The interface endpoints created, by service. */
  public Map<InterfaceEndpoint, IInterfaceVpcEndpoint> interfaceEndpoints() {
    return ImmutableMap.copyOf(interfaceEndpoints);
  }
}
