package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourceAssertTest {
  private static final StackTemplate SERVICE = Fixtures.service();
  private static final Resource BUCKET = SERVICE.resource("DataBucketE3889A50").orElseThrow();
  private static final Resource SCRATCH = SERVICE.resource("ScratchBucket5C2D8E11").orElseThrow();

  @Nested
  class Properties {
    @Test
    void passesWhenPropertyAtNestedPathEqualsExpected() {
      assertThat(BUCKET)
          .hasType("AWS::S3::Bucket")
          .hasProperty("VersioningConfiguration.Status", "Enabled")
          .hasProperty("BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm", "aws:kms")
          .hasProperty("LifecycleConfiguration.Rules[0].ExpirationInDays", 365L)
          .hasProperty("VersioningConfiguration", Map.of("Status", "Enabled"));
    }

    @Test
    void failsNamingPathExpectedFoundAndWhereWhenValueDiffers() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(BUCKET).hasProperty("VersioningConfiguration.Status", "Suspended"))
          .withMessageContaining("VersioningConfiguration.Status = \"Suspended\"")
          .withMessageContaining("but found \"Enabled\"")
          .withMessageContaining("'DataBucketE3889A50'")
          .withMessageContaining("at 'prod/service/Data/Bucket/Resource'")
          .withMessageContaining("stack 'orders-prod-service'");
    }

    @Test
    void failsListingPropertiesWhenPathIsMissing() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SCRATCH).hasProperty("VersioningConfiguration.Status"))
          .withMessageContaining("Expected property VersioningConfiguration.Status")
          .withMessageContaining("its properties are {\"Tags\"");
    }

    @Test
    void checksConditionsAndRequirementsOnPlainJavaValues() {
      assertThat(BUCKET)
          .hasPropertySatisfying("LifecycleConfiguration.Rules[0].ExpirationInDays",
              new Condition<>(v -> ((Number) v).intValue() >= 90, "at least 90 days"))
          .hasPropertySatisfying("LifecycleConfiguration.Rules", rules -> assertThat((List<?>) rules).hasSize(1));
      assertThat(BUCKET).property("VersioningConfiguration.Status").isEqualTo("Enabled");
    }

    @Test
    void failsSayingTheConditionWhenValueDoesNotMeetIt() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(BUCKET).hasPropertySatisfying("LifecycleConfiguration.Rules[0].ExpirationInDays",
              new Condition<>(v -> ((Number) v).intValue() >= 400, "at least 400 days")))
          .withMessageContaining("to be at least 400 days")
          .withMessageContaining("but found 365");
    }

    @Test
    void doesNotHavePropertyFailsWhenPresent() {
      assertThat(SCRATCH).doesNotHaveProperty("VersioningConfiguration");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(BUCKET).doesNotHaveProperty("VersioningConfiguration"))
          .withMessageContaining("Expected no property VersioningConfiguration");
    }

    @Test
    void rejectsMalformedPaths() {
      assertThatIllegalArgumentException().isThrownBy(() -> BUCKET.property("Rules[x]"))
          .withMessageContaining("malformed property path");
    }
  }

  @Nested
  class Tags {
    @Test
    void passesWhenTagsPresent() {
      assertThat(BUCKET).hasTag("team", "payments").hasTags("environment", "team", "cost-center")
          .doesNotHaveTag("owner");
    }

    @Test
    void failsListingMissingKeysAndTheTagsFound() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SCRATCH).hasTags("environment", "team", "cost-center"))
          .withMessageContaining("Expected tags [team, cost-center]")
          .withMessageContaining("its tags are {environment=prod}");
    }

    @Test
    void failsShowingTheValueFoundWhenTagValueDiffers() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(BUCKET).hasTag("team", "platform"))
          .withMessageContaining("but found 'payments'");
    }
  }

  @Nested
  class Retention {
    @Test
    void passesWhenRetainedOnDeleteAndReplace() {
      assertThat(BUCKET).hasDeletionPolicy("Retain").hasUpdateReplacePolicy("Retain").isRetained();
    }

    @Test
    void failsNamingBothPoliciesWhenDeleted() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SCRATCH).isRetained())
          .withMessageContaining("DeletionPolicy is Delete and UpdateReplacePolicy is Delete")
          .withMessageContaining("prod/service/Scratch/Resource");
    }

    @Test
    void failsSayingNoneWhenPolicyAbsent() {
      Resource role = SERVICE.resource("TaskRole30FC0FBB").orElseThrow();
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(role).hasDeletionPolicy("Retain"))
          .withMessageContaining("but found none");
    }
  }

  @Nested
  class References {
    private final Resource function = SERVICE.resource("AppFunctionCodeAsset").orElseThrow();

    @Test
    void findsRefGetAttAndSubByLogicalIdOrConstructPath() {
      assertThat(function)
          .references("TaskRole30FC0FBB")
          .references("prod/service/Api/TaskRole")
          .referencesAt("Role", "prod/service/Api/TaskRole/Resource")
          .dependsOn("prod/service/Api/TaskRole/DefaultPolicy")
          .doesNotReference("DataBucketE3889A50");
      assertThat(BUCKET).references("prod/service/Data/Key");
    }

    @Test
    void failsListingWhatTheResourceDoesReference() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(function).references("prod/service/Data/Bucket"))
          .withMessageContaining("to reference 'prod/service/Data/Bucket' (logical id DataBucketE3889A50)")
          .withMessageContaining("but it references [TaskRole30FC0FBB]");
    }

    @Test
    void failsWhenReferenceIsUnexpected() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(function).doesNotReference("TaskRole30FC0FBB"))
          .withMessageContaining("not to reference");
    }

    @Test
    void ignoresPseudoParametersInSub() {
      assertThat(function.references()).containsExactly("TaskRole30FC0FBB");
    }
  }

  @Nested
  class OtherFailures {
    private final Resource function = SERVICE.resource("AppFunctionCodeAsset").orElseThrow();

    @Test
    void wrongTypeNamesBoth() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(BUCKET).hasType("AWS::S3::BucketPolicy"))
          .withMessageContaining("Expected type AWS::S3::BucketPolicy but found AWS::S3::Bucket on AWS::S3::Bucket 'DataBucketE3889A50'");
    }

    @Test
    void requirementsThatFailQuoteTheValueAndTheAssertJMessage() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(BUCKET).hasPropertySatisfying("LifecycleConfiguration.Rules",
              rules -> assertThat((List<?>) rules).hasSize(2)))
          .withMessageContaining("Property LifecycleConfiguration.Rules of AWS::S3::Bucket 'DataBucketE3889A50'")
          .withMessageContaining("does not meet the requirements")
          .withMessageContaining("Expected size: 2 but was: 1");
    }

    @Test
    void missingTagAndUnexpectedTagAreNamed() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SCRATCH).hasTag("team"))
          .withMessageContaining("Expected tag 'team' on AWS::S3::Bucket 'ScratchBucket5C2D8E11'");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SCRATCH).doesNotHaveTag("environment"))
          .withMessageContaining("Expected no tag 'environment'")
          .withMessageContaining("but found 'prod'");
    }

    @Test
    void replacePolicyFailureShowsThePolicyFound() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SCRATCH).hasUpdateReplacePolicy("Retain"))
          .withMessageContaining("Expected UpdateReplacePolicy Retain on AWS::S3::Bucket 'ScratchBucket5C2D8E11'")
          .withMessageContaining("but found Delete");
    }

    @Test
    void referenceAtPathFailureShowsThePropertyValue() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(function).referencesAt("Code", "prod/service/Api/TaskRole"))
          .withMessageContaining("Expected property Code of AWS::Lambda::Function 'AppFunctionCodeAsset'")
          .withMessageContaining("to reference 'prod/service/Api/TaskRole' (logical id TaskRole30FC0FBB)")
          .withMessageContaining("but found {\"S3Bucket\"");
    }

    @Test
    void dependsOnFailureListsTheDependencies() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(function).dependsOn("prod/service/Logs"))
          .withMessageContaining("to depend on 'prod/service/Logs' (logical id LogGroupF5B46931)")
          .withMessageContaining("but DependsOn is [TaskRoleDefaultPolicyA84DDCC8, TaskRole30FC0FBB]");
    }
  }

  @Test
  void constructPathComesFromMetadata() {
    assertThat(BUCKET).hasConstructPath("prod/service/Data/Bucket/Resource");
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(BUCKET).hasConstructPath("prod/other"))
        .withMessageContaining("but found prod/service/Data/Bucket/Resource");
  }
}
