package dev.groundwork.pipelines.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.DefaultStackSynthesizer;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.services.iam.CfnPolicy;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IAlias;
import software.constructs.IConstruct;

/**
 * Narrows the two statements CDK writes on {@code Resource: "*"} in a CDK Pipelines pipeline:
 *
 * <ul>
 *   <li>The pipeline role's KMS statement for the replication bucket of each cross-region support
 *       stack: CDK cannot name a key of another region, so it grants {@code kms:*} actions on
 *       every key. It becomes the keys of that region and account that carry the support key's
 *       alias ({@code kms:ResourceAliases}), the one name CDK gives that key.
 *   <li>The self-mutation role's {@code s3:ListBucket}, which the CDK CLI needs on the bootstrap
 *       bucket of each environment it deploys the pipeline's stacks to: the pipeline's own and
 *       those of its support stacks.
 * </ul>
 *
 * <p>Runs after CDK Pipelines built the pipeline and after {@link CrossRegionSupportHardening}
 * ({@link #PRIORITY}); it reads each policy document as CloudFormation will receive it and
 * overrides it with the narrowed one, leaving every other statement as CDK wrote it.
 */
public final class PipelineGrantScoping implements IAspect {
  /** After the support stacks are hardened, before read-only aspects (1000). */
  public static final int PRIORITY = 400;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUPPORT_STACK_PREFIX = "cross-region-stack-";

  private final Role pipelineRole;
  private final Role selfMutationRole;

  public PipelineGrantScoping(Role pipelineRole, Role selfMutationRole) {
    this.pipelineRole = pipelineRole;
    this.selfMutationRole = selfMutationRole;
  }

  @Override
  public void visit(IConstruct node) {
    if (node != Stack.of(pipelineRole)) {
      return;
    }
    Stack stack = (Stack) node;
    List<Stack> supports = supportStacks(stack);
    rewrite(pipelineRole, document -> scopeSupportKeys(stack, supports, document));
    rewrite(selfMutationRole, document -> scopeBootstrapBuckets(stack, supports, document));
  }

  private static List<Stack> supportStacks(Stack pipelineStack) {
    List<Stack> supports = new ArrayList<>();
    for (IConstruct child : Stage.of(pipelineStack).getNode().getChildren()) {
      if (child instanceof Stack s && s.getNode().getId().startsWith(SUPPORT_STACK_PREFIX)) {
        supports.add(s);
      }
    }
    return supports;
  }

  private interface Rewrite {
    void apply(ObjectNode document);
  }

  private static void rewrite(Role role, Rewrite rewrite) {
    if (!(role.getNode().tryFindChild("DefaultPolicy") instanceof Policy policy)) {
      return;
    }
    Stack stack = Stack.of(role);
    ObjectNode document = JSON.valueToTree(stack.resolve(policy.getDocument()));
    String before = document.toString();
    rewrite.apply(document);
    if (!document.toString().equals(before)) {
      ((CfnPolicy) policy.getNode().getDefaultChild()).addPropertyOverride("PolicyDocument",
          JSON.convertValue(document, Map.class));
    }
  }

  /** KMS actions on "*" become the support stacks' keys, by region, account and alias. */
  private static void scopeSupportKeys(Stack stack, List<Stack> supports, ObjectNode document) {
    if (supports.isEmpty()) {
      return;
    }
    ArrayNode keys = JSON.createArrayNode();
    ArrayNode aliases = JSON.createArrayNode();
    for (Stack support : supports) {
      keys.add(JSON.valueToTree(stack.resolve(stack.formatArn(ArnComponents.builder()
          .service("kms").region(support.getRegion()).account(support.getAccount())
          .resource("key").resourceName("*").build()))));
      IConstruct construct = support.getNode().findChild("Default");
      if (construct.getNode().tryFindChild("CrossRegionCodePipelineReplicationBucketEncryptionAlias") instanceof IAlias alias) {
        aliases.add(JSON.valueToTree(stack.resolve(alias.getAliasName())));
      }
    }
    splitStarStatements(document, "kms:", keys, condition -> condition.putObject("ForAnyValue:StringEquals")
        .set("kms:ResourceAliases", aliases));
  }

  /** {@code s3:ListBucket} on "*" becomes the bootstrap buckets the CDK CLI checks. */
  private static void scopeBootstrapBuckets(Stack stack, List<Stack> supports, ObjectNode document) {
    String qualifier = stack.getSynthesizer() instanceof DefaultStackSynthesizer synthesizer
        && synthesizer.getBootstrapQualifier() != null ? synthesizer.getBootstrapQualifier()
        : DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    ArrayNode buckets = JSON.createArrayNode();
    List<Stack> deployed = new ArrayList<>(List.of(stack));
    deployed.addAll(supports);
    for (Stack target : deployed) {
      buckets.add(JSON.valueToTree(stack.resolve(stack.formatArn(ArnComponents.builder()
          .service("s3").region("").account("")
          .resource("cdk-" + qualifier + "-assets-" + target.getAccount() + "-" + target.getRegion())
          .build()))));
    }
    splitStarStatements(document, "s3:", buckets, condition -> {});
  }

  private interface ConditionWriter {
    void write(ObjectNode condition);
  }

  /**
   * Moves the actions of {@code service} out of every Allow statement on "*" into one statement
   * on {@code resources} (with the condition {@code writer} writes, if any); what remains of each
   * statement stays as it was, and a statement left with no action or resource is dropped.
   */
  private static void splitStarStatements(ObjectNode document, String service, ArrayNode resources,
      ConditionWriter writer) {
    JsonNode statements = document.path("Statement");
    if (!statements.isArray()) {
      return;
    }
    ArrayNode kept = JSON.createArrayNode();
    List<String> moved = new ArrayList<>();
    for (JsonNode statement : statements) {
      List<JsonNode> resourceList = list(statement.path("Resource"));
      boolean onStar = "Allow".equals(statement.path("Effect").asText()) && !statement.has("Condition")
          && resourceList.stream().anyMatch(r -> r.isTextual() && r.asText().equals("*"));
      List<JsonNode> actions = list(statement.path("Action"));
      List<JsonNode> ofService = actions.stream().filter(a -> a.asText().startsWith(service)).toList();
      if (!onStar || ofService.isEmpty()) {
        kept.add(statement);
        continue;
      }
      ofService.forEach(a -> moved.add(a.asText()));
      ObjectNode rest = statement.deepCopy();
      List<JsonNode> otherActions = actions.stream().filter(a -> !ofService.contains(a)).toList();
      if (!otherActions.isEmpty()) {
        rest.set("Action", array(otherActions));
        kept.add(rest);
      } else {
        List<JsonNode> otherResources = resourceList.stream()
            .filter(r -> !(r.isTextual() && r.asText().equals("*"))).toList();
        if (!otherResources.isEmpty()) {
          rest.set("Resource", array(otherResources));
          kept.add(rest);
        }
      }
    }
    if (moved.isEmpty()) {
      return;
    }
    ObjectNode scoped = JSON.createObjectNode();
    ArrayNode actionArray = scoped.putArray("Action");
    moved.stream().distinct().sorted().forEach(actionArray::add);
    ObjectNode condition = JSON.createObjectNode();
    writer.write(condition);
    if (!condition.isEmpty()) {
      scoped.set("Condition", condition);
    }
    scoped.put("Effect", "Allow");
    scoped.set("Resource", resources.size() == 1 ? resources.get(0) : resources);
    kept.add(scoped);
    document.set("Statement", kept);
  }

  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(out::add);
    } else if (!node.isMissingNode()) {
      out.add(node);
    }
    return out;
  }

  private static ArrayNode array(List<JsonNode> nodes) {
    ArrayNode array = JSON.createArrayNode();
    nodes.forEach(array::add);
    return array;
  }
}
