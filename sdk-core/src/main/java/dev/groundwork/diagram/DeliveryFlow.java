package dev.groundwork.diagram;

import dev.groundwork.assembly.ConstructPaths;
import dev.groundwork.assembly.DeploymentTarget;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the app is delivered, drawn apart from the environments: each CodePipeline's steps in run
 * order (source, builds, approvals, one stage per wave) in a box of its own, and from each stage
 * that deploys, an edge to each account and region it deploys into, named after the environment
 * whose stacks those are. A stack the app does not have is drawn as {@code outside this app}.
 */
public final class DeliveryFlow {
  /** The file name of the delivery flow's diagram, written beside the environments' diagrams. */
  public static final String FILE = "groundwork-delivery-flow.svg";
  /** The name the flow's graph carries where an environment's graph carries the environment. */
  public static final String NAME = "delivery flow";

  private DeliveryFlow() {}

  /** The flow of every pipeline of {@code app} with literal stages; empty when there is none. */
  public static Optional<ArchitectureGraph> of(SynthesizedApp app) {
    Map<String, StackTemplate> stacks = new LinkedHashMap<>();
    app.stacks().forEach(s -> stacks.put(s.stackName(), s));
    List<DiagramNode> nodes = new ArrayList<>();
    List<DiagramEdge> edges = new ArrayList<>();
    Map<String, DiagramNode> targets = new LinkedHashMap<>();
    for (StackTemplate stack : app.stacks()) {
      for (Resource pipeline : stack.resourcesOfType("AWS::CodePipeline::Pipeline")) {
        PipelineSteps steps = PipelineSteps.of(pipeline, ConstructPaths.owner(pipeline));
        nodes.addAll(steps.nodes());
        edges.addAll(steps.edges());
        steps.deploys().forEach((stage, names) -> {
          Map<String, List<String>> byTarget = new LinkedHashMap<>();
          for (String name : names) {
            DiagramNode target = targets.computeIfAbsent(targetId(stacks.get(name)), id -> target(id, stacks.get(name)));
            byTarget.computeIfAbsent(target.id(), t -> new ArrayList<>()).add(name);
          }
          byTarget.forEach((target, deployed) -> edges.add(new DiagramEdge(stage, target, EdgeKind.DELIVERY,
              "deploys " + String.join(", ", deployed))));
        });
      }
    }
    if (nodes.isEmpty()) {
      return Optional.empty();
    }
    targets.values().forEach(t -> nodes.add(withStacks(t, edges)));
    return Optional.of(new ArchitectureGraph(NAME, nodes, edges));
  }

  private static String targetId(StackTemplate stack) {
    if (stack == null) {
      return DiagramNode.idOf("target", "outside");
    }
    return DiagramNode.idOf("target", stack.environmentName() + "-"
        + stack.target().map(t -> t.account().orElse("any") + "-" + t.region().orElse("any")).orElse("unknown"));
  }

  private static DiagramNode target(String id, StackTemplate stack) {
    String label = stack == null ? "outside this app" : stack.environmentName();
    String where = stack == null ? "stacks the app does not have"
        : stack.target().map(DeploymentTarget::describe).orElse("account and region not in the assembly");
    return new DiagramNode(id, NodeKind.DEPLOYMENT_TARGET, label, "", "", "", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), where, List.of());
  }

  /** The target with how many stacks the stages deploy into it, counted once per stack. */
  private static DiagramNode withStacks(DiagramNode target, List<DiagramEdge> edges) {
    long count = edges.stream().filter(e -> e.to().equals(target.id()))
        .flatMap(e -> List.of(e.label().substring("deploys ".length()).split(", ")).stream()).distinct().count();
    return new DiagramNode(target.id(), target.kind(), target.label(), target.construct(), target.stack(),
        target.logicalId(), target.zone(), target.vpc(), target.target(), target.pipeline(),
        target.detail() + " · " + count + " stack" + (count == 1 ? "" : "s"), target.members());
  }
}
