package dev.groundwork.policy.rules.observability;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.template;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObservabilityRulesTest {
  static final String WEB = "{'Metadata': {'groundwork:workload': {'kind': 'WebService', 'internetFacing': true}}}";
  static final String INTERNAL_WEB = "{'Metadata': {'groundwork:workload': {'kind': 'WebService', 'internetFacing': false}}}";
  static final String WORKER = "{'Metadata': {'groundwork:workload': {'kind': 'QueueWorkerService'}}}";
  static final String WATCHES_SVC = "{'Metadata': {'groundwork:watches': ['Svc']}}";
  static final String WATCHES_OTHER = "{'Metadata': {'groundwork:watches': ['Other']}}";

  @Nested
  class Watched {
    final ServiceWatchedByCompositeAlarm rule = new ServiceWatchedByCompositeAlarm();

    @Test
    void passesWhenACompositeInTheStackWatchesTheService() {
      assertCompliant(template()
          .resource("Svc", "AWS::ECS::Service", "{}", WORKER)
          .resource("Paging", "AWS::CloudWatch::CompositeAlarm", "{}", WATCHES_SVC)
          .evaluate(rule, "Svc"));
    }

    @Test
    void failsWhenNoCompositeWatchesTheWebService() {
      assertViolation(template()
          .resource("Svc", "AWS::ECS::Service", "{}", WEB)
          .resource("Paging", "AWS::CloudWatch::CompositeAlarm", "{}", WATCHES_OTHER)
          .evaluate(rule, "Svc"), "Metadata.groundwork:watches", "no composite alarm");
    }

    @Test
    void failsWhenOnlyAPlainAlarmClaimsToWatchIt() {
      assertViolation(template()
          .resource("Svc", "AWS::ECS::Service", "{}", WORKER)
          .resource("Alarm", "AWS::CloudWatch::Alarm", "{}", WATCHES_SVC)
          .evaluate(rule, "Svc"), "Metadata.groundwork:watches", "no composite alarm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS::RDS::DBCluster", "AWS::EKS::Cluster"})
    void failsForAnUnwatchedDatabaseOrKubernetesCluster(String type) {
      assertViolation(template().resource("Svc", type, "{}").evaluate(rule, "Svc"),
          "Metadata.groundwork:watches", "no composite alarm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS::RDS::DBCluster", "AWS::EKS::Cluster"})
    void passesForAWatchedDatabaseOrKubernetesCluster(String type) {
      assertCompliant(template()
          .resource("Svc", type, "{}")
          .resource("Paging", "AWS::CloudWatch::CompositeAlarm", "{}", WATCHES_SVC)
          .evaluate(rule, "Svc"));
    }

    @Test
    void passesForADatabaseWhoseCompositeIsInAnotherStackOfTheEnvironment() {
      assertCompliant(template()
          .resource("Db", "AWS::RDS::DBCluster", "{}", "{'Metadata': {'groundwork:watched-by': [{'type': "
              + "'AWS::CloudWatch::CompositeAlarm', 'stack': 'orders-dev-services', 'logicalId': 'DbPaging'}]}}")
          .evaluate(rule, "Db"));
    }

    @Test
    void failsWhenOnlyACanaryOfAnotherStackClaimsToWatchIt() {
      assertViolation(template()
          .resource("Db", "AWS::RDS::DBCluster", "{}", "{'Metadata': {'groundwork:watched-by': [{'type': "
              + "'AWS::Synthetics::Canary', 'stack': 'orders-dev-services', 'logicalId': 'Uptime'}]}}")
          .evaluate(rule, "Db"), "Metadata.groundwork:watches", "no composite alarm");
    }

    @Test
    void notApplicableToAPlainCdkServiceWithoutWorkloadMetadata() {
      assertNotApplicable(template().resource("Svc", "AWS::ECS::Service", "{}").evaluate(rule, "Svc"));
    }

    @Test
    void notApplicableToQueues() {
      assertNotApplicableTo(rule, "AWS::SQS::Queue", "{}");
    }
  }

  @Nested
  class Canary {
    final InternetFacingServiceHasCanary rule = new InternetFacingServiceHasCanary();

    @Test
    void passesWhenACanaryWatchesTheService() {
      assertCompliant(template()
          .resource("Svc", "AWS::ECS::Service", "{}", WEB)
          .resource("Uptime", "AWS::Synthetics::Canary", "{}", WATCHES_SVC)
          .evaluate(rule, "Svc"));
    }

    @Test
    void failsWhenTheInternetFacingServiceHasNoCanary() {
      assertViolation(template()
          .resource("Svc", "AWS::ECS::Service", "{}", WEB)
          .resource("Uptime", "AWS::Synthetics::Canary", "{}", WATCHES_OTHER)
          .evaluate(rule, "Svc"), "Metadata.groundwork:watches", "no uptime canary");
    }

    @Test
    void notApplicableToAnInternalWebService() {
      assertNotApplicable(template().resource("Svc", "AWS::ECS::Service", "{}", INTERNAL_WEB).evaluate(rule, "Svc"));
    }

    @Test
    void notApplicableToAQueueWorker() {
      assertNotApplicable(template().resource("Svc", "AWS::ECS::Service", "{}", WORKER).evaluate(rule, "Svc"));
    }

    @Test
    void notApplicableToBuckets() {
      assertNotApplicableTo(rule, "AWS::S3::Bucket", "{}");
    }
  }
}
