package dev.groundwork.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import dev.groundwork.assembly.ConstructPaths;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one environment's drawn resources and the edges between them, resource by resource
 * ({@link ConstructGroups} then folds them into what a reader calls one thing): references
 * between its stacks are followed through the exports ({@code Fn::ImportValue}) the stacks'
 * outputs declare.
 */
final class GraphReader {
  static final DiagramNode INTERNET = new DiagramNode("node-internet", NodeKind.INTERNET, "internet", "", "", "",
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", List.of());
  /** Where a drawn type names its subnets and its security groups. */
  private static final Map<String, String[]> NETWORK = ImmutableMap.of(
      "AWS::ElasticLoadBalancingV2::LoadBalancer", new String[] {"Subnets", "SecurityGroups"},
      "AWS::ECS::Service", new String[] {"NetworkConfiguration.AwsvpcConfiguration.Subnets",
          "NetworkConfiguration.AwsvpcConfiguration.SecurityGroups"},
      "AWS::Lambda::Function", new String[] {"VpcConfig.SubnetIds", "VpcConfig.SecurityGroupIds"},
      "AWS::EKS::Cluster", new String[] {"ResourcesVpcConfig.SubnetIds", "ResourcesVpcConfig.SecurityGroupIds"},
      "AWS::EC2::NatGateway", new String[] {"SubnetId", "-"},
      "AWS::EC2::VPCEndpoint", new String[] {"SubnetIds", "SecurityGroupIds"},
      "AWS::RDS::DBCluster", new String[] {"DBSubnetGroupName", "VpcSecurityGroupIds"},
      "AWS::RDS::DBInstance", new String[] {"DBSubnetGroupName", "VPCSecurityGroups"});
  private static final List<String> TIERS = List.of("public", "private", "isolated");

  private final String environment;
  private final List<StackTemplate> stacks;
  /** The environment's stacks as one group: references are followed across them through their exports. */
  private final Templates templates;
  private final Map<Resource, DiagramNode> nodes = new LinkedHashMap<>();
  private final Map<Resource, List<DiagramNode>> groupOwners = new LinkedHashMap<>();
  private final Map<Resource, List<DiagramNode>> roleOwners = new LinkedHashMap<>();
  private final Set<DiagramEdge> edges = new LinkedHashSet<>();
  private boolean internet;

  GraphReader(String environment, List<StackTemplate> stacks) {
    this.environment = environment;
    this.stacks = stacks;
    this.templates = Templates.of("environment '" + environment + "'", stacks);
  }

  /** The resources drawn, the edges between them (by node id) and the owner construct of each. */
  ResourceGraph read() {
    for (StackTemplate stack : stacks) {
      for (Resource resource : stack.resources()) {
        Optional<NodeKind> kind = NodeKind.of(resource.type());
        if (kind.isPresent() && !isClusterMember(resource)) {
          nodes.put(resource, node(resource, kind.get()));
        }
      }
    }
    nodes.forEach((resource, node) -> {
      String[] network = NETWORK.get(resource.type());
      if (network != null) {
        resolveAll(resource.stack(), resource.property(network[1]))
            .forEach(group -> groupOwners.computeIfAbsent(group, g -> new ArrayList<>()).add(node));
      }
      roles(resource).forEach(role -> roleOwners.computeIfAbsent(role, r -> new ArrayList<>()).add(node));
    });
    for (StackTemplate stack : stacks) {
      for (Resource resource : stack.resources()) {
        edgesOf(resource);
      }
    }
    List<DiagramEdge> sorted = new ArrayList<>(edges);
    sorted.sort(Comparator.comparing(GraphReader::key));
    return new ResourceGraph(environment, nodes, internet ? Optional.of(INTERNET) : Optional.empty(), sorted);
  }

  static String zoneRank(Optional<String> zone) {
    int rank = zone.map(TIERS::indexOf).orElse(-2);
    return (rank >= 0 ? rank : zone.isPresent() ? 8 : 9) + zone.orElse("");
  }

  private static String key(DiagramEdge e) {
    return e.from() + "\u0000" + e.to() + "\u0000" + e.kind() + "\u0000" + e.label();
  }

  private boolean isClusterMember(Resource resource) {
    return resource.type().equals("AWS::RDS::DBInstance")
        && resource.stack().resolve(resource.property("DBClusterIdentifier")).isPresent();
  }

  private DiagramNode node(Resource resource, NodeKind kind) {
    Optional<String> zone = Optional.empty();
    Optional<String> vpc = Optional.empty();
    String[] network = NETWORK.get(resource.type());
    if (network != null) {
      List<Resource> subnets = subnets(resource, network[0]);
      if (!subnets.isEmpty()) {
        zone = Optional.of(tier(subnets.get(0)));
        vpc = resolve(subnets.get(0).stack(), subnets.get(0).property("VpcId")).map(ConstructPaths::relative);
      } else if (resource.property("VpcId").size() > 0 || resource.property("VpcId").isTextual()) {
        vpc = resolve(resource.stack(), resource.property("VpcId")).map(ConstructPaths::relative);
      }
    }
    String path = ConstructPaths.relative(resource);
    return new DiagramNode(DiagramNode.idOf(resource.stack().stackName(), resource.logicalId()), kind,
        ConstructPaths.name(ConstructPaths.owner(resource)), ConstructPaths.owner(resource),
        resource.stack().stackName(), resource.logicalId(), zone, vpc, resource.stack().target(), Optional.empty(),
        "", List.of(new DiagramNode.Member(resource.stack().stackName(), resource.logicalId(), resource.type(), path)));
  }

  private List<Resource> subnets(Resource resource, String property) {
    List<Resource> found = resolveAll(resource.stack(), resource.property(property));
    List<Resource> subnets = new ArrayList<>();
    for (Resource r : found) {
      if (r.type().equals("AWS::RDS::DBSubnetGroup")) {
        subnets.addAll(resolveAll(r.stack(), r.property("SubnetIds")));
      } else if (r.type().equals("AWS::EC2::Subnet")) {
        subnets.add(r);
      }
    }
    return subnets;
  }

  private static String tier(Resource subnet) {
    Map<String, String> tags = subnet.tags();
    return tags.getOrDefault("aws-cdk:subnet-type", tags.getOrDefault("aws-cdk:subnet-name", "subnet"))
        .toLowerCase(Locale.ROOT);
  }

  private Optional<Resource> resolve(StackTemplate from, JsonNode value) {
    return templates.resolve(from, value);
  }

  private List<Resource> resolveAll(StackTemplate from, JsonNode value) {
    List<Resource> found = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> resolve(from, v).ifPresent(found::add));
    } else {
      resolve(from, value).ifPresent(found::add);
    }
    return found;
  }

  /** The IAM roles a node acts as: a service's task role, a function's role. */
  private List<Resource> roles(Resource resource) {
    return switch (resource.type()) {
      case "AWS::ECS::Service" -> resource.stack().resolve(resource.property("TaskDefinition"))
          .map(task -> resolveAll(task.stack(), task.property("TaskRoleArn"))).orElse(List.of());
      case "AWS::Lambda::Function" -> resolveAll(resource.stack(), resource.property("Role"));
      default -> List.of();
    };
  }

  private void edgesOf(Resource resource) {
    StackTemplate stack = resource.stack();
    switch (resource.type()) {
      case "AWS::EC2::SecurityGroupIngress" -> resolve(stack, resource.property("GroupId"))
          .ifPresent(group -> ingress(stack, group, resource.properties()));
      case "AWS::EC2::SecurityGroup" -> resource.property("SecurityGroupIngress")
          .forEach(rule -> ingress(stack, resource, rule));
      case "AWS::IAM::Policy" -> resolveAll(stack, resource.property("Roles")).forEach(role ->
          grants(role, resource.property("PolicyDocument")));
      case "AWS::IAM::Role" -> resource.property("Policies").forEach(p -> grants(resource, p.path("PolicyDocument")));
      case "AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm" -> alarm(resource);
      case "AWS::SNS::Subscription" -> link(stack, resource.property("TopicArn"), resource.property("Endpoint"),
          "subscription");
      case "AWS::SQS::Queue" -> Optional.ofNullable(nodes.get(resource)).ifPresent(queue ->
          resolve(stack, resource.property("RedrivePolicy").path("deadLetterTargetArn")).map(nodes::get)
              .ifPresent(dlq -> edges.add(new DiagramEdge(queue.id(), dlq.id(), EdgeKind.EVENT, "dead letters"))));
      case "AWS::Lambda::EventSourceMapping" -> link(stack, resource.property("EventSourceArn"),
          resource.property("FunctionName"), "event source");
      case "AWS::WAFv2::WebACLAssociation" -> resolve(stack, resource.property("WebACLArn")).map(nodes::get)
          .ifPresent(acl -> resolve(stack, resource.property("ResourceArn")).map(nodes::get).ifPresent(target ->
              edges.add(new DiagramEdge(acl.id(), target.id(), EdgeKind.TRAFFIC, "filters"))));
      default -> { }
    }
  }

  private void ingress(StackTemplate stack, Resource group, JsonNode rule) {
    List<DiagramNode> targets = groupOwners.getOrDefault(group, List.of());
    if (targets.isEmpty()) {
      return;
    }
    String protocol = rule.path("IpProtocol").asText("all");
    String ports = rule.path("FromPort").isMissingNode() ? ""
        : rule.path("FromPort").asText().equals(rule.path("ToPort").asText()) ? " " + rule.path("FromPort").asText()
        : " " + rule.path("FromPort").asText() + "-" + rule.path("ToPort").asText();
    String label = (protocol.equals("-1") ? "all" : protocol) + ports;
    List<DiagramNode> sources = new ArrayList<>();
    String cidr = rule.path("CidrIp").asText(rule.path("CidrIpv6").asText(""));
    if (cidr.equals("0.0.0.0/0") || cidr.equals("::/0")) {
      internet = true;
      sources.add(INTERNET);
    }
    resolve(stack, rule.path("SourceSecurityGroupId"))
        .ifPresent(source -> sources.addAll(groupOwners.getOrDefault(source, List.of())));
    for (DiagramNode source : sources) {
      for (DiagramNode target : targets) {
        if (!source.id().equals(target.id())) {
          edges.add(new DiagramEdge(source.id(), target.id(), EdgeKind.TRAFFIC, label));
        }
      }
    }
  }

  private void grants(Resource role, JsonNode document) {
    List<DiagramNode> owners = roleOwners.getOrDefault(role, List.of());
    if (owners.isEmpty()) {
      return;
    }
    for (JsonNode statement : document.path("Statement")) {
      if (!statement.path("Effect").asText().equals("Allow")) {
        continue;
      }
      Set<String> services = new TreeSet<>();
      JsonNode actions = statement.path("Action");
      (actions.isArray() ? actions : List.of(actions)).forEach(a -> services.add(a.asText().split(":")[0]));
      Set<String> targets = new TreeSet<>();
      Intrinsics.forEachTarget(statement.path("Resource"), targets::add);
      for (String id : targets) {
        role.stack().resource(id).map(nodes::get).ifPresent(target -> owners.forEach(owner ->
            edges.add(new DiagramEdge(owner.id(), target.id(), EdgeKind.DATA, String.join(", ", services)))));
      }
    }
  }

  private void alarm(Resource alarm) {
    DiagramNode node = nodes.get(alarm);
    for (String actions : new String[] {"AlarmActions", "OKActions", "InsufficientDataActions"}) {
      resolveAll(alarm.stack(), alarm.property(actions)).stream().map(nodes::get).filter(n -> n != null)
          .forEach(topic -> edges.add(new DiagramEdge(node.id(), topic.id(), EdgeKind.EVENT, "alarm")));
    }
    List<JsonNode> dimensions = new ArrayList<>();
    alarm.property("Dimensions").forEach(dimensions::add);
    alarm.property("Metrics").forEach(m -> m.path("MetricStat").path("Metric").path("Dimensions").forEach(dimensions::add));
    for (JsonNode dimension : dimensions) {
      // A dimension names its resource directly, or through a Fn::Join of parts of its ARN.
      new TreeSet<>(Intrinsics.references(dimension.path("Value"))).stream()
          .map(id -> alarm.stack().resource(id).map(nodes::get).orElse(null)).filter(n -> n != null)
          .forEach(watched -> edges.add(new DiagramEdge(watched.id(), node.id(), EdgeKind.EVENT, "metric")));
    }
  }

  private void link(StackTemplate stack, JsonNode from, JsonNode to, String label) {
    resolve(stack, from).map(nodes::get).ifPresent(source -> resolve(stack, to).map(nodes::get).ifPresent(target ->
        edges.add(new DiagramEdge(source.id(), target.id(), EdgeKind.EVENT, label))));
  }
}
