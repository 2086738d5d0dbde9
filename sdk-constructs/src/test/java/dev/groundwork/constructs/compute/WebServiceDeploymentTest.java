package dev.groundwork.constructs.compute;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformEnvironment;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.constructs.TestApps;
import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.constructs.network.SecureVpc;
import dev.groundwork.constructs.network.SecureVpcProps;
import dev.groundwork.constructs.observability.AlertTopic;
import dev.groundwork.constructs.observability.AlertTopicProps;
import dev.groundwork.constructs.observability.Monitoring;
import dev.groundwork.constructs.observability.MonitoringProps;
import dev.groundwork.constructs.observability.Subscriber;
import dev.groundwork.constructs.observability.WebServiceWatchOptions;
import dev.groundwork.constructs.observability.WebServiceWatcher;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.testing.ResourceAssert;
import dev.groundwork.testing.SynthesisExtension;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;

/** ECS-native deployment strategies of {@link WebService}, chosen per tier and overridden. */
class WebServiceDeploymentTest {
  private static final String SERVICE = "AWS::ECS::Service";

  static IAlarm alarm(Stack stack, String name) {
    return Alarm.fromAlarmArn(stack, name, "arn:aws:cloudwatch:eu-west-1:" + stack.getAccount()
        + ":alarm:" + name);
  }

  static WebServiceProps.Builder web(ServiceCluster cluster) {
    return WebServiceProps.builder()
        .cluster(cluster)
        .container(ContainerOptions.builder().image("public.ecr.aws/nginx/nginx:1.27.3")
            .cpu(512).memoryMiB(1024).build())
        .certificate(TlsCertificate.fromArn(WebServiceTest.CERTIFICATE));
  }

  @RegisterExtension
  static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
    PlatformApp app = TestApps.appWithEveryTier(outdir);
    for (PlatformEnvironment env : app.environments()) {
      Stack stack = env.addStack("services");
      SecureVpc network = new SecureVpc(stack, "Network", SecureVpcProps.of(Cidr.of("10.0.0.0/16")));
      ServiceCluster cluster = new ServiceCluster(stack, "Cluster", ServiceClusterProps.of(network.vpc()));
      new WebService(stack, "Api", web(cluster)
          .deployment(DeploymentOptions.rollbackOn(alarm(stack, "api-5xx"), alarm(stack, "api-latency")))
          .build());
      if (env.name().equals("prod")) {
        new WebService(stack, "Admin", web(cluster)
            .deployment(DeploymentOptions.builder()
                .strategy(DeploymentStrategy.LINEAR)
                .trafficShiftPercent(25.0)
                .bakeTimeMinutes(30)
                .addRollbackAlarms(alarm(stack, "admin-5xx"))
                .build())
            .build());
        new WebService(stack, "Legacy", web(cluster).build());
        WebService checkout = new WebService(stack, "Checkout", web(cluster)
            .deployment(DeploymentOptions.builder()
                .strategy(DeploymentStrategy.BLUE_GREEN)
                .testListenerPort(8443)
                .build())
            .build());
        AlertTopic alerts = new AlertTopic(stack, "Alerts", AlertTopicProps.builder()
            .addSubscribers(Subscriber.email("oncall@example.com", Subscriber.Route.NOTIFY))
            .build());
        WebServiceWatcher watcher = new Monitoring(stack, "Monitoring", MonitoringProps.of(alerts))
            .addWebService(checkout, WebServiceWatchOptions.builder()
                .runbookUrl("https://runbooks.example.com/checkout")
                .publicUrl("https://checkout.example.com")
                .build());
        checkout.addRollbackAlarms(watcher.rollbackAlarms());
        new WebService(stack, "Search", web(cluster)
            .deployment(DeploymentOptions.builder()
                .strategy(DeploymentStrategy.BLUE_GREEN)
                .testListenerPort(9443)
                .addTestListenerClients(Cidr.of("10.99.0.0/16"))
                .addRollbackAlarms(alarm(stack, "search-5xx"))
                .build())
            .build())
            .addRollbackAlarms(alarm(stack, "search-latency"));
      }
    }
    return app;
  });

  static ResourceAssert service(SynthesizedApp app, String env, String name) {
    return assertThat(app).environment(env).resource(env + "/services/" + name + "/Service/Service");
  }

  @Nested
  class ByTier {
    @Test
    void devRollsWithTheCircuitBreakerAndRollsBackOnAlarms(SynthesizedApp app) {
      service(app, "dev", "Api")
          .hasProperty("DeploymentConfiguration.Strategy", "ROLLING")
          .hasProperty("DeploymentConfiguration.DeploymentCircuitBreaker.Rollback", true)
          .hasProperty("DeploymentConfiguration.Alarms.Enable", true)
          .hasProperty("DeploymentConfiguration.Alarms.Rollback", true)
          .hasProperty("DeploymentConfiguration.Alarms.AlarmNames", List.of("api-5xx", "api-latency"))
          .doesNotHaveProperty("DeploymentConfiguration.CanaryConfiguration");
      assertThat(app).environment("dev").resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup")
          .hasSize(1);
    }

    @Test
    void stagingAndProdShiftTenPercentAsACanaryFirst(SynthesizedApp app) {
      for (String env : List.of("staging", "prod")) {
        service(app, env, "Api")
            .hasProperty("DeploymentConfiguration.Strategy", "CANARY")
            .hasProperty("DeploymentConfiguration.CanaryConfiguration.CanaryPercent", 10)
            .hasProperty("DeploymentConfiguration.CanaryConfiguration.CanaryBakeTimeInMinutes", 5)
            .hasProperty("DeploymentConfiguration.Alarms.Rollback", true)
            .hasProperty("DeploymentConfiguration.Alarms.AlarmNames", List.of("api-5xx", "api-latency"));
      }
      service(app, "staging", "Api").hasProperty("DeploymentConfiguration.BakeTimeInMinutes", 5);
      service(app, "prod", "Api").hasProperty("DeploymentConfiguration.BakeTimeInMinutes", 15);
    }

    @Test
    void canaryServicesRegisterAnAlternateTargetGroupBehindTheProductionRule(SynthesizedApp app) {
      service(app, "prod", "Api")
          .referencesAt("LoadBalancers[0].TargetGroupArn", "prod/services/Api/Tasks")
          .referencesAt("LoadBalancers[0].AdvancedConfiguration.AlternateTargetGroupArn",
              "prod/services/Api/TasksAlternate")
          .referencesAt("LoadBalancers[0].AdvancedConfiguration.ProductionListenerRule",
              "prod/services/Api/ProductionRule")
          .hasProperty("LoadBalancers[0].AdvancedConfiguration.RoleArn");
      assertThat(app).environment("prod").resource("prod/services/Api/TasksAlternate")
          .hasProperty("TargetType", "ip");
    }
  }

  @Nested
  class Overrides {
    @Test
    void linearShiftsTheGivenStepAndBakesAsLongAsAsked(SynthesizedApp app) {
      service(app, "prod", "Admin")
          .hasProperty("DeploymentConfiguration.Strategy", "LINEAR")
          .hasProperty("DeploymentConfiguration.LinearConfiguration.StepPercent", 25)
          .hasProperty("DeploymentConfiguration.BakeTimeInMinutes", 30)
          .hasProperty("DeploymentConfiguration.Alarms.AlarmNames", List.of("admin-5xx"));
    }

    @Test
    void aServiceWithoutDeploymentOptionsKeepsThePlainRollingDeployment(SynthesizedApp app) {
      service(app, "prod", "Legacy")
          .doesNotHaveProperty("DeploymentConfiguration.Strategy")
          .doesNotHaveProperty("DeploymentConfiguration.Alarms")
          .hasProperty("DeploymentConfiguration.DeploymentCircuitBreaker.Rollback", true);
    }
  }

  @Nested
  class BlueGreenWithATestListener {
    @Test
    void bakesAndRollsBackOnTheWatchersLoadBalancerAlarms(SynthesizedApp app) {
      service(app, "prod", "Checkout")
          .hasProperty("DeploymentConfiguration.Strategy", "BLUE_GREEN")
          .hasProperty("DeploymentConfiguration.BakeTimeInMinutes", 15)
          .hasProperty("DeploymentConfiguration.Alarms.Rollback", true)
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[0]", "prod/services/Monitoring/Checkout/Alarms/LoadBalancerErrors")
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[1]", "prod/services/Monitoring/Checkout/Alarms/TargetErrors")
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[2]", "prod/services/Monitoring/Checkout/Alarms/Latency")
          .referencesAt("DeploymentConfiguration.Alarms.AlarmNames[3]", "prod/services/Monitoring/Checkout/Alarms/UnhealthyHosts");
    }

    @Test
    void addedAlarmsFollowThoseOfTheOptions(SynthesizedApp app) {
      service(app, "prod", "Search")
          .hasProperty("DeploymentConfiguration.Alarms.AlarmNames", List.of("search-5xx", "search-latency"));
    }

    @Test
    void pointsATestRuleOnTheTestListenerAtBothGroups(SynthesizedApp app) {
      service(app, "prod", "Checkout")
          .referencesAt("LoadBalancers[0].AdvancedConfiguration.ProductionListenerRule",
              "prod/services/Checkout/ProductionRule")
          .referencesAt("LoadBalancers[0].AdvancedConfiguration.TestListenerRule",
              "prod/services/Checkout/TestRule");
      assertThat(app).environment("prod").resource("prod/services/Checkout/TestRule")
          .referencesAt("ListenerArn", "prod/services/Checkout/LoadBalancer/TestListener")
          .referencesAt("Actions[0].ForwardConfig.TargetGroups[0].TargetGroupArn", "prod/services/Checkout/Tasks")
          .referencesAt("Actions[0].ForwardConfig.TargetGroups[1].TargetGroupArn", "prod/services/Checkout/TasksAlternate");
      assertThat(app).environment("prod").resource("prod/services/Checkout/LoadBalancer/TestListener")
          .hasProperty("Port", 8443)
          .hasProperty("Protocol", "HTTPS")
          .hasProperty("DefaultActions[0].FixedResponseConfig.StatusCode", "404");
    }

    @Test
    void admitsOnlyTheVpcOrTheGivenNetworksOnTheTestPort(SynthesizedApp app) {
      assertThat(app).environment("prod").resource("prod/services/Checkout/LoadBalancerSecurityGroup")
          .hasProperty("SecurityGroupIngress[2].FromPort", 8443)
          .referencesAt("SecurityGroupIngress[2].CidrIp", "prod/services/Network/Vpc");
      assertThat(app).environment("prod").resource("prod/services/Search/LoadBalancerSecurityGroup")
          .hasProperty("SecurityGroupIngress[2].FromPort", 9443)
          .hasProperty("SecurityGroupIngress[2].CidrIp", "10.99.0.0/16");
    }
  }

  /** Bad input fails at construction, naming the property. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class InvalidInput {
    ServiceCluster cluster;
    Stack stack;
    int services;

    @org.junit.jupiter.api.BeforeAll
    void createCluster(@TempDir Path outdir) {
      cluster = TestClusters.inImportedVpc(outdir, "prod", "services");
      stack = Stack.of(cluster);
    }

    @Test
    void rejectsATestListenerOnTheHttpOrHttpsPort() {
      for (int port : new int[] {80, 443, 0, 70000}) {
        assertRejected(withAlarm().strategy(DeploymentStrategy.BLUE_GREEN).testListenerPort(port).build(),
            "DEPLOYMENT_TEST_LISTENER_PORT")
            .hasMessageContaining("deployment.testListenerPort must be 1 to 65535, neither 80 (the HTTP redirect)"
                + " nor the HTTPS port 443, got " + port);
      }
    }

    @Test
    void rejectsATestListenerOpenToTheInternet() {
      assertRejected(withAlarm().strategy(DeploymentStrategy.BLUE_GREEN).testListenerPort(8443)
          .addTestListenerClients(Cidr.ANY_IPV4).build(), "DEPLOYMENT_TEST_LISTENER_CLIENTS")
          .hasMessageContaining("deployment.testListenerClients must be networks other than the internet, got 0.0.0.0/0");
    }

    @Test
    void rejectsTestListenerClientsWithoutAPort() {
      assertRejected(withAlarm().strategy(DeploymentStrategy.BLUE_GREEN)
          .addTestListenerClients(Cidr.of("10.0.0.0/16")).build(), "DEPLOYMENT_TEST_LISTENER_CLIENTS")
          .hasMessageContaining("must be empty without deployment.testListenerPort");
    }

    @Test
    void rejectsATestListenerForARollingDeployment() {
      assertRejected(withAlarm().strategy(DeploymentStrategy.ROLLING).testListenerPort(8443).build(),
          "DEPLOYMENT_TEST_LISTENER_STRATEGY")
          .hasMessageContaining("deployment.testListenerPort must be unset for ROLLING, got 8443 for ROLLING");
    }

    @Test
    void rejectsACanaryPercentOutsideATenthToAHundred() {
      for (double percent : new double[] {0.05, 100.5, 10.05}) {
        assertRejected(withAlarm().strategy(DeploymentStrategy.CANARY).trafficShiftPercent(percent).build(),
            "DEPLOYMENT_CANARY_PERCENT")
            .hasMessageContaining("deployment.trafficShiftPercent must be 0.1 to 100 in steps of 0.1");
      }
    }

    @Test
    void rejectsALinearStepOutsideThreeToAHundred() {
      for (double percent : new double[] {2.9, 101}) {
        assertRejected(withAlarm().strategy(DeploymentStrategy.LINEAR).trafficShiftPercent(percent).build(),
            "DEPLOYMENT_LINEAR_STEP")
            .hasMessageContaining("deployment.trafficShiftPercent must be 3 to 100 in steps of 0.1, got " + percent);
      }
    }

    @Test
    void rejectsABakeTimeOutsideADay() {
      for (int minutes : new int[] {-1, 1441}) {
        assertRejected(withAlarm().bakeTimeMinutes(minutes).build(), "DEPLOYMENT_BAKE_TIME")
            .hasMessageContaining("deployment.bakeTimeMinutes must be 0 to 1440 minutes, got " + minutes);
      }
    }

    @Test
    void rejectsATrafficShiftForBlueGreen() {
      assertRejected(withAlarm().strategy(DeploymentStrategy.BLUE_GREEN).trafficShiftPercent(10.0).build(),
          "DEPLOYMENT_TRAFFIC_SHIFT");
    }

    private DeploymentOptions.Builder withAlarm() {
      return DeploymentOptions.builder().addRollbackAlarms(alarm(stack, "Alarm" + services));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(DeploymentOptions options,
        String code) {
      String id = "Api" + services++;
      WebServiceProps props = web(cluster).deployment(options).build();
      return assertThatThrownBy(() -> new WebService(stack, id, props))
          .isInstanceOfSatisfying(GroundworkValidationException.class,
              e -> assertThat(e.codes()).containsExactly(code));
    }
  }

  /**
   * Missing rollback alarms are found when the app synthesizes, since {@link WebService#addRollbackAlarms}
   * may add them after construction.
   */
  @Nested
  class MissingRollbackAlarms {
    @Test
    void failTheSynthesisOfEveryTrafficShiftingStrategy(@TempDir Path outdir) {
      ServiceCluster cluster = TestClusters.inImportedVpc(outdir, "prod", "services");
      Stack stack = Stack.of(cluster);
      new WebService(stack, "Canary", web(cluster).deployment(DeploymentOptions.builder().build()).build());
      new WebService(stack, "BlueGreen", web(cluster)
          .deployment(DeploymentOptions.builder().strategy(DeploymentStrategy.BLUE_GREEN).build()).build());
      new WebService(stack, "Linear", web(cluster)
          .deployment(DeploymentOptions.builder().strategy(DeploymentStrategy.LINEAR).build()).build());
      new WebService(stack, "Rolling", web(cluster)
          .deployment(DeploymentOptions.builder().strategy(DeploymentStrategy.ROLLING).build()).build());
      assertThatThrownBy(() -> software.amazon.awscdk.Stage.of(stack).synth())
          .hasMessageContaining("[DEPLOYMENT_ALARMS_REQUIRED] WebService at 'prod/services/Canary': "
              + "deployment.rollbackAlarms must be at least one alarm for BLUE_GREEN, CANARY or LINEAR, got none for CANARY")
          .hasMessageContaining("'prod/services/BlueGreen': deployment.rollbackAlarms must be at least one alarm"
              + " for BLUE_GREEN, CANARY or LINEAR, got none for BLUE_GREEN")
          .hasMessageContaining("got none for LINEAR")
          .hasMessageContaining("addRollbackAlarms(watcher.rollbackAlarms())")
          .hasMessageNotContaining("'prod/services/Rolling'");
    }
  }
}
