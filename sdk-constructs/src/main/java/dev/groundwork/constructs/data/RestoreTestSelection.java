package dev.groundwork.constructs.data;

import com.google.common.hash.Hashing;
import dev.groundwork.assembly.RestoreTestMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.backup.CfnRestoreTestingSelection;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * One resource in a restore testing plan, in the resource's own stack: a role AWS Backup assumes
 * to restore exactly this resource (its {@link RestoreTarget#restorePermissions()}, nothing else),
 * and the selection naming the resource by ARN, with its metadata overrides and validation
 * window. The selection depends on the plan, which is how a stack other than the plan's comes to
 * deploy after it; it names the plan by name, so no value crosses stacks. A selection in another
 * stack than its plan repeats the plan's schedule in its metadata, for the cost estimate.
 */
final class RestoreTestSelection extends Construct {
  /** AWS Backup's limit on a selection name. */
  static final int NAME_LIMIT = 50;

  RestoreTestSelection(Construct scope, String id, RestoreTarget target, RestoreTesting plan) {
    super(scope, id);
    Role role = Role.Builder.create(this, "Role")
        .description("AWS Backup restores " + target.owner().getNode().getPath() + " into a copy for a restore test")
        .assumedBy(new ServicePrincipal("backup.amazonaws.com"))
        .build();
    target.restorePermissions().forEach(role::addToPolicy);
    CfnRestoreTestingSelection selection = CfnRestoreTestingSelection.Builder.create(this, "Selection")
        .restoreTestingPlanName(plan.planName())
        .restoreTestingSelectionName(name(target))
        .protectedResourceType(target.resourceType())
        .protectedResourceArns(List.of(target.resourceArn()))
        .iamRoleArn(role.getRoleArn())
        .restoreMetadataOverrides(target.metadataOverrides(this))
        .validationWindowHours(plan.validationHours())
        .build();
    selection.getNode().addDependency(plan.plan());
    if (Stack.of(selection) != Stack.of(plan)) {
      // The cost estimate reads one template at a time; this one does not hold the plan's schedule.
      selection.addMetadata(RestoreTestMetadata.SCHEDULE, plan.plan().getScheduleExpression());
    }
    // The role's policy too: a test must not start with a role that cannot restore yet.
    selection.getNode().addDependency(role);
  }

  /**
   * {@code <type>_<stack purpose>_<construct path>} in letters, digits and underscores, e.g.
   * {@code Aurora_data_Database}; past 50 characters, cut and ended with a hash of the whole.
   */
  static String name(RestoreTarget target) {
    String path = target.owner().getNode().getPath();
    String local = path.substring(path.indexOf('/') + 1);
    String name = (target.resourceType() + "_" + local).replaceAll("[^A-Za-z0-9_]", "_");
    if (name.length() <= NAME_LIMIT) {
      return name;
    }
    String hash = Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, 8);
    return name.substring(0, NAME_LIMIT - hash.length() - 1) + "_" + hash;
  }
}
