package dev.groundwork.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.assembly.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The steps a CodePipeline runs, read from its {@code Stages} in template order: one node per stage
 * and one per manual approval that opens a stage (it runs first, so it gates everything after it)
 * or that makes up a stage of its own (it gates the next stage),
 * joined first step → next step by {@link EdgeKind#DELIVERY} edges, and the stacks each stage
 * deploys (its deploy actions' literal {@code StackName}s).
 *
 * @param nodes the steps in run order
 * @param edges the edges from each step to the next
 * @param deploys the stack names each stage deploys, by the stage node's id, in action order
 */
record PipelineSteps(List<DiagramNode> nodes, List<DiagramEdge> edges, Map<String, List<String>> deploys) {

  /** The steps of {@code pipeline}, drawn in the box named {@code name}; none when its stages are not literal. */
  static PipelineSteps of(Resource pipeline, String name) {
    List<DiagramNode> steps = new ArrayList<>();
    Map<String, List<String>> deploys = new LinkedHashMap<>();
    int number = 0;
    List<JsonNode> stages = new ArrayList<>();
    pipeline.property("Stages").forEach(stages::add);
    for (int index = 0; index < stages.size(); index++) {
      JsonNode stage = stages.get(index);
      String stageName = stage.path("Name").asText("");
      if (stageName.isEmpty()) {
        continue;
      }
      number++;
      List<JsonNode> actions = new ArrayList<>();
      stage.path("Actions").forEach(actions::add);
      if (!actions.isEmpty() && actions.stream().allMatch(a -> category(a).equals("Approval"))) {
        // A stage of approvals only gates the stage after it: drawn as its approvals.
        String next = index + 1 < stages.size() ? stages.get(index + 1).path("Name").asText(stageName) : stageName;
        for (JsonNode gate : actions) {
          String action = gate.path("Name").asText();
          steps.add(step(pipeline, name, NodeKind.APPROVAL, stageName + "-" + action, action, "approval before " + next));
        }
        continue;
      }
      int first = actions.stream().mapToInt(a -> a.path("RunOrder").asInt(1)).min().orElse(1);
      List<JsonNode> gates = actions.size() < 2 ? List.of() : actions.stream()
          .filter(a -> category(a).equals("Approval") && a.path("RunOrder").asInt(1) == first).toList();
      for (JsonNode gate : gates) {
        String action = gate.path("Name").asText();
        steps.add(step(pipeline, name, NodeKind.APPROVAL, stageName + "-" + action, action,
            "approval before " + stageName));
      }
      List<JsonNode> rest = actions.stream().filter(a -> !gates.contains(a)).toList();
      DiagramNode node = step(pipeline, name, NodeKind.PIPELINE_STAGE, stageName, stageName,
          "stage " + number + " · " + summary(rest));
      steps.add(node);
      LinkedHashSet<String> stacks = new LinkedHashSet<>();
      rest.stream().filter(a -> category(a).equals("Deploy"))
          .map(a -> a.path("Configuration").path("StackName"))
          .filter(JsonNode::isTextual).forEach(stack -> stacks.add(stack.textValue()));
      if (!stacks.isEmpty()) {
        deploys.put(node.id(), List.copyOf(stacks));
      }
    }
    List<DiagramEdge> edges = new ArrayList<>();
    for (int i = 1; i < steps.size(); i++) {
      edges.add(new DiagramEdge(steps.get(i - 1).id(), steps.get(i).id(), EdgeKind.DELIVERY, "then"));
    }
    return new PipelineSteps(steps, edges, deploys);
  }

  private static DiagramNode step(Resource pipeline, String name, NodeKind kind, String key, String label,
      String detail) {
    String stack = pipeline.stack().stackName();
    return new DiagramNode(DiagramNode.idOf(stack, pipeline.logicalId() + "-" + key), kind, label, "", stack,
        pipeline.logicalId(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(name), detail,
        List.of());
  }

  /** What a stage's actions do, e.g. {@code deploys 3 stacks, 1 build} or {@code source example/app}. */
  private static String summary(List<JsonNode> actions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    TreeSet<String> stacks = new TreeSet<>();
    List<String> sources = new ArrayList<>();
    for (JsonNode action : actions) {
      String category = category(action);
      JsonNode configuration = action.path("Configuration");
      switch (category) {
        case "Source" -> sources.add(configuration.path("FullRepositoryId").asText(
            configuration.path("RepositoryName").asText(configuration.path("S3Bucket").asText(action.path("Name").asText()))));
        case "Deploy" -> {
          if (configuration.path("StackName").isTextual()) {
            stacks.add(configuration.path("StackName").textValue());
          } else {
            counts.merge("deploy", 1, Integer::sum);
          }
        }
        default -> counts.merge(category.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!sources.isEmpty()) {
      parts.add("source " + String.join(", ", sources));
    }
    if (!stacks.isEmpty()) {
      parts.add("deploys " + count(stacks.size(), "stack"));
    }
    counts.forEach((what, n) -> parts.add(count(n, what)));
    return parts.isEmpty() ? "no actions" : String.join(", ", parts);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String category(JsonNode action) {
    return action.path("ActionTypeId").path("Category").asText("");
  }
}
