package dev.groundwork.testing;

import static dev.groundwork.testing.GroundworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.Templates;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplatesAssertTest {
  private static final StackTemplate SERVICE = Fixtures.service();

  @Nested
  class ResourceTypes {
    @Test
    void countsResourcesByType() {
      assertThat(SERVICE).hasResourceCount("AWS::S3::Bucket", 2).hasResource("AWS::KMS::Key")
          .doesNotHaveResource("AWS::RDS::DBInstance");
    }

    @Test
    void failsListingTheResourcesFoundWhenCountDiffers() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).hasResourceCount("AWS::S3::Bucket", 1))
          .withMessageContaining("Expected 1 AWS::S3::Bucket in stack 'orders-prod-service' but found 2")
          .withMessageContaining("- AWS::S3::Bucket 'DataBucketE3889A50' at 'prod/service/Data/Bucket/Resource'")
          .withMessageContaining("- AWS::S3::Bucket 'ScratchBucket5C2D8E11'");
    }

    @Test
    void failsListingTheResourcesOfATypeThatShouldBeAbsent() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).doesNotHaveResource("AWS::KMS::Key"))
          .withMessageContaining("Expected 0 AWS::KMS::Key in stack 'orders-prod-service' but found 1")
          .withMessageContaining("DataKey7B4E1A2C' at 'prod/service/Data/Key/Resource'");
    }

    @Test
    void failsListingTypesPresentWhenTypeIsMissing() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).hasResource("AWS::RDS::DBInstance"))
          .withMessageContaining("its types are [AWS::CDK::Metadata, AWS::EC2::SecurityGroup");
    }
  }

  @Nested
  class SingleResource {
    @Test
    void findsResourceByLogicalIdOrOwningConstructPath() {
      assertThat(SERVICE).resource("DataKey7B4E1A2C").hasProperty("EnableKeyRotation", true);
      assertThat(SERVICE).resource("prod/service/Data/Key").hasType("AWS::KMS::Key");
    }

    @Test
    void failsListingResourcesWhenNameMatchesNothing() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).resource("prod/service/Nope"))
          .withMessageContaining("Expected one resource named 'prod/service/Nope'")
          .withMessageContaining("but found 0")
          .withMessageContaining("DataBucketE3889A50");
    }
  }

  @Nested
  class TaggableResources {
    @Test
    void selectsOnlyTypesThatTakeTags() {
      // 2 buckets, key, role, log group, 2 security groups, function; policies, ingress and metadata excluded.
      assertThat(SERVICE).taggableResources().hasSize(8);
    }

    @Test
    void failsListingEveryUntaggedResource() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(SERVICE).taggableResources().allHaveTags("environment", "team", "cost-center"))
          .withMessageContaining("Expected all 8 taggable resources in stack 'orders-prod-service' to have tags [environment, team, cost-center], but 1 do not")
          .withMessageContaining("ScratchBucket5C2D8E11' at 'prod/service/Scratch/Resource' in stack 'orders-prod-service' lacks [team, cost-center]");
    }

    @Test
    void refusesToSkipResourcesOfUnknownType() {
      StackTemplate odd = StackTemplate.fromJson("odd",
          "{\"Resources\":{\"Thing\":{\"Type\":\"AWS::NoSuchService::Thing\",\"Properties\":{}}}}");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(odd).taggableResources())
          .withMessageContaining("Cannot tell whether these resources take tags")
          .withMessageContaining("AWS::NoSuchService::Thing 'Thing'");
    }
  }

  @Nested
  class StackNames {
    private final Templates all = Fixtures.assembly().templates();

    @Test
    void passesWhenEveryNameMatches() {
      assertThat(all).haveStackNamesMatching("orders-(dev|prod)-[a-z]+");
      assertThat(all).stackNames().containsExactly("orders-dev-data", "orders-prod-data");
    }

    @Test
    void failsListingNamesThatDoNotMatch() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(all).haveStackNamesMatching("orders-prod-.*"))
          .withMessageContaining("these do not:\n  - orders-dev-data");
    }
  }

  @Test
  void snapshotOfSeveralStacksAsksToPickOne() {
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> assertThat(Fixtures.assembly().templates()).matchesSnapshot("x"))
        .withMessageContaining("A snapshot covers one stack");
  }
}
