package dev.groundwork.policy.rules.tags;

import static dev.groundwork.testing.TemplateFixture.assertCompliant;
import static dev.groundwork.testing.TemplateFixture.assertNotApplicable;
import static dev.groundwork.testing.TemplateFixture.assertUnknown;
import static dev.groundwork.testing.TemplateFixture.assertViolation;
import static dev.groundwork.testing.TemplateFixture.evaluate;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsRulesTest {

  static final String ALL_TAGS = "{'Tags': [{'Key': 'cost-center', 'Value': 'cc-1'}, "
      + "{'Key': 'environment', 'Value': 'dev'}, {'Key': 'team', 'Value': 'payments'}]}";

  @Nested
  class RequiredTags {
    final ResourcesHaveRequiredTags rule = new ResourcesHaveRequiredTags();

    @Test
    void passesWhenBucketHasAllThreeKeys() {
      assertCompliant(evaluate(rule, "AWS::S3::Bucket", ALL_TAGS));
    }

    @Test
    void failsWhenTeamAndCostCenterMissing() {
      assertViolation(evaluate(rule, "AWS::SQS::Queue", "{'Tags': [{'Key': 'environment', 'Value': 'dev'}]}"),
          "Properties.Tags", "missing tags cost-center, team");
    }

    @Test
    void failsWhenUntaggedRole() {
      assertViolation(evaluate(rule, "AWS::IAM::Role", "{}"), "Properties.Tags", "environment");
    }

    @Test
    void passesForSsmParameterWithMapTags() {
      assertCompliant(evaluate(rule, "AWS::SSM::Parameter",
          "{'Tags': {'environment': 'dev', 'team': 't', 'cost-center': 'c'}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS::CDK::Metadata", "AWS::CloudFormation::WaitConditionHandle",
        "Custom::VpcRestrictDefaultSG", "AWS::CloudFormation::CustomResource", "AWS::Lambda::Permission",
        "AWS::IAM::Policy", "AWS::EC2::SecurityGroupIngress", "AWS::S3::BucketPolicy",
        "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::LaunchTemplate"})
    void notApplicableToNonTaggableTypes(String type) {
      assertNotApplicable(evaluate(rule, type, "{}"));
    }

    @Test
    void failsOnAnUntaggedCdkCustomResourceProviderRole() {
      // The toolkit's tag assertion and this rule give one answer: an untagged provider role is
      // a finding (CustomResourceProviderTags is the fix), not silently exempt.
      assertViolation(dev.groundwork.testing.TemplateFixture.template().resource(
              "CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0", "AWS::IAM::Role", "{}")
          .evaluate(rule, "CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0"),
          "Properties.Tags", "missing tags cost-center, environment, team");
    }

    @Test
    void checksTypesTheOldHandListMissedSuchAsWafWebAcls() {
      assertViolation(evaluate(rule, "AWS::WAFv2::WebACL", "{'Tags': [{'Key': 'team', 'Value': 'x'}]}"),
          "Properties.Tags", "missing tags cost-center, environment");
      assertCompliant(evaluate(rule, "AWS::WAFv2::WebACL", "{'Tags': [{'Key': 'team', 'Value': 'x'}, "
          + "{'Key': 'environment', 'Value': 'dev'}, {'Key': 'cost-center', 'Value': 'c'}]}"));
    }

    @Test
    void readsTheTagPropertyAwsBackupNamesAfterItsType() {
      assertCompliant(evaluate(rule, "AWS::Backup::BackupVault",
          "{'BackupVaultTags': {'team': 'x', 'environment': 'dev', 'cost-center': 'c'}}"));
      assertViolation(evaluate(rule, "AWS::Backup::BackupPlan", "{'BackupPlanTags': {'team': 'x'}}"),
          "Properties.BackupPlanTags", "missing tags cost-center, environment");
      assertViolation(evaluate(rule, "AWS::Backup::BackupVault", "{}"), "Properties.Tags", "environment");
    }

    @Test
    void readsTagsGivenAsAMap() {
      assertCompliant(evaluate(rule, "AWS::SSM::Parameter",
          "{'Tags': {'team': 'x', 'environment': 'dev', 'cost-center': 'c'}}"));
    }

    @Test
    void unknownWhenTagsAreConditional() {
      assertUnknown(evaluate(rule, "AWS::S3::Bucket", "{'Tags': {'Fn::If': ['C', [], []]}}"));
    }

    @Test
    void unknownWhenMissingKeyMayBeAnUnresolvedKey() {
      assertUnknown(evaluate(rule, "AWS::S3::Bucket", "{'Tags': [{'Key': {'Ref': 'K'}, 'Value': 'v'}]}"));
    }

    @Test
    void checksConfiguredKeysInstead() {
      assertViolation(evaluate(new ResourcesHaveRequiredTags(Set.of("owner")), "AWS::S3::Bucket", ALL_TAGS),
          "Properties.Tags", "missing tag owner");
    }
  }
}
