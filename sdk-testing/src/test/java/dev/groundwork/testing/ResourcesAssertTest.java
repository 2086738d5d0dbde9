package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.StackTemplate;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourcesAssertTest {
  private static final StackTemplate SERVICE = Fixtures.service();

  @Nested
  class Retention {
    @Test
    void passesWhenEveryStatefulResourceIsRetained() {
      assertThat(SERVICE).resourcesOfType("AWS::KMS::Key").areAllRetained()
          .allHaveDeletionPolicy("Retain").allHaveUpdateReplacePolicy("Retain");
    }

    @Test
    void failsNamingOnlyTheResourcesThatAreNotRetained() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").areAllRetained())
          .withMessageContaining("Expected all 2 AWS::S3::Bucket resources in stack 'orders-prod-service' to be retained, but 1 do not")
          .withMessageContaining("ScratchBucket5C2D8E11' at 'prod/service/Scratch/Resource'")
          .withMessageNotContaining("DataBucketE3889A50");
    }

    @Test
    void failsWithThePolicyFoundForDeletionPolicy() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").allHaveDeletionPolicy("Retain"))
          .withMessageContaining("has DeletionPolicy Delete");
    }
  }

  @Nested
  class Properties {
    @Test
    void passesWhenAllOrAnyMatch() {
      assertThat(SERVICE).resourcesOfType("AWS::KMS::Key").allHaveProperty("EnableKeyRotation", true)
          .allHavePropertySatisfying("EnableKeyRotation", new Condition<>(Boolean.TRUE::equals, "true"));
      assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").anyHasProperty("VersioningConfiguration.Status", "Enabled");
    }

    @Test
    void failsShowingMissingValues() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket")
              .allHaveProperty("VersioningConfiguration.Status", "Enabled"))
          .withMessageContaining("has VersioningConfiguration.Status = (missing)");
    }

    @Test
    void anyFailsListingEachValue() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket")
              .anyHasProperty("VersioningConfiguration.Status", "Suspended"))
          .withMessageContaining("but none does")
          .withMessageContaining("DataBucketE3889A50' at 'prod/service/Data/Bucket/Resource' in stack 'orders-prod-service': \"Enabled\"");
    }
  }

  @Nested
  class Sets {
    @Test
    void sizeFilterAndSingle() {
      assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").hasSize(2).isNotEmpty()
          .filteredOn("are versioned", r -> !r.property("VersioningConfiguration").isMissingNode())
          .singleResource().hasConstructPath("prod/service/Data/Bucket/Resource");
      assertThat(SERVICE).resourcesOfType("AWS::RDS::DBCluster").isEmpty();
    }

    @Test
    void singleFailsWhenThereAreSeveral() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").singleResource())
          .withMessageContaining("Expected 1 AWS::S3::Bucket resources in stack 'orders-prod-service' but found 2");
    }

    @Test
    void allSatisfyReportsEveryFailureTogether() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket")
              .allSatisfy(r -> r.hasTag("owner")))
          .withMessageContaining("2 of 2 AWS::S3::Bucket resources")
          .withMessageContaining("DataBucketE3889A50")
          .withMessageContaining("ScratchBucket5C2D8E11");
    }

    @Test
    void emptyFailsListingWhatWasFound() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::KMS::Key").isEmpty())
          .withMessageContaining("Expected no AWS::KMS::Key resources")
          .withMessageContaining("DataKey7B4E1A2C");
    }
  }

  @Nested
  class OtherFailures {
    @Test
    void notEmptyFailsNamingTheSet() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::RDS::DBCluster").isNotEmpty())
          .withMessageContaining("Expected at least one of AWS::RDS::DBCluster resources in stack 'orders-prod-service' but found none");
    }

    @Test
    void tagValueFailureShowsEachValueFound() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").allHaveTag("team", "payments"))
          .withMessageContaining("to have tag team=payments, but 1 do not")
          .withMessageContaining("ScratchBucket5C2D8E11' at 'prod/service/Scratch/Resource' in stack 'orders-prod-service' has team=null");
    }

    @Test
    void replacePolicyFailureShowsThePolicyFound() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::S3::Bucket").allHaveUpdateReplacePolicy("Retain"))
          .withMessageContaining("has UpdateReplacePolicy Delete");
    }

    @Test
    void conditionFailureNamesTheConditionAndTheValue() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resourcesOfType("AWS::Logs::LogGroup")
              .allHavePropertySatisfying("RetentionInDays", new Condition<>(v -> ((Number) v).intValue() >= 400, "at least 400")))
          .withMessageContaining("to have RetentionInDays at least 400, but 1 do not")
          .withMessageContaining("has RetentionInDays = 365");
    }
  }
}
