package dev.groundwork.pipelines;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.constructs.compute.ContainerOptions;
import dev.groundwork.constructs.compute.ServiceCluster;
import dev.groundwork.constructs.compute.ServiceClusterProps;
import dev.groundwork.constructs.compute.ServiceEndpoint;
import dev.groundwork.constructs.compute.WebService;
import dev.groundwork.constructs.compute.WebServiceProps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.core.Tier;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;

/**
 * The apps this module's tests deliver: a {@code delivery} environment for the pipeline and
 * dev, two staging in separate accounts (one wave) and prod environments, each with a {@code data} stack.
 */
final class TestDeliveryApps {
  static final String CONNECTION =
      "arn:aws:codeconnections:eu-west-1:444444444444:connection/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

  private TestDeliveryApps() {}

  static PlatformApp app(Path outdir) {
    PlatformApp app = new PlatformApp(PlatformAppProps.builder()
        .name("shop").team("platform").costCenter("cc-0001").outdir(outdir)
        .addEnvironments(EnvironmentProps.of("delivery", "444444444444", "eu-west-1", Tier.PROD))
        .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
        .addEnvironments(EnvironmentProps.of("staging", "222222222222", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.of("staging-eu", "555555555555", "eu-west-1", Tier.STAGING))
        .addEnvironments(EnvironmentProps.of("prod", "333333333333", "eu-west-1", Tier.PROD))
        .build());
    for (PlatformEnvironment env : app.environments()) {
      if (!env.name().equals("delivery")) {
        new SecureBucket(env.addStack("data"), "Documents", SecureBucketProps.defaults());
      }
    }
    return app;
  }

  /** An encrypted, TLS-only topic for the pipeline's alerts. */
  static ITopic alerts(Stack stack) {
    Key key = Key.Builder.create(stack, "AlertsKey")
        .enableKeyRotation(true)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
    return Topic.Builder.create(stack, "Alerts").masterKey(key).enforceSsl(true).build();
  }

  private static final Map<PlatformEnvironment, WebService> APIS = new IdentityHashMap<>();

  /**
   * A web service with an endpoint ({@code api.<environment>.shop.example.com}) in a {@code web}
   * stack of environment {@code name}, created on the first call; call it before any pipeline is
   * built, which synthesizes the environments.
   */
  static WebService api(PlatformApp app, String name) {
    return APIS.computeIfAbsent(app.environment(name), env -> {
      Stack web = env.addStack("web");
      SecureVpc network = new SecureVpc(web, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      return new WebService(web, "Api", WebServiceProps.builder()
          .cluster(new ServiceCluster(web, "Cluster", ServiceClusterProps.of(network.vpc())))
          .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx-unprivileged:1.27.3")
              .cpu(256).memoryMiB(512).user("101:101").build())
          .endpoint(ServiceEndpoint.of("Z0123456789ABCDEFGHIJ", name + ".shop.example.com", "api"))
          .build());
    });
  }

  static EnvironmentDelivery delivery(PlatformApp app, String name) {
    return EnvironmentDelivery.of(app.environment(name), "https://api." + name + ".shop.example.com/health");
  }
}
