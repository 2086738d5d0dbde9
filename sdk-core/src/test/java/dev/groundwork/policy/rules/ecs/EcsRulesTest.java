package dev.groundwork.policy.rules.ecs;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import dev.groundwork.policy.Evaluation;
import dev.groundwork.policy.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EcsRulesTest {

  static final String TASK = "AWS::ECS::TaskDefinition";
  static final String PATH = "Properties.ContainerDefinitions[0]";

  static Evaluation container(Rule rule, String container) {
    return evaluate(rule, TASK, "{'ContainerDefinitions': [" + container + "]}");
  }

  static void assertNoContainersIsNotApplicable(Rule rule) {
    assertNotApplicable(evaluate(rule, TASK, "{'Family': 'empty'}"));
  }

  @Nested
  class MemoryLimit {
    final EcsContainerMemoryLimitSet rule = new EcsContainerMemoryLimitSet();

    @Test
    void passesWhenEveryContainerHasAHardLimit() {
      assertCompliant(evaluate(rule, TASK, "{'Memory': '1024', 'ContainerDefinitions': ["
          + "{'Name': 'app', 'Memory': 896}, {'Name': 'otel', 'Memory': 128, 'MemoryReservation': 64}]}"));
    }

    @Test
    void failsWhenASidecarHasOnlyAReservation() {
      assertViolation(evaluate(rule, TASK, "{'Memory': '1024', 'ContainerDefinitions': ["
              + "{'Name': 'app', 'Memory': 896}, {'Name': 'otel', 'MemoryReservation': 64}]}"),
          "Properties.ContainerDefinitions[1].Memory", "container 'otel' has no memory hard limit");
    }

    @Test
    void failsWhenOnlyTheTaskIsSized() {
      assertViolation(evaluate(rule, TASK, "{'Memory': '1024', 'ContainerDefinitions': [{'Name': 'app'}]}"),
          PATH + ".Memory", "container 'app'");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenLimitIsParameter() {
      assertUnknown(container(rule, "{'Name': 'app', 'Memory': {'Ref': 'M'}}"), PATH + ".Memory");
    }
  }

  @Nested
  class CapabilitiesDropped {
    final EcsContainerDropsAllCapabilities rule = new EcsContainerDropsAllCapabilities();
    static final String CAPABILITIES = PATH + ".LinuxParameters.Capabilities";

    @Test
    void passesWhenEveryCapabilityIsDropped() {
      assertCompliant(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities': {'Drop': ['ALL']}}}"));
    }

    @Test
    void passesWhenOneCapabilityIsAddedBackByName() {
      assertCompliant(container(rule, "{'Name': 'app', 'LinuxParameters': {'InitProcessEnabled': true,"
          + " 'Capabilities': {'Add': ['SYS_PTRACE'], 'Drop': ['ALL']}}}"));
    }

    @Test
    void passesWhenAHandWrittenTemplateGivesDropAsOneString() {
      assertCompliant(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities': {'Drop': 'ALL'}}}"));
    }

    @Test
    void failsWithoutLinuxParameters() {
      assertViolation(container(rule, "{'Name': 'app'}"), CAPABILITIES + ".Drop",
          "container 'app' keeps the default Linux capabilities (drops none)");
    }

    @Test
    void failsWithTheEmptyCapabilitiesCdkWritesByDefault() {
      assertViolation(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities': {},"
          + " 'InitProcessEnabled': true}}"), CAPABILITIES + ".Drop", "drops none");
    }

    @Test
    void failsWhenOnlySomeAreDropped() {
      assertViolation(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities':"
          + " {'Drop': ['NET_RAW', 'MKNOD']}}}"), CAPABILITIES + ".Drop", "drops only [NET_RAW, MKNOD], not ALL");
    }

    @Test
    void failsWhenAllAreAddedBack() {
      assertViolation(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities':"
          + " {'Drop': ['ALL'], 'Add': ['ALL']}}}"), CAPABILITIES + ".Add", "adds ALL capabilities back");
    }

    @Test
    void failsWhenPrivilegedWhateverItDrops() {
      assertViolation(container(rule, "{'Name': 'app', 'Privileged': true, 'LinuxParameters':"
          + " {'Capabilities': {'Drop': ['ALL']}}}"), PATH + ".Privileged", "ECS ignores its capability settings");
    }

    @Test
    void failsForTheOneSidecarThatKeepsTheDefaults() {
      assertViolation(evaluate(rule, TASK, "{'ContainerDefinitions': ["
              + "{'Name': 'app', 'LinuxParameters': {'Capabilities': {'Drop': ['ALL']}}},"
              + " {'Name': 'log-router'}]}"),
          "Properties.ContainerDefinitions[1].LinuxParameters.Capabilities.Drop", "container 'log-router'");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenTheDropListIsAParameter() {
      assertUnknown(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities':"
          + " {'Drop': {'Ref': 'Dropped'}}}}"), CAPABILITIES + ".Drop");
    }

    @Test
    void unknownWhenTheAddedCapabilitiesAreConditional() {
      assertUnknown(container(rule, "{'Name': 'app', 'LinuxParameters': {'Capabilities':"
          + " {'Drop': ['ALL'], 'Add': [{'Fn::If': ['Debug', 'SYS_PTRACE', 'ALL']}]}}}"), CAPABILITIES + ".Add");
    }

    @Test
    void unknownWhenPrivilegedIsAParameter() {
      assertUnknown(container(rule, "{'Name': 'app', 'Privileged': {'Ref': 'P'}, 'LinuxParameters':"
          + " {'Capabilities': {'Drop': ['ALL']}}}"), PATH + ".Privileged");
    }
  }

  @Nested
  class NonRootUser {
    final EcsContainerRunsAsNonRoot rule = new EcsContainerRunsAsNonRoot();

    @Test
    void passesWhenUserIsNumericNonRoot() {
      assertCompliant(container(rule, "{'Name': 'app', 'User': '1000:1000'}"));
    }

    @Test
    void failsWhenUserIsRoot() {
      assertViolation(container(rule, "{'Name': 'app', 'User': 'root'}"), PATH + ".User", "\"root\"");
    }

    @Test
    void failsWhenUserNotSet() {
      assertViolation(container(rule, "{'Name': 'app'}"), PATH + ".User", "image default user");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenUserIsParameter() {
      assertUnknown(container(rule, "{'Name': 'app', 'User': {'Ref': 'U'}}"));
    }
  }

  @Nested
  class ReadOnlyRootFilesystem {
    final EcsContainerReadOnlyRootFilesystem rule = new EcsContainerReadOnlyRootFilesystem();

    @Test
    void passesWhenReadOnly() {
      assertCompliant(container(rule, "{'Name': 'app', 'ReadonlyRootFilesystem': true}"));
    }

    @Test
    void failsWhenWritable() {
      assertViolation(container(rule, "{'Name': 'app'}"), PATH + ".ReadonlyRootFilesystem", "writable");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenConditional() {
      assertUnknown(container(rule, "{'Name': 'app', 'ReadonlyRootFilesystem': {'Fn::If': ['C', true, false]}}"));
    }
  }

  @Nested
  class NotPrivileged {
    final EcsContainerNotPrivileged rule = new EcsContainerNotPrivileged();

    @Test
    void passesWhenPrivilegedNotSet() {
      assertCompliant(container(rule, "{'Name': 'app'}"));
    }

    @Test
    void failsWhenPrivileged() {
      assertViolation(container(rule, "{'Name': 'app', 'Privileged': true}"), PATH + ".Privileged", "privileged");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenPrivilegedIsParameter() {
      assertUnknown(container(rule, "{'Name': 'app', 'Privileged': {'Ref': 'P'}}"));
    }
  }

  @Nested
  class Logging {
    final EcsContainerLoggingConfigured rule = new EcsContainerLoggingConfigured();

    @Test
    void passesWithAwsLogsDriver() {
      assertCompliant(container(rule, "{'Name': 'app', 'LogConfiguration': {'LogDriver': 'awslogs'}}"));
    }

    @Test
    void failsWithoutLogConfiguration() {
      assertViolation(container(rule, "{'Name': 'app'}"), PATH + ".LogConfiguration", "no LogConfiguration");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenLogConfigurationIsConditional() {
      assertUnknown(container(rule, "{'Name': 'app', 'LogConfiguration': {'Fn::If': ['C', {}, {}]}}"));
    }
  }

  @Nested
  class ImagePinned {
    final EcsContainerImagePinned rule = new EcsContainerImagePinned();

    @Test
    void passesWithCdkAssetImageHashTag() {
      assertCompliant(container(rule, "{'Name': 'app', 'Image': {'Fn::Sub': '${AWS::AccountId}.dkr.ecr."
          + "${AWS::Region}.${AWS::URLSuffix}/cdk-hnb659fds-container-assets-${AWS::AccountId}-"
          + "${AWS::Region}:3f1c2a'}}"));
    }

    @Test
    void passesWithDigest() {
      assertCompliant(container(rule, "{'Name': 'app', 'Image': 'nginx@sha256:abc'}"));
    }

    @Test
    void failsWhenTaggedLatest() {
      assertViolation(container(rule, "{'Name': 'app', 'Image': 'nginx:latest'}"), PATH + ".Image", "tagged latest");
    }

    @Test
    void failsWhenNoTagOnRegistryWithPort() {
      assertViolation(container(rule, "{'Name': 'app', 'Image': 'registry:5000/team/app'}"),
          PATH + ".Image", "without a tag");
    }

    @Test
    void failsWhenEcrRepositoryUsesLatest() {
      assertViolation(container(rule, "{'Name': 'app', 'Image': {'Fn::Join': ['', [{'Fn::Select': [4,"
          + " {'Fn::Split': [':', {'Fn::GetAtt': ['Repo', 'Arn']}]}]}, '.dkr.ecr.', {'Ref': 'AWS::Region'},"
          + " '/', {'Ref': 'Repo'}, ':latest']]}}"), PATH + ".Image", "tagged latest");
    }

    @Test
    void notApplicableWithoutContainers() {
      assertNoContainersIsNotApplicable(rule);
    }

    @Test
    void unknownWhenImageIsParameter() {
      assertUnknown(container(rule, "{'Name': 'app', 'Image': {'Ref': 'Image'}}"));
    }
  }

  @Nested
  class ResourceLimits {
    final EcsTaskResourceLimitsSet rule = new EcsTaskResourceLimitsSet();

    @Test
    void passesWhenTaskSetsCpuAndMemory() {
      assertCompliant(evaluate(rule, TASK, "{'Cpu': '256', 'Memory': '512', 'ContainerDefinitions': [{'Name': 'a'}]}"));
    }

    @Test
    void passesWhenEveryContainerSetsLimits() {
      assertCompliant(container(rule, "{'Name': 'a', 'Cpu': 128, 'MemoryReservation': 256}"));
    }

    @Test
    void failsWhenContainerHasNoMemory() {
      assertViolation(container(rule, "{'Name': 'a', 'Cpu': 128}"), PATH + ".Memory", "no memory limit");
    }

    @Test
    void notApplicableWithoutContainersOrTaskLimits() {
      assertNoContainersIsNotApplicable(rule);
    }
  }
}
