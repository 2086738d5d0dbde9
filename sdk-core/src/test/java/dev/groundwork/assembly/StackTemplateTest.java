package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reading of a template: absent values, references and construct paths. */
class StackTemplateTest {

  static final StackTemplate STACK = StackTemplate.fromJson("orders-dev-data", """
      {"Parameters": {"DbPassword": {"Type": "String", "Default": "hunter2", "NoEcho": true}},
       "Resources": {
        "Key": {"Type": "AWS::KMS::Key", "Properties": {"EnableKeyRotation": true}},
        "Bucket": {"Type": "AWS::S3::Bucket", "Metadata": {"aws:cdk:path": "dev/data/Docs/Resource"},
          "Properties": {"BucketName": {"Ref": "AWS::NoValue"},
            "BucketEncryption": {"ServerSideEncryptionConfiguration": [
              {"ServerSideEncryptionByDefault": {"KMSMasterKeyID": {"Fn::GetAtt": ["Key", "Arn"]}},
               "BucketKeyEnabled": {"Ref": "AWS::NoValue"}}]},
            "Tags": [{"Key": "team", "Value": "payments"}, {"Key": "region", "Value": {"Ref": "AWS::Region"}}]}},
        "Policy": {"Type": "AWS::S3::BucketPolicy", "DependsOn": "Key",
          "Properties": {"Bucket": {"Ref": "Bucket"},
            "PolicyDocument": {"Statement": [{"Resource": {"Fn::Sub": [
              "arn:${AWS::Partition}:s3:::${Bucket}/${Prefix}*", {"Prefix": {"Ref": "Key"}}]}}]}}}}}
      """);

  @Nested
  class Values {
    @Test
    void noValueReadsAsAbsentAtEveryStepOfAPath() {
      Resource bucket = STACK.resource("Bucket").orElseThrow();
      assertThat(bucket.property("BucketName").isMissingNode()).isTrue();
      assertThat(bucket.property("BucketEncryption.ServerSideEncryptionConfiguration[0].BucketKeyEnabled")
          .isMissingNode()).isTrue();
      assertThat(bucket.property("BucketEncryption.ServerSideEncryptionConfiguration[0]"
          + ".ServerSideEncryptionByDefault.KMSMasterKeyID").isObject()).isTrue();
    }

    @Test
    void malformedPathsAreRejectedNamingThePath() {
      assertThatThrownBy(() -> PropertyPath.parse("Tags..Key")).hasMessageContaining("'Tags..Key'");
      assertThatThrownBy(() -> PropertyPath.parse("Tags[x]")).hasMessageContaining("'Tags[x]'");
    }

    @Test
    void tagValuesThatAreIntrinsicsAreShownAsJson() {
      assertThat(STACK.resource("Bucket").orElseThrow().tags())
          .containsEntry("team", "payments").containsEntry("region", "{\"Ref\":\"AWS::Region\"}");
    }

    @Test
    void parametersAreEntriesOfTheParametersSectionNotResources() {
      assertThat(STACK.resources()).extracting(Resource::logicalId).containsExactly("Key", "Bucket", "Policy");
      assertThat(STACK.parameters()).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo("DbPassword");
        assertThat(p.type()).isEqualTo("String");
        assertThat(p.defaultValue()).contains("hunter2");
        assertThat(p.noEcho()).isTrue();
        assertThat(p.constructPath()).isEmpty();
      });
    }
  }

  @Nested
  class References {
    @Test
    void refGetAttAndSubVariablesAreReferencesPseudoParametersAndSubLocalsAreNot() {
      assertThat(STACK.resource("Bucket").orElseThrow().references()).containsExactly("Key");
      assertThat(STACK.resource("Policy").orElseThrow().references()).containsExactly("Bucket", "Key");
      assertThat(Intrinsics.target(StackTemplate.parse("{\"Ref\": \"AWS::Region\"}"))).isEmpty();
    }

    @Test
    void referrersAreFoundThroughTheSameReading() {
      assertThat(STACK.referrers("AWS::S3::BucketPolicy", "Bucket", "Bucket"))
          .extracting(Resource::logicalId).containsExactly("Policy");
      assertThat(STACK.referrers("AWS::S3::BucketPolicy", "PolicyDocument", "Key"))
          .extracting(Resource::logicalId).containsExactly("Policy");
      assertThat(STACK.resolve(STACK.resource("Policy").orElseThrow().property("Bucket")))
          .map(Resource::type).contains("AWS::S3::Bucket");
    }

    @Test
    void dependsOnAcceptsOneIdOrAList() {
      assertThat(STACK.resource("Policy").orElseThrow().dependsOn()).containsExactly("Key");
    }
  }

  @Nested
  class ConstructPaths {
    @Test
    void comeFromTemplateMetadataElseFromTheMetadataFileBesideTheTemplate(@TempDir Path dir) throws Exception {
      Path template = dir.resolve("devdata.template.json");
      Files.writeString(template, """
          {"Resources": {"A": {"Type": "AWS::SQS::Queue", "Metadata": {"aws:cdk:path": "dev/data/A/Resource"}},
                         "B": {"Type": "AWS::SQS::Queue"}}}
          """);
      Files.writeString(dir.resolve("devdata.metadata.json"), """
          {"/dev/data/B/Resource": [{"type": "aws:cdk:logicalId", "data": "B"}]}
          """);
      StackTemplate stack = StackTemplate.fromFile("orders-dev-data", template);
      assertThat(stack.resource("A").orElseThrow().constructPath()).contains("dev/data/A/Resource");
      assertThat(stack.resource("B").orElseThrow().constructPath()).contains("dev/data/B/Resource");
      assertThat(stack.resource("B").orElseThrow().isNamed("dev/data/B")).isTrue();
    }

    @Test
    void describeNamesTypeIdPathAndStack() {
      assertThat(STACK.resource("Bucket").orElseThrow().describe())
          .isEqualTo("AWS::S3::Bucket 'Bucket' at 'dev/data/Docs/Resource' in stack 'orders-dev-data'");
    }
  }
}
