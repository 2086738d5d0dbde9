package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulTypesTest {

  @Test
  void queuesAreLostOnReplacementButNeedNotOutliveTheirStack() {
    assertThat(StatefulTypes.contains("AWS::SQS::Queue")).isTrue();
    assertThat(StatefulTypes.outlivingStack()).doesNotContain("AWS::SQS::Queue");
  }

  @Test
  void everyOtherStatefulTypeMustOutliveItsStack() {
    assertThat(StatefulTypes.outlivingStack())
        .containsAll(StatefulTypes.all().stream().filter(t -> !t.equals("AWS::SQS::Queue")).toList())
        .contains("AWS::Backup::BackupVault", "AWS::RDS::DBCluster", "AWS::S3::Bucket");
  }

  @Test
  void onlyTypesCloudFormationSnapshotsAcceptASnapshotPolicy() {
    assertThat(StatefulTypes.all().stream().filter(StatefulTypes::snapshots)).containsExactly(
        "AWS::EC2::Volume", "AWS::ElastiCache::ReplicationGroup", "AWS::RDS::DBCluster",
        "AWS::RDS::DBInstance");
    assertThat(StatefulTypes.snapshots("AWS::EFS::FileSystem")).isFalse();
    assertThat(StatefulTypes.snapshots("AWS::Lambda::Function")).isFalse();
  }

  @Test
  void statelessTypesAreNotStateful() {
    assertThat(StatefulTypes.contains("AWS::Lambda::Function")).isFalse();
    assertThat(StatefulTypes.contains("AWS::IAM::Role")).isFalse();
  }

  @Test
  void everyStatefulTypeNamesTheFewPropertiesThatTellItsResourcesApart() {
    assertThat(StatefulTypes.all()).allSatisfy(type -> assertThat(StatefulTypes.identifyingProperties(type))
        .as(type).isNotEmpty().hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates()
        .noneMatch(p -> p.equals("Tags") || p.contains(".")));
    assertThat(StatefulTypes.identifyingProperties("AWS::S3::Bucket")).containsExactly("BucketName");
    assertThat(StatefulTypes.identifyingProperties("AWS::RDS::DBCluster"))
        .containsExactly("DBClusterIdentifier", "Engine", "DatabaseName");
    assertThat(StatefulTypes.identifyingProperties("AWS::DynamoDB::Table")).containsExactly("TableName", "KeySchema");
    assertThat(StatefulTypes.identifyingProperties("AWS::Lambda::Function")).isEmpty();
  }

  @Test
  void listsAreSortedSoRuleMetadataIsDeterministic() {
    assertThat(List.copyOf(StatefulTypes.all())).isSorted();
    assertThat(List.copyOf(StatefulTypes.outlivingStack())).isSorted();
  }
}
