package dev.groundwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groundwork check} over a directory of hand-written templates in the styles people use
 * (YAML with parameters, conditions and short-form tags, JSON, SAM, broken files, files that are
 * no templates), with a suppression file: one run, asserted per class of error the issue names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {
  static final Path FIXTURES = Path.of("src", "test", "resources", "dev", "groundwork", "check");
  static final Path MIXED = FIXTURES.resolve("mixed");

  @TempDir static Path output;
  private int status;
  private String out;
  private String err;
  private PolicyReport report;

  @BeforeAll
  void check() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    CheckRequest request = CheckRequest.builder(Path.of("")).path(MIXED)
        .suppressions(FIXTURES.resolve("suppressions.yaml")).output(output).build();
    CheckCommand.Outcome outcome = CheckCommand.execute(request, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8), getClass().getClassLoader());
    status = outcome.status();
    out = stdout.toString(StandardCharsets.UTF_8);
    err = stderr.toString(StandardCharsets.UTF_8);
    report = outcome.report().orElseThrow();
  }

  private List<Finding> findings(String rule, String stack, String logicalId) {
    return report.findings().stream().filter(f -> f.ruleId().value().equals(rule) && f.stack().equals(stack)
        && f.logicalId().equals(logicalId)).toList();
  }

  @Test
  void noRuleFailsOnAnyTemplate() {
    assertThat(report.findings()).extracting(f -> f.ruleId().value()).doesNotContain("GW_POLICY_RULE_FAILED");
  }

  @Nested
  class Discovery {
    @Test
    void findsEveryTemplateNamedAfterItsPathAndSkipsWhatIsNoTemplate() {
      assertThat(report.stacks()).extracting(s -> s.stack()).containsExactlyInAnyOrder(
          "data/databases", "network/bastion", "network/egress", "network/ipv6", "serverless/orders-sam",
          "web/load-balancers");
      assertThat(out).contains("(2 other JSON/YAML files skipped: not templates)")
          .doesNotContain("deploy.yml");
    }

    @Test
    void namesTemplateFilesRelativeToTheWorkingDirectorySoCodeScanningFindsThem() {
      assertThat(report.stacks()).allSatisfy(s -> assertThat(Path.of(s.templateFile())).isRegularFile());
    }

    @Test
    void theSamTemplateIsReadAndItsPlainResourcesChecked() {
      assertThat(report.stacks()).filteredOn(s -> s.stack().equals("serverless/orders-sam"))
          .singleElement().satisfies(s -> assertThat(s.resources()).isEqualTo(5));
      assertThat(findings("GW_LOGS_KMS_ENCRYPTED", "serverless/orders-sam", "OrdersLogs")).hasSize(1);
    }
  }

  @Nested
  class UnreadableTemplates {
    @Test
    void eachIsAnErrorWithFileLineAndReasonAndTheRestAreStillChecked() {
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_TEMPLATE_READABLE"))
          .extracting(Finding::message)
          .satisfiesExactlyInAnyOrder(
              m -> assertThat(m).startsWith(MIXED.resolve("broken/bad-indent.yaml") + ":5:").contains("not valid YAML"),
              m -> assertThat(m).startsWith(MIXED.resolve("broken/truncated.json") + ":").contains("not valid JSON"),
              m -> assertThat(m).startsWith(MIXED.resolve("broken/unknown-tag.yaml") + ":6:")
                  .contains("unknown tag !Reff"));
      assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("GW_TEMPLATE_READABLE"))
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
  }

  @Nested
  class SingleObjectsForLists {
    @Test
    void anEgressGivenAsOneObjectBesideAnEgressResourceIsJudged() {
      assertThat(findings("GW_EC2_SG_NO_OPEN_EGRESS", "network/egress", "AppSecurityGroup"))
          .singleElement().satisfies(f -> {
            assertThat(f.propertyPath()).isEqualTo("Properties.SecurityGroupEgress[0]");
            assertThat(f.message()).isEqualTo("egress rule 0 allows all traffic to 0.0.0.0/0");
          });
    }

    @Test
    void aBlockDeviceMappingGivenAsOneObjectIsJudged() {
      assertThat(findings("GW_EC2_EBS_ENCRYPTED", "network/bastion", "Bastion")).singleElement()
          .satisfies(f -> assertThat(f.propertyPath()).isEqualTo("Properties.BlockDeviceMappings[0].Ebs.Encrypted"));
    }

    @Test
    void aClassicListenerAndPolicyGivenAsOneObjectEachAreJudged() {
      assertThat(findings("GW_ELB_TLS_POLICY_MODERN", "web/load-balancers", "LoggedBalancer")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("policy HandWritten, which enables TLSv1.1"));
    }
  }

  @Nested
  class ParameterDefaults {
    @Test
    void sshOpenThroughTheDefaultSshLocationIsReportedAndSaysSo() {
      assertThat(findings("GW_EC2_SG_NO_OPEN_INGRESS", "network/bastion", "BastionSecurityGroup")).singleElement()
          .satisfies(f -> {
            assertThat(f.propertyPath()).isEqualTo("Properties.SecurityGroupIngress[0].CidrIp");
            assertThat(f.message()).isEqualTo("ingress from 0.0.0.0/0 on tcp/ports 22-22 (judged on the default of "
                + "parameter SSHLocation (0.0.0.0/0); a deployment that passes another value is not checked)");
          });
      assertThat(report.unknowns()).filteredOn(u -> u.stack().equals("network/bastion")
          && u.rule().value().equals("GW_EC2_SG_NO_OPEN_INGRESS")).isEmpty();
    }

    @Test
    void anSsmParametersDefaultIsNotTakenForItsValue() {
      assertThat(report.findings()).filteredOn(f -> f.message().contains("LatestAmi")).isEmpty();
    }
  }

  @Nested
  class Ipv6 {
    @Test
    void anOpenIpv6SourceIsReportedThoughTheIpv4SourceIsUnknown() {
      assertThat(findings("GW_EC2_SG_NO_OPEN_INGRESS", "network/ipv6", "WebSecurityGroup")).singleElement()
          .satisfies(f -> {
            assertThat(f.propertyPath()).isEqualTo("Properties.SecurityGroupIngress[0].CidrIpv6");
            assertThat(f.message()).startsWith("ingress from ::/0 on tcp/ports 8443-8443");
          });
    }
  }

  @Nested
  class ServiceDefaults {
    @Test
    void aDatabaseWithoutSubnetGroupIsPublicInTheDefaultVpc() {
      assertThat(report.suppressed()).filteredOn(s -> s.finding().logicalId().equals("QuickStartDatabase"))
          .singleElement().satisfies(s -> assertThat(s.finding().message())
              .contains("no DBSubnetGroupName", "default VPC", "internet gateway"));
    }

    @Test
    void aDatabaseInAVpcWithAnInternetGatewayIsPublicByDefault() {
      assertThat(findings("GW_RDS_INSTANCE_NOT_PUBLIC", "data/databases", "ReportingDatabase")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("VPC Vpc, which has an internet gateway (GatewayAttachment)"));
    }

    @Test
    void databasesInAVpcWithoutGatewayOrExplicitlyPrivatePass() {
      assertThat(findings("GW_RDS_INSTANCE_NOT_PUBLIC", "data/databases", "LedgerDatabase")).isEmpty();
      assertThat(findings("GW_RDS_INSTANCE_NOT_PUBLIC", "data/databases", "ArchiveDatabase")).isEmpty();
    }
  }

  @Nested
  class LoadBalancers {
    @Test
    void aClassicHttpsListenerWithoutPolicyGetsTheDefaultThatAllowsTls10() {
      assertThat(findings("GW_ELB_TLS_POLICY_MODERN", "web/load-balancers", "LegacyBalancer")).singleElement()
          .satisfies(f -> {
            assertThat(f.propertyPath()).isEqualTo("Properties.Listeners[0].PolicyNames");
            assertThat(f.message()).contains("has no security policy, so it gets ELBSecurityPolicy-2016-08, "
                + "which allows TLSv1, TLSv1.1");
          });
    }

    @Test
    void aClassicLoadBalancerWithoutAccessLogsIsReported() {
      assertThat(findings("GW_ELB_ACCESS_LOGS_ENABLED", "web/load-balancers", "LegacyBalancer")).hasSize(1);
      assertThat(findings("GW_ELB_ACCESS_LOGS_ENABLED", "web/load-balancers", "LoggedBalancer")).isEmpty();
    }

    @Test
    void aTls13PolicyThatStillAllowsTls10IsReported() {
      assertThat(findings("GW_ELB_TLS_POLICY_MODERN", "web/load-balancers", "OldClientsListener")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("ELBSecurityPolicy-TLS13-1-0-2021-06, which allows TLSv1, TLSv1.1"));
      assertThat(findings("GW_ELB_TLS_POLICY_MODERN", "web/load-balancers", "ModernListener")).isEmpty();
    }
  }

  @Nested
  class Suppressions {
    Predicate<Finding> rule(String id) {
      return f -> f.ruleId().value().equals(id);
    }

    @Test
    void anExpiredSuppressionIsAnErrorAndSilencesNothing() {
      assertThat(report.findings()).filteredOn(rule("GW_POLICY_SUPPRESSION_EXPIRED")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("GW_EC2_SG_NO_OPEN_EGRESS at 'network/egress/AppSecurityGroup'",
              "expired on 2020-01-31"));
    }

    @Test
    void aSuppressionMatchingNoResourceIsReportedUnused() {
      assertThat(report.findings()).filteredOn(rule("GW_POLICY_SUPPRESSION_UNUSED")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("network/bastion/LogsBucket", "matched no resource"));
    }
  }

  @Nested
  class ReportsAndStatus {
    @Test
    void writesEveryReport() throws Exception {
      for (String file : List.of("groundwork-report.json", "groundwork-report.sarif", "groundwork-junit.xml",
          "groundwork-report.html", "groundwork-rules.md")) {
        assertThat(output.resolve(file)).isRegularFile();
      }
      JsonNode sarif = new ObjectMapper().readTree(output.resolve("groundwork-report.sarif").toFile());
      assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
      assertThat(sarif.path("runs").get(0).path("results").size())
          .isEqualTo(report.findings().size() + report.suppressed().size());
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
          Files.readAllBytes(output.resolve("groundwork-junit.xml"))));
      assertThat(Files.readString(output.resolve("groundwork-report.html")))
          .contains("GW_TEMPLATE_READABLE", "network/bastion").doesNotContain("id=\"cost\"");
    }

    @Test
    void exitsWithThePolicyErrorStatusAndOneResultLine() {
      assertThat(status).isEqualTo(SynthCommand.POLICY_ERRORS);
      assertThat(err).isEqualTo(SynthCommand.RESULT_PREFIX + report.count(Severity.ERROR) + " policy errors"
          + System.lineSeparator());
      assertThat(out).contains("[groundwork] check: 9 templates", report.summaryLine());
    }
  }
}
