package dev.groundwork.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fargate services (task size × task count, split between Fargate and Fargate Spot as the
 * capacity provider strategy says), EKS control planes and managed node groups.
 */
final class ContainerPricer implements ResourcePricer {
  private static final String SCALABLE_TARGET = "AWS::ApplicationAutoScaling::ScalableTarget";

  @Override
  public Set<String> types() {
    return ImmutableSet.of("AWS::ECS::Service", "AWS::EKS::Cluster", "AWS::EKS::Nodegroup");
  }

  @Override
  public Priced price(Resource resource, PriceBook book) {
    if (resource.type().equals("AWS::EKS::Cluster")) {
      Bill bill = book.bill().add(book.hours(), "h", "eks.cluster.hour");
      if (resource.property("ComputeConfig.Enabled").asBoolean(false)) {
        // EKS Auto Mode launches nodes for the pods scheduled: nothing in the template says how many.
        bill.note("control plane only: Auto Mode's nodes depend on the pods scheduled and are not estimated");
      }
      return bill.done();
    }
    if (resource.type().equals("AWS::EKS::Nodegroup")) {
      return nodegroup(resource, book);
    }
    Optional<Resource> task = resource.stack().resolve(resource.property("TaskDefinition"));
    if (task.isEmpty()) {
      return new Priced.Unpriced("the task definition is not in the service's template");
    }
    JsonNode cpu = task.get().property("Cpu");
    JsonNode memory = task.get().property("Memory");
    if (!isNumber(cpu) || !isNumber(memory)) {
      return new Priced.Unpriced("the task size (Cpu, Memory) is not a literal number");
    }
    boolean fargate = resource.property("LaunchType").asText("").equals("FARGATE")
        || resource.property("CapacityProviderStrategy").findValuesAsText("CapacityProvider").stream()
            .anyMatch(p -> p.startsWith("FARGATE"));
    if (!fargate) {
      return new Priced.Unpriced("only Fargate services are priced; EC2 capacity is priced by its instances");
    }
    int tasks = taskCount(resource);
    int spot = spotTasks(resource.property("CapacityProviderStrategy"), tasks);
    double vcpu = Double.parseDouble(cpu.asText()) / 1024;
    double gb = Double.parseDouble(memory.asText()) / 1024;
    Bill bill = book.bill().note(tasks + " task" + (tasks == 1 ? "" : "s") + " of " + num(vcpu) + " vCPU, "
        + num(gb) + " GB" + (spot > 0 ? " (" + spot + " on Spot)" : ""));
    int onDemand = tasks - spot;
    if (onDemand > 0) {
      bill.add(onDemand * vcpu * book.hours(), "vCPU-h", "fargate.vcpu.hour")
          .add(onDemand * gb * book.hours(), "GB-h", "fargate.gb.hour");
    }
    if (spot > 0) {
      bill.add(spot * vcpu * book.hours(), "vCPU-h", "fargate-spot.vcpu.hour")
          .add(spot * gb * book.hours(), "GB-h", "fargate-spot.gb.hour");
    }
    return bill.done();
  }

  /**
   * A managed node group's instances at its minimum size, by instance type, with the volume its
   * launch template gives each (else its {@code DiskSize}, default 20 GB), priced as gp3.
   */
  private static Priced nodegroup(Resource group, PriceBook book) {
    if (group.property("CapacityType").asText("ON_DEMAND").equals("SPOT")) {
      return new Priced.Unpriced("Spot node groups are not in the price table (Spot prices move)");
    }
    Optional<Resource> template = group.stack().resolve(group.property("LaunchTemplate.Id"));
    JsonNode data = template.map(t -> t.property("LaunchTemplateData")).orElse(group.property("LaunchTemplateData"));
    String type = group.property("InstanceTypes").path(0).asText(data.path("InstanceType").asText(""));
    JsonNode size = group.property("ScalingConfig").path("MinSize");
    if (type.isEmpty() || !size.isNumber()) {
      return new Priced.Unpriced("the node group's instance type or minimum size is not literal");
    }
    int nodes = size.asInt();
    double volumeGb = 0;
    for (JsonNode mapping : data.path("BlockDeviceMappings")) {
      volumeGb += mapping.path("Ebs").path("VolumeSize").asDouble(0);
    }
    if (template.isEmpty()) {
      volumeGb = group.property("DiskSize").asDouble(20);
    }
    return book.bill()
        .add((double) nodes * book.hours(), "h " + type, "ec2.instance." + type + ".hour")
        .add(nodes * volumeGb, "GB-month volumes", "ec2.ebs.gp3.gb-month")
        .note(nodes + " node" + (nodes == 1 ? "" : "s") + " at the minimum size; volumes priced as gp3")
        .done();
  }

  /** The auto-scaling minimum when the service scales, else its desired count (default 1). */
  private static int taskCount(Resource service) {
    List<Resource> targets = service.stack().referrers(SCALABLE_TARGET, "ResourceId", service.logicalId());
    if (!targets.isEmpty() && targets.get(0).property("MinCapacity").isNumber()) {
      return targets.get(0).property("MinCapacity").asInt();
    }
    JsonNode desired = service.property("DesiredCount");
    return desired.isNumber() ? desired.asInt() : 1;
  }

  /**
   * Tasks ECS places on Fargate Spot: the bases first, then the rest by weight (rounded down for
   * Spot, the cautious side of an estimate).
   */
  static int spotTasks(JsonNode strategy, int tasks) {
    int remaining = tasks;
    int spotBase = 0;
    int spotWeight = 0;
    int totalWeight = 0;
    for (JsonNode provider : strategy) {
      boolean spot = provider.path("CapacityProvider").asText().equals("FARGATE_SPOT");
      int base = Math.min(provider.path("Base").asInt(0), remaining);
      remaining -= base;
      int weight = provider.path("Weight").asInt(0);
      totalWeight += weight;
      if (spot) {
        spotBase += base;
        spotWeight += weight;
      }
    }
    return totalWeight == 0 ? spotBase : spotBase + remaining * spotWeight / totalWeight;
  }

  private static boolean isNumber(JsonNode node) {
    return node.isNumber() || node.isTextual() && node.asText().matches("\\d+(\\.\\d+)?");
  }

  private static String num(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
