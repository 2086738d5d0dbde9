package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.keys.EncryptionKey;
import dev.groundwork.constructs.keys.KeyPurpose;
import dev.groundwork.constructs.logs.EncryptedLogGroup;
import dev.groundwork.constructs.logs.EncryptedLogGroupProps;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.ExecuteCommandConfiguration;
import software.amazon.awscdk.services.ecs.ExecuteCommandLogConfiguration;
import software.amazon.awscdk.services.ecs.ExecuteCommandLogging;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.Construct;

/**
 * An ECS cluster for Fargate services, with Container Insights and audited ECS Exec.
 *
 * <p>Resources: the cluster (Container Insights on; Fargate and Fargate Spot capacity providers
 * registered, with a default strategy of Fargate only unless Spot is allowed); ECS Exec
 * sessions between the operator and the container encrypted with the stack's shared data
 * {@code EncryptionKey}; and an {@link EncryptedLogGroup} that records every session's commands and output.
 * Whether a service lets operators in at all is decided per service ({@code executeCommand}).
 */
public final class ServiceCluster extends Construct {
  private final Cluster cluster;
  private final IKey execKey;
  private final EncryptedLogGroup execLogs;
  private final ServiceClusterSettings settings;

  public ServiceCluster(Construct scope, String id, ServiceClusterProps props) {
    super(scope, id);
    PlatformContext context = PlatformContext.of(this);
    this.settings = ServiceClusterDefaults.resolve(props, context);
    Problems validation = Problems.of("ServiceCluster", this);
    EncryptedLogGroup.checkRetentionDays("execLogRetentionDays", settings.execLogRetentionDays(), validation);
    validation.throwIfAny();

    this.execKey = EncryptionKey.forPurpose(this, KeyPurpose.DATA).key();
    this.execLogs = new EncryptedLogGroup(this, "ExecLogs", EncryptedLogGroupProps.builder()
        .retentionDays(settings.execLogRetentionDays())
        .build());
    this.cluster = Cluster.Builder.create(this, "Cluster")
        .vpc(props.vpc())
        .containerInsightsV2(settings.containerInsights() ? ContainerInsights.ENABLED : ContainerInsights.DISABLED)
        .enableFargateCapacityProviders(true)
        .executeCommandConfiguration(ExecuteCommandConfiguration.builder()
            .kmsKey(execKey)
            .logging(ExecuteCommandLogging.OVERRIDE)
            .logConfiguration(ExecuteCommandLogConfiguration.builder()
                .cloudWatchLogGroup(execLogs.logGroup())
                .cloudWatchEncryptionEnabled(true)
                .build())
            .build())
        .build();
    cluster.addDefaultCapacityProviderStrategy(capacityProviderStrategies());
  }

  /**
   * Where services place their tasks: regular Fargate only, or, when Spot is allowed, a base of
   * one regular task and the rest weighted 3:1 towards Spot.
   */
  public List<CapacityProviderStrategy> capacityProviderStrategies() {
    if (!settings.fargateSpot()) {
      return List.of(CapacityProviderStrategy.builder().capacityProvider("FARGATE").weight(1).build());
    }
    return List.of(
        CapacityProviderStrategy.builder().capacityProvider("FARGATE").base(1).weight(1).build(),
        CapacityProviderStrategy.builder().capacityProvider("FARGATE_SPOT").weight(3).build());
  }

  /** Whether services may run tasks on Fargate Spot. */
  public boolean fargateSpotAllowed() {
    return settings.fargateSpot();
  }

  /** The cluster: the escape hatch for anything Groundwork does not wrap. */
  public ICluster cluster() {
    return cluster;
  }

  /** The cluster's network. */
  public IVpc vpc() {
    return cluster.getVpc();
  }

  /** The key that encrypts ECS Exec sessions: the stack's shared data key. */
  public IKey execSessionKey() {
    return execKey;
  }

  /** The log group recording ECS Exec sessions. */
  public ILogGroup execLogGroup() {
    return execLogs.logGroup();
  }
}
