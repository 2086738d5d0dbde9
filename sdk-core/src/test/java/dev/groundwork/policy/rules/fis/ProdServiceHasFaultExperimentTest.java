package dev.groundwork.policy.rules.fis;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicableTo;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.template;

import dev.groundwork.core.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProdServiceHasFaultExperimentTest {
  static final String WEB = "{'Metadata': {'groundwork:workload': {'kind': 'WebService', 'internetFacing': true}}}";
  static final String WORKER = "{'Metadata': {'groundwork:workload': {'kind': 'QueueWorkerService'}}}";
  static final String EXERCISES_SVC = "{'Metadata': {'groundwork:exercises': ['Svc']}}";
  static final String EXERCISES_OTHER = "{'Metadata': {'groundwork:exercises': ['Other']}}";
  final ProdServiceHasFaultExperiment rule = new ProdServiceHasFaultExperiment();

  @Test
  void passesWhenAnExperimentTemplateInTheStackExercisesTheService() {
    assertCompliant(template()
        .resource("Svc", "AWS::ECS::Service", "{}", WEB)
        .resource("StopTasks", "AWS::FIS::ExperimentTemplate", "{}", EXERCISES_SVC)
        .evaluate(rule, "Svc", Tier.PROD));
  }

  @Test
  void passesForAHandWrittenTemplateWhoseTaskTargetRefersToTheService() {
    assertCompliant(template()
        .resource("Svc", "AWS::ECS::Service", "{}", WORKER)
        .resource("StopTasks", "AWS::FIS::ExperimentTemplate", "{'Targets': {'Tasks': {'ResourceType': 'aws:ecs:task',"
            + " 'Parameters': {'cluster': 'orders', 'service': {'Fn::GetAtt': ['Svc', 'Name']}},"
            + " 'SelectionMode': 'PERCENT(50)'}}}")
        .evaluate(rule, "Svc", Tier.PROD));
  }

  @Test
  void failsForAProductionServiceNoExperimentExercises() {
    assertViolation(template()
        .resource("Svc", "AWS::ECS::Service", "{}", WORKER)
        .resource("StopTasks", "AWS::FIS::ExperimentTemplate", "{}", EXERCISES_OTHER)
        .evaluate(rule, "Svc", Tier.PROD), "Metadata.groundwork:exercises", "no fault-injection experiment");
  }

  @Test
  void failsWhenOnlyAnotherKindOfResourceClaimsToExerciseIt() {
    assertViolation(template()
        .resource("Svc", "AWS::ECS::Service", "{}", WEB)
        .resource("Alarm", "AWS::CloudWatch::Alarm", "{}", EXERCISES_SVC)
        .evaluate(rule, "Svc", Tier.PROD), "Metadata.groundwork:exercises", "no fault-injection experiment");
  }

  @ParameterizedTest
  @EnumSource(value = Tier.class, names = {"DEV", "STAGING"})
  void notApplicableOutsideProduction(Tier tier) {
    assertNotApplicable(template().resource("Svc", "AWS::ECS::Service", "{}", WEB).evaluate(rule, "Svc", tier));
  }

  @Test
  void notApplicableToAPlainCdkServiceWithoutWorkloadMetadata() {
    assertNotApplicable(template().resource("Svc", "AWS::ECS::Service", "{}").evaluate(rule, "Svc", Tier.PROD));
  }

  @Test
  void notApplicableToDatabases() {
    assertNotApplicableTo(rule, "AWS::RDS::DBCluster", "{}");
  }
}
