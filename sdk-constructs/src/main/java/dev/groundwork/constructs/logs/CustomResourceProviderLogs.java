package dev.groundwork.constructs.logs;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.iam.CfnPolicy;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The log group of a CDK custom-resource provider's function, and the one permission the function
 * needs to write to it, in place of the AWS-managed {@code AWSLambdaBasicExecutionRole}.
 *
 * <p>CDK's {@code CustomResourceProvider} (behind e.g. a VPC's {@code
 * restrictDefaultSecurityGroup}) writes its function and role as raw resources: the function logs
 * to a group Lambda creates on first run, kept forever and not encrypted with a Groundwork key,
 * and the role holds the managed policy, which may create any log group and write to any. Added
 * to the provider ({@code CustomResourceProviderLogs.of(provider)}), this construct creates an
 * {@link EncryptedLogGroup} (the stack's logs key, the tier's retention, retained), points the
 * function at it ({@code LoggingConfig.LogGroup}), removes the managed policy from the role and
 * attaches an inline policy allowing {@code logs:CreateLogStream} and {@code logs:PutLogEvents} on
 * that group only; the function depends on that policy, so CloudFormation never runs it before it
 * may log. {@link dev.groundwork.constructs.network.SecureVpc} adds it to the provider it causes;
 * add it to the providers your own CDK code creates. What Groundwork deliberately leaves as it is
 * (reserved concurrency, dead-letter target, tracing, VPC) is explained in docs/policy.md,
 * "CDK-generated functions".
 */
public final class CustomResourceProviderLogs extends Construct {
  /** The construct id under the provider; one per provider. */
  static final String ID = "Logs";
  /** What the function does with its log group. */
  static final List<String> LOG_ACTIONS = List.of("logs:CreateLogStream", "logs:PutLogEvents");

  private final EncryptedLogGroup logs;

  private CustomResourceProviderLogs(Construct provider, CfnResource handler, CfnResource role) {
    super(provider, ID);
    this.logs = new EncryptedLogGroup(this, "Handler", EncryptedLogGroupProps.builder().build());
    handler.addPropertyOverride("LoggingConfig.LogGroup", logs.logGroup().getLogGroupName());
    role.addPropertyDeletionOverride("ManagedPolicyArns");
    CfnPolicy writeLogs = CfnPolicy.Builder.create(this, "WriteLogs")
        .policyName("WriteLogs")
        .roles(List.of(role.getRef()))
        // Ordered maps: a Map.of iterates in a different order in every JVM, and so would the template.
        .policyDocument(ImmutableMap.of(
            "Version", "2012-10-17",
            "Statement", List.of(ImmutableMap.of(
                "Effect", "Allow",
                "Action", LOG_ACTIONS,
                "Resource", logs.logGroup().getLogGroupArn()))))
        .build();
    handler.addResourceDependency(writeLogs);
  }

  /**
   * The logs of {@code provider}, added on first call (later calls return the same construct, so
   * every construct sharing a stack's provider may call it).
   *
   * @param provider a CDK {@code CustomResourceProvider}: the stack child named {@code
   *     Custom::<Name>CustomResourceProvider}, with its {@code Handler} function and {@code Role}
   * @throws IllegalArgumentException if {@code provider} has no such function and role
   */
  public static CustomResourceProviderLogs of(IConstruct provider) {
    IConstruct existing = provider.getNode().tryFindChild(ID);
    if (existing instanceof CustomResourceProviderLogs logs) {
      return logs;
    }
    IConstruct handler = provider.getNode().tryFindChild("Handler");
    IConstruct role = provider.getNode().tryFindChild("Role");
    if (!(provider instanceof Construct scope)
        || !(handler instanceof CfnResource function) || !"AWS::Lambda::Function".equals(function.getCfnResourceType())
        || !(role instanceof CfnResource iamRole) || !"AWS::IAM::Role".equals(iamRole.getCfnResourceType())) {
      throw new IllegalArgumentException("'" + provider.getNode().getPath() + "' is not a CDK "
          + "CustomResourceProvider (a construct with a 'Handler' AWS::Lambda::Function and a 'Role' "
          + "AWS::IAM::Role): pass the stack child named Custom::<Name>CustomResourceProvider");
    }
    return new CustomResourceProviderLogs(scope, function, iamRole);
  }

  /** The provider function's log group. */
  public EncryptedLogGroup logGroup() {
    return logs;
  }
}
