package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.Templates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IamStatementsAssertTest {
  private static final StackTemplate SERVICE = Fixtures.service();
  private static final String ROLE = "prod/service/Api/TaskRole";

  @Nested
  class AttachedToRoles {
    @Test
    void collectsPolicyInlineAndManagedPolicyStatementsOfTheRole() {
      List<IamStatement> all = IamStatement.allIn(SERVICE);
      assertThat(all).filteredOn(s -> s.kind() == IamStatement.Kind.IDENTITY
          && s.attachedRoles().contains("TaskRole30FC0FBB")).hasSize(4);
      assertThat(SERVICE).iamStatements().ofRole(ROLE).hasSize(4);
    }

    @Test
    void allowingHonoursIamWildcardsCaseInsensitively() {
      assertThat(SERVICE).iamStatements().ofRole(ROLE)
          .allowing("s3:GetObject").onResourceReferencing("prod/service/Data/Bucket");
      assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("S3:getobjectversion");
      assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("cloudtrail:LookupEvents");
      assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("logs:PutLogEvents")
          .onResource(Map.of("Fn::GetAtt", List.of("LogGroupF5B46931", "Arn")));
    }

    @Test
    void conditionsAreMatchedByOperatorKeyAndValue() {
      assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("kms:Decrypt")
          .withCondition("StringEquals", "kms:ViaService", "s3.eu-west-1.amazonaws.com");
    }

    @Test
    void failsListingTheRolesStatementsWhenActionIsNotAllowed() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("s3:PutObject"))
          .withMessageContaining("IAM statements in stack 'orders-prod-service' of role 'prod/service/Api/TaskRole' to contain a statement allowing s3:PutObject but none does")
          .withMessageContaining("statement 0 of PolicyDocument of AWS::IAM::Policy 'TaskRoleDefaultPolicyA84DDCC8' at 'prod/service/Api/TaskRole/DefaultPolicy/Resource'");
    }

    @Test
    void failsWhenConditionDiffers() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("kms:Decrypt")
              .withCondition("StringEquals", "kms:ViaService", "sqs.eu-west-1.amazonaws.com"))
          .withMessageContaining("with condition StringEquals kms:ViaService = \"sqs.eu-west-1.amazonaws.com\"");
    }

    @Test
    void failsNamingTheRolesThatExistWhenRoleIsUnknown() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole("prod/service/Worker/Role"))
          .withMessageContaining("Expected a role 'prod/service/Worker/Role'")
          .withMessageContaining("TaskRole30FC0FBB");
    }
  }

  @Nested
  class LeastPrivilege {
    @Test
    void doesNotAllowPassesForActionsNoAllowCovers() {
      assertThat(SERVICE).iamStatements().ofRole(ROLE).doesNotAllow("iam:PassRole");
    }

    @Test
    void doesNotAllowFailsShowingTheGrantingStatement() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole(ROLE).doesNotAllow("cloudtrail:DeleteTrail"))
          .withMessageContaining("to allow cloudtrail:DeleteTrail but 1 do")
          .withMessageContaining("AWS::IAM::ManagedPolicy 'AuditPolicy9D8C7B6A'")
          .withMessageContaining("attached to role(s) [TaskRole30FC0FBB]");
    }

    @Test
    void wildcardActionsAndResourcesAreReported() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofKind(IamStatement.Kind.IDENTITY).haveNoWildcardActions())
          .withMessageContaining("\"Action\":\"cloudtrail:*\"");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofKind(IamStatement.Kind.IDENTITY).haveNoWildcardResources())
          .withMessageContaining("on any resource (\"*\")");
    }

    @Test
    void statementsWithoutWildcardsPass() {
      assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("logs:PutLogEvents")
          .haveNoWildcardActions().haveNoWildcardResources();
    }
  }

  @Nested
  class ResourceAndTrustPolicies {
    @Test
    void bucketPolicyDenyIsFound() {
      assertThat(SERVICE).iamStatements().ofKind(IamStatement.Kind.RESOURCE)
          .denying("s3:GetObject").withCondition("Bool", "aws:SecureTransport", "false")
          .onResourceReferencing("prod/service/Data/Bucket");
    }

    @Test
    void keyPolicyAndTrustPolicyAreFound() {
      assertThat(SERVICE).iamStatements().ofKind(IamStatement.Kind.RESOURCE).allowing("kms:CreateGrant").onResource("*");
      assertThat(SERVICE).iamStatements().ofKind(IamStatement.Kind.TRUST).allowing("sts:AssumeRole").hasSize(1);
    }

    @Test
    void emptySetsFailWhenStatementsExpected() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(StackTemplate.fromJson("empty", "{\"Resources\":{}}")).iamStatements().isNotEmpty())
          .withMessageContaining("Expected at least one of IAM statements in stack 'empty'");
    }
  }

  @Nested
  class OtherFailures {
    @Test
    void denyingFailsWhenOnlyAllowsCoverTheAction() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole(ROLE).denying("s3:GetObject"))
          .withMessageContaining("to contain a statement denying s3:GetObject but none does");
    }

    @Test
    void onResourceFailsShowingTheStatementsNarrowedSoFar() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("kms:Decrypt").onResource("*"))
          .withMessageContaining("of role 'prod/service/Api/TaskRole' allowing kms:Decrypt to contain a statement on resource \"*\" but none does")
          .withMessageContaining("\"Action\":\"kms:Decrypt\"");
    }

    @Test
    void onResourceReferencingFailsForAnotherResource() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofRole(ROLE).allowing("kms:Decrypt")
              .onResourceReferencing("prod/service/Data/Bucket"))
          .withMessageContaining("on a resource referencing 'prod/service/Data/Bucket' but none does");
    }

    @Test
    void emptyFailsListingTheStatements() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).iamStatements().ofKind(IamStatement.Kind.TRUST).isEmpty())
          .withMessageContaining("Expected 0 IAM statements in stack 'orders-prod-service' of trust policies but found 1")
          .withMessageContaining("AssumeRolePolicyDocument of AWS::IAM::Role 'TaskRole30FC0FBB'");
    }
  }
}
