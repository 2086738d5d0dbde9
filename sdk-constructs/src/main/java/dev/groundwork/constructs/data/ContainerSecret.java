package dev.groundwork.constructs.data;

import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;

/**
 * A {@link ManagedSecret} (or one field of it) as a container's {@code ecs.Secret}, whose read
 * grant to the task's execution role is {@link ManagedSecret#grantRead}: the execution role's own
 * policy, nothing in the secret's key. CDK's {@code ecs.Secret.fromSecretsManager} would grant
 * through the key's policy and tie the secret's stack to the task's.
 */
final class ContainerSecret extends software.amazon.awscdk.services.ecs.Secret {
  private final ManagedSecret secret;
  private final String arn;
  private final boolean field;

  ContainerSecret(ManagedSecret secret, String arn, boolean field) {
    this.secret = secret;
    this.arn = arn;
    this.field = field;
  }

  @Override
  public String getArn() {
    return arn;
  }

  @Override
  public Boolean getHasField() {
    return field;
  }

  @Override
  public Grant grantRead(IGrantable grantee) {
    return secret.grantRead(grantee);
  }
}
