package dev.groundwork.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy CloudFormation deploys one environment with, to pass to
 * {@code cdk bootstrap --cloudformation-execution-policies} instead of CDK's default
 * AdministratorAccess: every action of each service whose resource types the environment's
 * stacks hold ({@code AWS::S3::Bucket} is {@code s3}), and nothing of any other service.
 *
 * <p>Why service level: CloudFormation's handlers for a type call several actions of its service
 * (create, tag, describe, update, delete, and more as a type gains properties), so naming actions
 * would break deployments at each new property, while the services an app deploys are a
 * property of the app that changes only with its code. The data services are narrowed further:
 * KMS and Secrets Manager to the environment's accounts and regions, S3 to buckets named after
 * its stacks (the names CloudFormation generates), with the few actions that accept no resource
 * ({@code kms:CreateKey}, {@code secretsmanager:GetRandomPassword}) apart. Custom resources need
 * {@code lambda:InvokeFunction}.
 */
public final class ExecutionPolicy {
  /** The commands file next to the assembly. */
  public static final String COMMANDS_FILE = "groundwork-bootstrap.txt";

  /** The bootstrap file of environment {@code environment} next to the assembly. */
  public static String fileFor(String environment) {
    return "groundwork-bootstrap-" + environment + ".json";
  }

  /** CloudFormation service names whose IAM prefix is not the name in lower case. */
  private static final Map<String, String> PREFIXES = ImmutableMap.ofEntries(
      Map.entry("AccessAnalyzer", "access-analyzer"), Map.entry("ApplicationAutoScaling", "application-autoscaling"),
      Map.entry("CertificateManager", "acm"), Map.entry("CodeStarNotifications", "codestar-notifications"),
      Map.entry("ElasticLoadBalancingV2", "elasticloadbalancing"), Map.entry("ElasticLoadBalancing", "elasticloadbalancing"),
      Map.entry("Cognito", "cognito-idp"), Map.entry("CodeStarConnections", "codestar-connections"),
      Map.entry("StepFunctions", "states"), Map.entry("CloudFront", "cloudfront"), Map.entry("Elasticsearch", "es"),
      Map.entry("OpenSearchService", "es"), Map.entry("ApiGateway", "apigateway"), Map.entry("ApiGatewayV2", "apigateway"));
  private static final Set<String> NARROWED = ImmutableSet.of("kms", "s3", "secretsmanager");
  private static final Pattern DEPLOY_ROLE = Pattern.compile("deploy-role-(\\d{12})-([a-z0-9-]+)");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String environment;
  private final String account;
  private final Set<String> regions;
  private final Set<String> services;
  private final Set<String> stackNames;

  private ExecutionPolicy(String environment, String account, Set<String> regions, Set<String> services,
      Set<String> stackNames) {
    this.environment = environment;
    this.account = account;
    this.regions = regions;
    this.services = services;
    this.stackNames = stackNames;
  }

  /**
   * The policy of each environment of {@code app} with a known account and region, by name; the
   * regions also include those a pipeline of the app deploys the environment's stacks to (its
   * recovery region), read from the deploy roles its actions assume.
   */
  public static Map<String, ExecutionPolicy> of(SynthesizedApp app, Map<String, String> accounts,
      Map<String, String> regions) {
    Map<String, ExecutionPolicy> policies = new TreeMap<>();
    for (String environment : app.environments()) {
      String account = accounts.get(environment);
      if (account == null || regions.get(environment) == null) {
        continue;
      }
      Set<String> envRegions = new TreeSet<>(List.of(regions.get(environment)));
      Set<String> services = new TreeSet<>();
      Set<String> stackNames = new TreeSet<>();
      for (StackTemplate stack : app.stacks()) {
        for (Resource pipeline : stack.resourcesOfType("AWS::CodePipeline::Pipeline")) {
          Matcher m = DEPLOY_ROLE.matcher(pipeline.json().toString());
          while (m.find()) {
            if (m.group(1).equals(account)) {
              envRegions.add(m.group(2));
            }
          }
        }
        if (!stack.environmentName().equals(environment)) {
          continue;
        }
        stackNames.add(stack.stackName().toLowerCase(Locale.ROOT));
        for (Resource resource : stack.resources()) {
          serviceOf(resource.type()).ifPresent(services::add);
          if (resource.type().startsWith("Custom::") || resource.type().equals("AWS::CloudFormation::CustomResource")) {
            services.add("lambda:InvokeFunction");
          }
        }
      }
      policies.put(environment, new ExecutionPolicy(environment, account, envRegions, services, stackNames));
    }
    return policies;
  }

  /** The IAM service prefix of a CloudFormation resource type; empty for custom and CDK types. */
  static java.util.Optional<String> serviceOf(String type) {
    String[] parts = type.split("::");
    if (parts.length != 3 || !parts[0].equals("AWS") || parts[1].equals("CDK")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(PREFIXES.getOrDefault(parts[1], parts[1].toLowerCase(Locale.ROOT)));
  }

  /** The service prefixes the policy allows (and {@code lambda:InvokeFunction} for custom resources). */
  public Set<String> services() {
    return services;
  }

  /** The regions the environment is deployed to: where it must be bootstrapped. */
  public Set<String> regions() {
    return regions;
  }

  /** The managed policy's name: {@code groundwork-cfn-execution-<environment>}. */
  public String policyName() {
    return "groundwork-cfn-execution-" + environment;
  }

  /** The policy document, as JSON. */
  public String document() {
    ObjectNode document = JSON.createObjectNode();
    document.put("Version", "2012-10-17");
    ArrayNode statements = document.putArray("Statement");
    ArrayNode everywhere = JSON.createArrayNode();
    for (String service : services) {
      if (service.contains(":")) {
        everywhere.add(service);
      } else if (!NARROWED.contains(service)) {
        everywhere.add(service + ":*");
      }
    }
    statement(statements, "TheServicesTheStacksDeploy", everywhere, List.of("*"));
    List<String> keys = new ArrayList<>();
    List<String> secrets = new ArrayList<>();
    for (String region : regions) {
      keys.add("arn:aws:kms:" + region + ":" + account + ":key/*");
      keys.add("arn:aws:kms:" + region + ":" + account + ":alias/*");
      secrets.add("arn:aws:secretsmanager:" + region + ":" + account + ":secret:*");
    }
    if (services.contains("kms")) {
      statement(statements, "KeysOfThisAccountAndItsRegions", array("kms:*"), keys);
      statement(statements, "NewKeysAndAliasListing", array("kms:CreateKey", "kms:ListAliases"), List.of("*"));
    }
    if (services.contains("secretsmanager")) {
      statement(statements, "SecretsOfThisAccountAndItsRegions", array("secretsmanager:*"), secrets);
      statement(statements, "GeneratedSecretValues", array("secretsmanager:GetRandomPassword"), List.of("*"));
    }
    if (services.contains("s3")) {
      List<String> buckets = new ArrayList<>();
      for (String stack : stackNames) {
        buckets.add("arn:aws:s3:::" + stack + "-*");
        buckets.add("arn:aws:s3:::" + stack + "-*/*");
      }
      statement(statements, "BucketsNamedAfterTheStacks", array("s3:*"), buckets);
    }
    try {
      return JSON.writeValueAsString(document) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The commands an operator runs once per account: create the managed policy from
   * {@link #fileFor} and bootstrap each region with it, trusting {@code trusted} (the pipeline's
   * account) to deploy.
   */
  public List<String> commands(Set<String> trusted) {
    List<String> lines = new ArrayList<>();
    lines.add("aws iam create-policy --policy-name " + policyName() + " --policy-document file://cdk.out/"
        + fileFor(environment));
    for (String region : regions) {
      StringBuilder line = new StringBuilder("cdk bootstrap aws://" + account + "/" + region);
      trusted.forEach(t -> line.append(" --trust ").append(t));
      line.append(" --cloudformation-execution-policies arn:aws:iam::").append(account).append(":policy/")
          .append(policyName());
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The commands of every environment, in order, each trusting the accounts whose pipelines
   * deploy it (read from the deploy roles their actions assume).
   */
  public static String commandsFile(SynthesizedApp app, Map<String, ExecutionPolicy> policies,
      Map<String, String> accounts) {
    StringBuilder out = new StringBuilder("# Run once per account, with its administrator's credentials.\n");
    for (ExecutionPolicy policy : policies.values()) {
      Set<String> trusted = new TreeSet<>();
      for (StackTemplate stack : app.stacks()) {
        String pipelineAccount = accounts.get(stack.environmentName());
        for (Resource pipeline : stack.resourcesOfType("AWS::CodePipeline::Pipeline")) {
          if (pipelineAccount != null && !pipelineAccount.equals(policy.account)
              && pipeline.json().toString().contains("deploy-role-" + policy.account + "-")) {
            trusted.add(pipelineAccount);
          }
        }
      }
      out.append("# ").append(policy.environment).append("\n");
      policy.commands(trusted).forEach(line -> out.append(line).append("\n"));
    }
    return out.toString();
  }

  private static ArrayNode array(String... values) {
    ArrayNode array = JSON.createArrayNode();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }

  private static void statement(ArrayNode statements, String sid, ArrayNode actions, List<String> resources) {
    if (actions.isEmpty()) {
      return;
    }
    ObjectNode statement = statements.addObject();
    statement.put("Sid", sid);
    statement.put("Effect", "Allow");
    statement.set("Action", actions);
    ArrayNode resourceArray = statement.putArray("Resource");
    resources.forEach(resourceArray::add);
  }
}
