package dev.groundwork.constructs.data;

import com.google.common.collect.ImmutableMap;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.PrincipalWithConditions;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.constructs.Construct;

/**
 * S3 replication of one {@link SecureBucket} to a replica in the environment's recovery stack:
 * the replica (itself a {@code SecureBucket}, named {@code <app>-<env>-<stack>-<id>-replica-<account>}
 * and encrypted with the recovery stack's data key), the replication role and the bucket's
 * replication rule.
 *
 * <p>Nothing references the recovery stack: the rule names the replica and its key by bucket name
 * and alias ARN, both derived from app, environment and construct path. A CDK reference across
 * regions would need {@code crossRegionReferences}, which writes SSM parameters through a
 * Lambda-backed custom resource in each stack and then blocks changing or removing the referenced
 * resource; deterministic names need neither. The source stack depends on the recovery stack, so
 * the replica exists before the rule that names it.
 *
 * <p>Delete markers are not replicated ({@code DeleteMarkerReplication} disabled): deleting an
 * object in the primary region, by mistake or by an attacker, leaves it readable in the replica.
 * Permanent deletes of a version are never replicated by S3. Replicas are SSE-KMS objects only
 * ({@code SseKmsEncryptedObjects}), which every object of a {@code SecureBucket} is.
 */
final class CrossRegionReplication extends Construct {
  private final SecureBucket replica;

  CrossRegionReplication(Construct scope, String id, Bucket source, EncryptionKey sourceKey,
      Stack recovery, SecureBucketProps.Builder replicaProps, boolean objectLock) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    Region recoveryRegion = context.recoveryRegion().orElseThrow();
    String partition = context.region().partition();
    String sourceName = scope.getNode().getPath().substring(scope.getNode().getPath().indexOf('/') + 1);
    String replicaName = replicaName(context, sourceName);
    this.replica = new SecureBucket(recovery, sourceName.replace('/', '-'),
        replicaProps.bucketName(replicaName).build());
    String replicaArn = "arn:" + partition + ":s3:::" + replicaName;
    EncryptionKey replicaKey = EncryptionKey.forPurpose(recovery, KeyPurpose.DATA);

    Role role = Role.Builder.create(this, "Role")
        .description("S3 replicates " + sourceName + " to " + replicaName + " in " + recoveryRegion)
        .assumedBy(new PrincipalWithConditions(new ServicePrincipal("s3.amazonaws.com"),
            Map.of("StringEquals", Map.of("aws:SourceAccount", context.account().value()))))
        .build();
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .sid("ReadTheSourceConfiguration")
        .actions(List.of("s3:GetReplicationConfiguration", "s3:ListBucket"))
        .resources(List.of(source.getBucketArn()))
        .build());
    List<String> read = new ArrayList<>(List.of("s3:GetObjectVersionForReplication",
        "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"));
    if (objectLock) {
      read.addAll(List.of("s3:GetObjectRetention", "s3:GetObjectLegalHold"));
    }
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .sid("ReadTheSourceVersions")
        .actions(read)
        .resources(List.of(source.arnForObjects("*")))
        .build());
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .sid("WriteTheReplicas")
        .actions(List.of("s3:ReplicateObject", "s3:ReplicateTags"))
        .resources(List.of(replicaArn + "/*"))
        .build());
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .sid("DecryptTheSourceThroughS3")
        .actions(List.of("kms:Decrypt"))
        .resources(List.of(sourceKey.key().getKeyArn()))
        .conditions(ImmutableMap.of(
            "StringEquals", Map.of("kms:ViaService", "s3." + context.region().value() + ".amazonaws.com"),
            "StringLike", Map.of("kms:EncryptionContext:aws:s3:arn",
                List.of(source.getBucketArn(), source.arnForObjects("*")))))
        .build());
    // The replica key's ARN holds a random key id; the alias condition names the key instead.
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .sid("EncryptTheReplicasThroughS3")
        .actions(List.of("kms:Encrypt", "kms:GenerateDataKey"))
        .resources(List.of("arn:" + partition + ":kms:" + recoveryRegion.value() + ":"
            + context.account().value() + ":key/*"))
        .conditions(ImmutableMap.of(
            "StringEquals", Map.of("kms:ViaService", "s3." + recoveryRegion.value() + ".amazonaws.com"),
            "ForAnyValue:StringEquals", Map.of("kms:ResourceAliases", replicaKey.aliasName()),
            "StringLike", Map.of("kms:EncryptionContext:aws:s3:arn", List.of(replicaArn, replicaArn + "/*"))))
        .build());

    ((CfnBucket) source.getNode().getDefaultChild()).setReplicationConfiguration(
        CfnBucket.ReplicationConfigurationProperty.builder()
            .role(role.getRoleArn())
            .rules(List.of(CfnBucket.ReplicationRuleProperty.builder()
                .id("to-recovery-region")
                .status("Enabled")
                .priority(1)
                .filter(CfnBucket.ReplicationRuleFilterProperty.builder().prefix("").build())
                .deleteMarkerReplication(CfnBucket.DeleteMarkerReplicationProperty.builder()
                    .status("Disabled").build())
                .sourceSelectionCriteria(CfnBucket.SourceSelectionCriteriaProperty.builder()
                    .sseKmsEncryptedObjects(CfnBucket.SseKmsEncryptedObjectsProperty.builder()
                        .status("Enabled").build())
                    .build())
                .destination(CfnBucket.ReplicationDestinationProperty.builder()
                    .bucket(replicaArn)
                    .encryptionConfiguration(CfnBucket.EncryptionConfigurationProperty.builder()
                        .replicaKmsKeyId(replicaKey.aliasArn())
                        .build())
                    .build())
                .build()))
            .build());
    Stack.of(this).addStackDependency(recovery, "the replica of " + sourceName + " must exist before its replication rule");
  }

  /**
   * {@code <app>-<env>-<stack>-<id>-replica-<account>}, lower case, at most 63 characters: the
   * path part is shortened and suffixed with a hash of the full path when it does not fit.
   */
  static String replicaName(PlatformContext context, String sourceName) {
    String path = sourceName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String prefix = context.app() + "-" + context.environment() + "-";
    String suffix = "-replica-" + context.account().value();
    int room = 63 - prefix.length() - suffix.length();
    if (path.length() > room) {
      String hash = String.format("%08x", sourceName.hashCode());
      path = path.substring(0, Math.max(0, room - 9)).replaceAll("-$", "") + "-" + hash;
    }
    return prefix + path + suffix;
  }

  /** The replica bucket, in the recovery stack. */
  SecureBucket replica() {
    return replica;
  }
}
