package dev.groundwork.constructs.governance;

import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Tier;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudformation.CfnStackSet;
import software.constructs.Construct;

/**
 * The {@link AccountBaseline} in every account of some organizational units, deployed by
 * CloudFormation StackSets: one stack set with service-managed permissions whose template is the
 * baseline's own synthesized template, deployed automatically to accounts that join the units
 * later, region by region in the given order, with the given failure tolerance and concurrency.
 * Nothing of Groundwork's fans out; CloudFormation does.
 *
 * <p>Prerequisites that stay the organisation's job: trusted access for StackSets in AWS
 * Organizations, and, when this construct is deployed outside the management account, that
 * account registered as a delegated administrator ({@link OrganizationBaselineProps#delegatedAdministrator()}).
 * StackSets never deploy service-managed instances to the management account itself.
 *
 * <p>With the PROD tier (the default) the stack set is retained when its stack is deleted, and so
 * are the stacks in the accounts when an account leaves the units.
 */
public final class OrganizationBaseline extends Construct {
  private final CfnStackSet stackSet;
  private final String templateBody;

  public OrganizationBaseline(Construct scope, String id, OrganizationBaselineProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    OrganizationBaselineSettings settings = OrganizationBaselineDefaults.resolve(props, context);
    Tier tier = settings.tier();
    this.templateBody = BaselineTemplate.synthesize(context.app(), tier, AccountBaselineProps.builder()
        .addAllSubscribers(props.subscribers())
        .guardDutyDetector(props.guardDutyDetector())
        .accountWideRegion(settings.accountWideRegion())
        .build());
    Problems problems = Problems.of("OrganizationBaseline", this);
    BaselineTemplate.checkSize(templateBody, problems);
    problems.throwIfAny();

    CfnStackSet.DeploymentTargetsProperty.Builder targets = CfnStackSet.DeploymentTargetsProperty.builder()
        .organizationalUnitIds(props.organizationalUnitIds());
    if (!props.accountIds().isEmpty()) {
      targets.accountFilterType("INTERSECTION").accounts(props.accountIds());
    }
    this.stackSet = CfnStackSet.Builder.create(this, "StackSet")
        .stackSetName(settings.stackSetName())
        .description("Groundwork account baseline (" + tier + " defaults) of " + context.app())
        .permissionModel("SERVICE_MANAGED")
        .callAs(settings.callAs())
        .autoDeployment(CfnStackSet.AutoDeploymentProperty.builder()
            .enabled(true)
            .retainStacksOnAccountRemoval(settings.retain())
            .build())
        .capabilities(List.of("CAPABILITY_IAM"))
        // ManagedExecution is untyped JSON in the CloudFormation schema, so CDK passes keys as given.
        .managedExecution(Map.of("Active", true))
        .operationPreferences(CfnStackSet.OperationPreferencesProperty.builder()
            .regionConcurrencyType(settings.regionConcurrency())
            .regionOrder(props.regions())
            .failureToleranceCount(props.failureToleranceCount())
            .maxConcurrentCount(props.maxConcurrentCount())
            .build())
        .stackInstancesGroup(List.of(CfnStackSet.StackInstancesProperty.builder()
            .deploymentTargets(targets.build())
            .regions(props.regions())
            .build()))
        .templateBody(templateBody)
        .build();
    if (settings.retain()) {
      stackSet.applyRemovalPolicy(RemovalPolicy.RETAIN);
    }
  }

  /** The stack set, for properties this construct does not set. */
  public CfnStackSet stackSet() {
    return stackSet;
  }

  /** The account baseline's template the stack set deploys, as JSON. */
  public String templateBody() {
    return templateBody;
  }
}
