package dev.groundwork.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Numbers compared by value: YAML reads 22 as a long, JSON as an int. */
  static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  static void assertSameTree(JsonNode actual, String json) throws Exception {
    JsonNode expected = JSON.readTree(json.replace('\'', '"'));
    assertThat(actual.equals(SAME_VALUE, expected)).as("%s%nequals%n%s", actual, expected).isTrue();
  }

  @Nested
  class ShortFormTags {
    @Test
    void refGetAttAndConditionBecomeTheirLongForms() throws Exception {
      assertSameTree(TemplateReader.parse("t.yaml", """
          A: !Ref Bucket
          B: !GetAtt Bucket.Arn
          C: !GetAtt [Bucket, DomainName]
          D: !GetAtt Cluster.Endpoint.Address
          E: !Condition IsProd
          """), "{'A': {'Ref': 'Bucket'}, 'B': {'Fn::GetAtt': ['Bucket', 'Arn']},"
          + " 'C': {'Fn::GetAtt': ['Bucket', 'DomainName']}, 'D': {'Fn::GetAtt': ['Cluster', 'Endpoint.Address']},"
          + " 'E': {'Condition': 'IsProd'}}");
    }

    @Test
    void everyOtherFunctionBecomesFnWithItsArgumentNested() throws Exception {
      assertSameTree(TemplateReader.parse("t.yaml", """
          Name: !Sub "${AWS::StackName}-${Env}"
          Zone: !Select [0, !GetAZs ""]
          Size: !If [IsProd, !FindInMap [Sizes, !Ref Env, Large], !Ref AWS::NoValue]
          Body: !Base64
            Fn::Join: ["", ["#!/bin/bash\\n", !Sub "echo ${Env}"]]
          Open: !And [!Equals [!Ref Env, prod], !Not [!Condition IsTest], !Or [!Condition A, !Condition B]]
          Import: !ImportValue {"Fn::Sub": "${Network}-VpcId"}
          Parts: !Split [",", !Ref List]
          Blocks: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]
          """), """
          {'Name': {'Fn::Sub': '${AWS::StackName}-${Env}'},
           'Zone': {'Fn::Select': [0, {'Fn::GetAZs': ''}]},
           'Size': {'Fn::If': ['IsProd', {'Fn::FindInMap': ['Sizes', {'Ref': 'Env'}, 'Large']}, {'Ref': 'AWS::NoValue'}]},
           'Body': {'Fn::Base64': {'Fn::Join': ['', ['#!/bin/bash\\n', {'Fn::Sub': 'echo ${Env}'}]]}},
           'Open': {'Fn::And': [{'Fn::Equals': [{'Ref': 'Env'}, 'prod']}, {'Fn::Not': [{'Condition': 'IsTest'}]},
                    {'Fn::Or': [{'Condition': 'A'}, {'Condition': 'B'}]}]},
           'Import': {'Fn::ImportValue': {'Fn::Sub': '${Network}-VpcId'}},
           'Parts': {'Fn::Split': [',', {'Ref': 'List'}]},
           'Blocks': {'Fn::Cidr': [{'Fn::GetAtt': ['Vpc', 'CidrBlock']}, 6, 8]}}""");
    }

    @Test
    void scalarsAreTypedAsCloudFormationReadsYamlAndDatesStayText() throws Exception {
      assertSameTree(TemplateReader.parse("t.yaml", """
          AWSTemplateFormatVersion: 2010-09-09
          Port: 22
          Ratio: 0.5
          On: true
          Quoted: "22"
          Nothing: null
          Cidr: 0.0.0.0/0
          """), "{'AWSTemplateFormatVersion': '2010-09-09', 'Port': 22, 'Ratio': 0.5, 'On': true,"
          + " 'Quoted': '22', 'Nothing': null, 'Cidr': '0.0.0.0/0'}");
    }

    @Test
    void anchorsAndMergeKeysAreFollowed() throws Exception {
      assertSameTree(TemplateReader.parse("t.yaml", """
          Base: &base {Protocol: tcp, Port: 443}
          Copy: *base
          Merged:
            <<: *base
            Port: 8443
          """), "{'Base': {'Protocol': 'tcp', 'Port': 443}, 'Copy': {'Protocol': 'tcp', 'Port': 443},"
          + " 'Merged': {'Port': 8443, 'Protocol': 'tcp'}}");
    }
  }

  @Nested
  class Formats {
    @Test
    void aJsonTemplateAndTheSameInYamlGiveEqualTrees(@TempDir Path dir) throws Exception {
      Path json = Files.writeString(dir.resolve("t.json"), """
          {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5,
            "QueueName": {"Fn::Sub": "${AWS::StackName}-q"}}}}}""");
      Path yaml = Files.writeString(dir.resolve("t.yaml"), """
          Resources:
            Q:
              Type: AWS::SQS::Queue
              Properties:
                DelaySeconds: 5
                QueueName: !Sub "${AWS::StackName}-q"
          """);
      assertThat(TemplateReader.read(yaml).equals(SAME_VALUE, TemplateReader.read(json))).isTrue();
    }

    @Test
    void aTemplateFileWithoutJsonExtensionStartingWithABraceIsJson(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(dir.resolve("stack.template"), "\n  {\"Resources\": {}} // comment\n");
      assertThat(TemplateReader.read(file).has("Resources")).isTrue();
    }
  }

  @Nested
  class Errors {
    @Test
    void anUnknownTagIsAnErrorAtItsLine() {
      assertThatThrownBy(() -> TemplateReader.parse("t.yaml", "Resources:\n  Q:\n    Type: !Reff Queue\n"))
          .isInstanceOfSatisfying(UnreadableTemplateException.class, e -> {
            assertThat(e.file()).isEqualTo("t.yaml");
            assertThat(e.line()).contains(3);
            assertThat(e.column()).contains(11);
            assertThat(e.reason()).startsWith("unknown tag !Reff; CloudFormation's short forms are !Ref, !GetAtt");
          });
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() {
      assertThatThrownBy(() -> TemplateReader.parse("t.yaml", "Resources:\n  Q:\n    Type: A\n  Q:\n    Type: B\n"))
          .isInstanceOfSatisfying(UnreadableTemplateException.class, e -> {
            assertThat(e.line()).contains(4);
            assertThat(e.reason()).isEqualTo("duplicate key 'Q' (first at line 2)");
          });
    }

    @Test
    void invalidYamlAndJsonNameTheLine() {
      assertThatThrownBy(() -> TemplateReader.parse("t.yaml", "Resources:\n  Q:\n    Type: A\n   Bad: x\n"))
          .isInstanceOfSatisfying(UnreadableTemplateException.class, e -> {
            assertThat(e.line()).contains(4);
            assertThat(e.reason()).startsWith("not valid YAML: ");
          });
      assertThatThrownBy(() -> TemplateReader.parse("t.json", "{\"Resources\": {\n  \"Q\": [1,,]\n}}"))
          .isInstanceOfSatisfying(UnreadableTemplateException.class, e -> {
            assertThat(e.line()).contains(2);
            assertThat(e.reason()).startsWith("not valid JSON: ");
            assertThat(e.getMessage()).startsWith("t.json:2:");
          });
    }

    @Test
    void aFileThatIsNoMappingOrEmptyIsAnError() {
      assertThatThrownBy(() -> TemplateReader.parse("t.yaml", "- a\n- b\n"))
          .hasMessage("t.yaml:1:1: a template is a mapping of sections (Resources, Parameters, ...), not a list");
      assertThatThrownBy(() -> TemplateReader.parse("t.yaml", "# nothing\n")).hasMessage("t.yaml: the file is empty");
    }

    @Test
    void aRefWithAListIsAnError() {
      assertThatThrownBy(() -> TemplateReader.parse("t.yaml", "A: !Ref [x]\n"))
          .hasMessageContaining("!Ref takes a name, not a list");
    }
  }
}
