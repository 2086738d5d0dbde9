package dev.groundwork.replacement;

import dev.groundwork.assembly.StatefulTypes;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.Severity;
import java.util.List;

/** The replacement guard's rules: what a deployment of the new assembly would lose or orphan. */
public final class ReplacementRules {

  private static final String NOT_A_CONTROL = "Compares two versions of the app to protect data "
      + "in the deployment itself; no framework control checks a change between templates.";
  private static final String ACKNOWLEDGE = " If it is intended (data migrated, or the resource is "
      + "empty), acknowledge it in code on the construct at its new path, or on the stack for a "
      + "removed one: Suppressions.of(construct).add(ruleId, reason, until).";

  private ReplacementRules() {}

  /** A stateful resource the deployment certainly replaces. */
  public static final RuleInfo STATEFUL_REPLACED = RuleInfo.builder("GW_REPLACE_STATEFUL_REPLACED")
      .title("Deployments do not replace stateful resources")
      .severity(Severity.ERROR)
      .resourceTypes(StatefulTypes.all().toArray(String[]::new))
      .rationale("Changing a property whose update requires replacement (a bucket's name, a "
          + "database's identifier or key), or the construct's logical id (a renamed or moved "
          + "construct), makes CloudFormation create a new, empty resource; the old one and its "
          + "data are deleted, or at best orphaned by a Retain policy while the app uses the new one.")
      .remediation("Revert the property, or keep the logical id (construct id and parents "
          + "unchanged, or a move declaration: Moves.of(stack).moved(oldPath, newPath))." + ACKNOWLEDGE)
      .noControls(NOT_A_CONTROL)
      .build();

  /** A stateful resource recognised under a new logical id or in another stack, not yet kept. */
  public static final RuleInfo STATEFUL_MOVED = RuleInfo.builder("GW_REPLACE_STATEFUL_MOVED")
      .title("Moved stateful resources keep their logical id or are refactored")
      .severity(Severity.ERROR)
      .resourceTypes(StatefulTypes.all().toArray(String[]::new))
      .rationale("A renamed construct, one wrapped in a new parent or one moved to another stack "
          + "gives its resources a new logical id or a new stack; CloudFormation then creates a new, "
          + "empty resource and deletes the old one with its data, or orphans it under a Retain "
          + "policy. The guard recognises the same resource by its type and identifying properties "
          + "(name, engine, key schema, ...) and names where it was.")
      .remediation("Within a stack, paste the declaration the finding prints, e.g. "
          + "Moves.of(stack).moved(\"Orders\", \"Ledger\"): the resources under the construct keep "
          + "their old logical ids. Across stacks, move the resource with CloudFormation's stack "
          + "refactoring before deploying, with the mapping written beside the assembly "
          + "(groundwork-refactor.json for cdk refactor --override-file, "
          + "groundwork-refactor-<environment>.json for CreateStackRefactor's ResourceMappings), then "
          + "acknowledge the finding until the refactored version is the deployed one." + ACKNOWLEDGE)
      .noControls(NOT_A_CONTROL)
      .build();

  /** Several stateful resources of one identity left and appeared at once: which is which is unknown. */
  public static final RuleInfo STATEFUL_MOVE_AMBIGUOUS = RuleInfo.builder("GW_REPLACE_STATEFUL_MOVE_AMBIGUOUS")
      .title("Stateful resources moved together can be told apart")
      .severity(Severity.ERROR)
      .resourceTypes(StatefulTypes.all().toArray(String[]::new))
      .rationale("When several resources of the same type and identifying properties (unnamed "
          + "buckets, say) leave their logical ids and as many appear under new ones, the templates "
          + "cannot tell which new one is which old one, and a wrong guess would give one construct "
          + "another's data. Deployed as is, each new one starts empty and the old ones are deleted "
          + "or orphaned.")
      .remediation("Declare each move in code, one per construct (Moves.of(stack).moved(oldPath, "
          + "newPath); the finding lists the candidates with their paths), or give the resources "
          + "distinct names." + ACKNOWLEDGE)
      .noControls(NOT_A_CONTROL)
      .build();

  /** A move declaration that pins nothing the deployed stack has. */
  public static final RuleInfo MOVE_UNUSED = RuleInfo.builder("GW_REPLACE_MOVE_UNUSED")
      .title("Move declarations match the resources they keep")
      .severity(Severity.WARNING)
      .allResourceTypes()
      .rationale("A move declaration keeps the logical ids the resources under a construct had at "
          + "its old path. One whose construct no longer exists, or whose old path matches nothing "
          + "in the deployed stack, keeps nothing: it misleads the reader and would pin a construct "
          + "created later at that path to ids it should not have.")
      .remediation("Remove the declaration, or correct its paths: the old path is the one the "
          + "guard printed for the moved resource, relative to the stack.")
      .noControls(NOT_A_CONTROL)
      .build();

  /** A stateful resource the deployment may replace (the spec's conditional replacement). */
  public static final RuleInfo STATEFUL_MAY_BE_REPLACED = RuleInfo.builder("GW_REPLACE_STATEFUL_MAY_BE_REPLACED")
      .title("Deployments do not change properties that may replace stateful resources")
      .severity(Severity.ERROR)
      .resourceTypes(StatefulTypes.all().toArray(String[]::new))
      .rationale("Some properties replace the resource for some changes only (an RDS engine to "
          + "another family, a master user name); the template cannot tell which, so the change "
          + "is treated as data-losing until someone has checked it.")
      .remediation("Check the property's update behaviour in the CloudFormation reference for "
          + "this change; revert it or migrate the data first." + ACKNOWLEDGE)
      .noControls(NOT_A_CONTROL)
      .build();

  /** A stateful resource that leaves the template without being retained. */
  public static final RuleInfo STATEFUL_REMOVED = RuleInfo.builder("GW_REPLACE_STATEFUL_REMOVED")
      .title("Deployments do not delete stateful resources")
      .severity(Severity.ERROR)
      .resourceTypes(StatefulTypes.all().toArray(String[]::new))
      .rationale("A stateful resource removed from the code is deleted with its data when the "
          + "stack updates, unless its DeletionPolicy is Retain (a Snapshot policy keeps only a "
          + "snapshot to restore by hand).")
      .remediation("Keep the construct, or set RemovalPolicy.RETAIN and deploy that before "
          + "removing it." + ACKNOWLEDGE)
      .noControls(NOT_A_CONTROL)
      .build();

  /** A retained resource that leaves the template: it stays, unmanaged. */
  public static final RuleInfo RETAINED_ORPHANED = RuleInfo.builder("GW_REPLACE_RETAINED_ORPHANED")
      .title("Removed retained resources are cleaned up on purpose")
      .severity(Severity.WARNING)
      .allResourceTypes()
      .rationale("A resource with DeletionPolicy Retain that leaves the template is not deleted: "
          + "it is orphaned, keeps its data and its cost, and is no longer tagged, alarmed or "
          + "updated; a later resource with the same physical name fails to create.")
      .remediation("Delete or import the orphaned resource deliberately after the deployment, or "
          + "acknowledge it on the stack: Suppressions.of(stack).add(ruleId, reason, until).")
      .noControls(NOT_A_CONTROL)
      .build();

  /** A stateless resource the deployment replaces: usually harmless, shown for review. */
  public static final RuleInfo STATELESS_REPLACED = RuleInfo.builder("GW_REPLACE_STATELESS_REPLACED")
      .title("Replacements of stateless resources are visible before deployment")
      .severity(Severity.INFO)
      .allResourceTypes()
      .rationale("Replacing a stateless resource (a security group, a role, a task definition) "
          + "loses no data, but it gets a new id or ARN, so whatever refers to it from outside "
          + "the stack breaks, and its name may clash while both exist.")
      .remediation("Nothing, if the new id is expected; otherwise revert the replacing property.")
      .noControls(NOT_A_CONTROL)
      .build();

  /** Every rule of the guard, by id. */
  public static List<RuleInfo> all() {
    return List.of(MOVE_UNUSED, RETAINED_ORPHANED, STATEFUL_MAY_BE_REPLACED, STATEFUL_MOVED,
        STATEFUL_MOVE_AMBIGUOUS, STATEFUL_REMOVED, STATEFUL_REPLACED, STATELESS_REPLACED);
  }
}
