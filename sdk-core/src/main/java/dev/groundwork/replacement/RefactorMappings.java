package dev.groundwork.replacement;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Resource;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The stack-refactor mapping of the stateful resources that moved to another stack: where each
 * is deployed now (stack name, logical id) and where the new assembly has it, so CloudFormation's
 * stack refactoring moves the resource instead of a deployment replacing it. Written beside the
 * assembly in the two formats the tools accept:
 *
 * <ul>
 *   <li>{@value #FILE}: the override file of {@code cdk refactor --override-file} (CDK CLI,
 *       toolkit-lib's {@code MappingGroup}: {@code {"environments": [{"account", "region",
 *       "resources": {"SourceStack.LogicalId": "DestinationStack.LogicalId"}}]}}, see
 *       https://docs.aws.amazon.com/cdk/v2/guide/ref-cli-cmd-refactor.html);
 *   <li>{@code groundwork-refactor-<environment>.json}: the {@code ResourceMappings} of
 *       CloudFormation's {@code CreateStackRefactor} for that environment's account and region
 *       ({@code [{"Source": {"StackName", "LogicalResourceId"}, "Destination": {...}}]}, see
 *       https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceMapping.html),
 *       for {@code aws cloudformation create-stack-refactor --resource-mappings file://...}.
 * </ul>
 */
public final class RefactorMappings {
  /** The {@code cdk refactor --override-file} file, every environment in one. */
  public static final String FILE = "groundwork-refactor.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ImmutableList<ResourceChange> moves;

  private RefactorMappings(List<ResourceChange> moves) {
    this.moves = ImmutableList.copyOf(moves);
  }

  /** The moves of {@code diff} from one stack to another, in report order. */
  public static RefactorMappings of(AssemblyDiff diff) {
    return new RefactorMappings(diff.changes(ChangeKind.MOVED).stream().filter(ResourceChange::stackChanged).toList());
  }

  /** The {@code CreateStackRefactor} mapping file of {@code environment}. */
  public static String fileFor(String environment) {
    return "groundwork-refactor-" + environment + ".json";
  }

  /** Whether no resource moved to another stack (then nothing is written). */
  public boolean isEmpty() {
    return moves.isEmpty();
  }

  /** The cross-stack moves. */
  public ImmutableList<ResourceChange> moves() {
    return moves;
  }

  /** The environments with a cross-stack move, in report order. */
  public List<String> environments() {
    return List.copyOf(new LinkedHashSet<>(moves.stream().map(m -> m.stack().environmentName()).toList()));
  }

  /**
   * The {@value #FILE} text: one mapping group per environment, in the account and region
   * {@code accounts} and {@code regions} give for its name.
   *
   * @throws IllegalArgumentException if an environment with a move has no account or region
   */
  public String cdkOverrideFile(Map<String, String> accounts, Map<String, String> regions) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode environments = root.putArray("environments");
    for (String environment : environments()) {
      checkArgument(accounts.containsKey(environment) && regions.containsKey(environment),
          "no account and region for environment '%s'", environment);
      ObjectNode group = environments.addObject();
      group.put("account", accounts.get(environment));
      group.put("region", regions.get(environment));
      ObjectNode resources = group.putObject("resources");
      for (ResourceChange move : movesIn(environment)) {
        resources.put(location(move.previous().orElseThrow()), location(move.current().orElseThrow()));
      }
    }
    return text(root);
  }

  /** The {@code ResourceMappings} of {@code environment} for {@code CreateStackRefactor}. */
  public String resourceMappings(String environment) {
    ArrayNode mappings = JSON.createArrayNode();
    for (ResourceChange move : movesIn(environment)) {
      ObjectNode mapping = mappings.addObject();
      resourceLocation(mapping.putObject("Source"), move.previous().orElseThrow());
      resourceLocation(mapping.putObject("Destination"), move.current().orElseThrow());
    }
    return text(mappings);
  }

  private List<ResourceChange> movesIn(String environment) {
    return moves.stream().filter(m -> m.stack().environmentName().equals(environment)).toList();
  }

  private static String location(Resource resource) {
    return resource.stack().stackName() + "." + resource.logicalId();
  }

  private static void resourceLocation(ObjectNode node, Resource resource) {
    node.put("StackName", resource.stack().stackName());
    node.put("LogicalResourceId", resource.logicalId());
  }

  private static String text(Object node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
