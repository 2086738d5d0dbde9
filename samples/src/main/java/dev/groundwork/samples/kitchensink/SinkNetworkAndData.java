package dev.groundwork.samples.kitchensink;

import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.data.BackupPlan;
import dev.groundwork.constructs.data.BackupPlanProps;
import dev.groundwork.constructs.data.DatabaseAuthentication;
import dev.groundwork.constructs.data.BucketContents;
import dev.groundwork.constructs.data.DatabaseCapacity;
import dev.groundwork.constructs.data.DatabaseCluster;
import dev.groundwork.constructs.data.DatabaseClusterProps;
import dev.groundwork.constructs.data.DatabaseEngine;
import dev.groundwork.constructs.data.ManagedSecret;
import dev.groundwork.constructs.data.ManagedSecretProps;
import dev.groundwork.constructs.data.RestoreTestSchedule;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.EncryptionKeyProps;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.InterfaceEndpoint;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;

/** The kitchen sink's networks, keys, log groups, buckets, backups, database and secrets. */
final class SinkNetworkAndData {
  private SinkNetworkAndData() {}

  /** What the data stack holds, for the services, the monitoring, the audit baseline and the pipeline. */
  record Data(DatabaseCluster database, ManagedSecret apiToken, SecureBucket documents, EncryptionKey key,
      SecureVpc vpc) {}

  /**
   * Two networks: the services' (zones by count, every other option) and a second one whose
   * zones are named, which excludes a count.
   */
  static SecureVpc addNetworks(Stack network, PlatformEnvironment env) {
    boolean prod = env.tier() == Tier.PROD;
    SecureVpc vpc = new SecureVpc(network, "Network", SecureVpcProps.builder()
        .cidr(Cidr.of(prod ? "10.30.0.0/16" : "10.10.0.0/16"))
        .availabilityZones(prod ? 3 : 2)
        .natGateways(prod ? 3 : 1)
        .subnetPrefixLength(20)
        .addPeerNetworks(Cidr.of("172.16.0.0/16"))
        .interfaceEndpoints(Set.of(InterfaceEndpoint.ECR_API, InterfaceEndpoint.ECR_DOCKER,
            InterfaceEndpoint.SECRETS_MANAGER, InterfaceEndpoint.CLOUDWATCH_LOGS, InterfaceEndpoint.STS))
        .flowLogRetentionDays(prod ? 400 : 60)
        .build());
    new SecureVpc(network, "Batch", SecureVpcProps.builder()
        .cidr(Cidr.of(prod ? "10.31.0.0/16" : "10.11.0.0/16"))
        .addAvailabilityZoneNames(env.region().value() + "a", env.region().value() + "b")
        .build());
    return vpc;
  }

  /** Keys, log groups, buckets, the backup plan, the database and a secret, each with every option. */
  static Data addData(Stack data, PlatformEnvironment env, SecureVpc vpc) {
    boolean prod = env.tier() == Tier.PROD;
    EncryptionKey key = new EncryptionKey(data, "LedgerKey", EncryptionKeyProps.builder()
        .purpose("data/ledger")
        .description("Encrypts the ledger's own data, kept apart from the stack's shared data key")
        .allowCloudWatchLogs(true)
        .build());
    key.allowCloudWatchLogs().allowS3ServerAccessLogs();
    Role reader = Role.Builder.create(data, "LedgerReader")
        .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
    key.grantDecrypt(reader);
    key.grantEncrypt(reader);
    key.grantEncryptDecrypt(reader);
    EncryptionKey.forPurpose(data, KeyPurpose.LOGS);
    Problems retention = Problems.of("KitchenSink", data);
    EncryptedLogGroup.checkRetentionDays("retentionDays", 400, retention);
    retention.throwIfAny();
    new EncryptedLogGroup(data, "LedgerAudit", EncryptedLogGroupProps.builder()
        .retentionDays(400)
        .logGroupName("/sink/" + env.name() + "/ledger-audit")
        .encryptionKey(key)
        .build());

    SecureBucket documents = new SecureBucket(data, "Documents", SecureBucketProps.builder()
        .bucketName("sink-" + env.name() + "-documents")
        .contents(BucketContents.DATA)
        .versioned(true)
        .noncurrentVersionRetentionDays(prod ? 400 : 60)
        .objectLock(true)
        .objectLockRetentionDays(prod ? 365 : 30)
        .replicateToRecoveryRegion(prod)
        .encryptionKey(key)
        .destroyOnStackDeletion(false)
        .build());
    if (!prod) {
      new SecureBucket(data, "Scratch", SecureBucketProps.builder()
          .contents(BucketContents.AUDIT_LOGS)
          .destroyOnStackDeletion(true)
          .build());
    }
    // DEV opts in to restore tests too; failed or missed ones are tickets on the data stack's topic.
    new BackupPlan(data, "Backups", BackupPlanProps.builder()
        .dailyRetentionDays(prod ? 35 : 7)
        .monthlyRetentionDays(prod ? 365 : 90)
        .copyToRecoveryRegion(prod)
        .restoreTests(true)
        .restoreTestSchedule(prod ? RestoreTestSchedule.daily() : RestoreTestSchedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))
        .restoreTestValidationHours(prod ? 2 : 1)
        .alerts(new AlertTopic(data, "DataAlerts", AlertTopicProps.builder().paging(false).build()).notificationTopic())
        .build());

    DatabaseCluster database = new DatabaseCluster(data, "Ledger", DatabaseClusterProps.builder()
        .vpc(vpc.vpc())
        .engine(DatabaseEngine.POSTGRESQL)
        .capacity(prod ? DatabaseCapacity.provisioned("r6g.large") : DatabaseCapacity.serverless(0.5, 4))
        .readers(prod ? 2 : 0)
        .databaseName("ledger")
        .masterUsername("ledger_admin")
        .applicationUsername("ledger_app")
        .authentication(prod ? DatabaseAuthentication.IAM : DatabaseAuthentication.SECRET)
        .deletionProtection(prod)
        .destroyOnStackDeletion(!prod)
        .backupRetentionDays(prod ? 35 : 3)
        .backupWindow("02:00-03:00")
        .maintenanceWindow("sun:04:00-sun:05:00")
        .logRetentionDays(prod ? 400 : 60)
        .rotationPeriod(Duration.ofDays(30))
        .encryptionKey(key)
        .build());
    database.allowFrom(Cidr.of("172.16.0.0/16"));
    database.grantConnect(reader);

    ManagedSecret apiToken = new ManagedSecret(data, "PartnerToken", ManagedSecretProps.builder()
        .rotationFunction(rotator(data))
        .rotationPeriod(Duration.ofDays(60))
        .length(48)
        .username("ledger-partner")
        .description("The partner API's token, rotated by the partner's rotation function")
        .encryptionKey(key)
        .addReplicaRegions(Region.of("eu-central-1"))
        .build());
    apiToken.grantRead(reader);
    ManagedSecret.fromSecretName(data, "ImportedByName", "sink/" + env.name() + "/imported");
    ManagedSecret.fromSecretArn(data, "ImportedByArn", "arn:aws:secretsmanager:eu-west-1:"
        + env.account().value() + ":secret:sink/" + env.name() + "/imported-AbCdEf");
    return new Data(database, apiToken, documents, key, vpc);
  }

  /** A rotation function of the partner's, as ManagedSecretProps.rotationFunction takes any. */
  private static Function rotator(Stack stack) {
    return Function.Builder.create(stack, "Rotator")
        .runtime(Runtime.PYTHON_3_12)
        .handler("index.handler")
        .code(Code.fromInline("def handler(event, context):\n    pass\n"))
        .build();
  }
}
