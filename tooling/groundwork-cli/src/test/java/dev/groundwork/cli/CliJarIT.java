package dev.groundwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, run as users run it ({@code java -jar groundwork-cli.jar check ...}) in a fresh
 * JVM without Maven: over the directory of hand-written templates, over a TypeScript CDK app's
 * cdk.out synthesized with the CDK CLI from npm, and with an organisation's rules jar on the class path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliJarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("groundwork.cliJar"));
  private static final Path FIXTURES = Path.of(System.getProperty("groundwork.checkFixtures"));
  private static final Path NODE = Path.of(System.getProperty("groundwork.node"));

  @TempDir static Path work;

  /** A finished run of the jar. */
  record Run(int status, String out, String err) {}

  static Run java(List<String> classpathAndMain, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(classpathAndMain);
    command.addAll(args);
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("JSII_NODE");
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the check finishes").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  static Run check(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("check"));
    Collections.addAll(all, args);
    return java(List.of("-jar", JAR.toString()), all);
  }

  @Test
  void theJarHoldsNeitherCdkNorJsiiSoItCannotStartNodeJs() throws IOException {
    try (JarFile zip = new JarFile(JAR.toFile())) {
      List<String> names = StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(zip.entries().asIterator(), 0), false)
          .map(e -> e.getName()).toList();
      assertThat(names).contains("dev/groundwork/check/CheckCommand.class", "dev/groundwork/cli/Main.class",
          "org/yaml/snakeyaml/Yaml.class", "com/fasterxml/jackson/databind/ObjectMapper.class",
          "dev/groundwork/assembly/l1-taggability.txt", "dev/groundwork/policy/rules/elb/security-policies.tsv");
      assertThat(names).noneMatch(n -> n.startsWith("software/amazon/"));
      assertThat(zip.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.groundwork.cli.Main");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class MixedTemplates {
    Path reports;
    Run run;

    @BeforeAll
    void check() throws Exception {
      reports = work.resolve("mixed-reports");
      run = CliJarIT.check("--suppressions", FIXTURES.resolve("suppressions.yaml").toString(),
          "--output", reports.toString(), FIXTURES.resolve("mixed").toString());
    }

    @Test
    void writesEveryReportAndExitsWithThePolicyErrorStatus() throws Exception {
      assertThat(run.status()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).endsWith(" policy errors" + System.lineSeparator()).startsWith("[groundwork] failed: ");
      for (String file : List.of("groundwork-report.json", "groundwork-report.sarif", "groundwork-junit.xml",
          "groundwork-report.html", "groundwork-rules.md")) {
        assertThat(reports.resolve(file)).isNotEmptyFile();
      }
      JsonNode report = JSON.readTree(reports.resolve("groundwork-report.json").toFile());
      assertThat(report.path("findings").findValuesAsText("rule")).contains("GW_TEMPLATE_READABLE",
          "GW_EC2_SG_NO_OPEN_INGRESS", "GW_RDS_INSTANCE_NOT_PUBLIC", "GW_ELB_TLS_POLICY_MODERN")
          .doesNotContain("GW_POLICY_RULE_FAILED");
    }

    @Test
    void printsTheConsoleReport() {
      assertThat(run.out()).contains("[groundwork] check: 9 templates", "web/load-balancers",
          "ELBSecurityPolicy-TLS13-1-0-2021-06, which allows TLSv1, TLSv1.1", "[groundwork] reports: ");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TypeScriptCdkAppAssembly {
    Path reports;
    Run run;
    JsonNode report;

    @BeforeAll
    void synthesizeAndCheck() throws Exception {
      Path cdkOut = TypeScriptCdkApp.cdkOut(NODE);
      reports = work.resolve("ts-reports");
      run = CliJarIT.check("--tier", "DEV", "--tier", "Prod=PROD", "--output", reports.toString(), cdkOut.toString());
      report = JSON.readTree(reports.resolve("groundwork-report.json").toFile());
    }

    @Test
    void readsTheAppsStackTheStagesStackAndItsNestedStack() {
      assertThat(run.out()).as(run.err()).contains("Shared ", "Prod-Orders ", "Prod-Orders-Network");
      assertThat(report.path("stacks").findValuesAsText("stack")).hasSize(3);
      assertThat(report.path("stacks").findValuesAsText("tier")).containsExactlyInAnyOrder("PROD", "PROD", "DEV");
    }

    @Test
    void findsTheOpenSshInTheNestedStackJudgedOnTheParametersDefault() {
      assertThat(report.path("findings")).anySatisfy(f -> {
        assertThat(f.path("rule").asText()).isEqualTo("GW_EC2_SG_NO_OPEN_INGRESS");
        assertThat(f.path("constructPath").asText()).startsWith("Prod/Orders/Network/Admin");
        assertThat(f.path("message").asText()).contains("ingress from 0.0.0.0/0 on tcp/ports 22-22",
            "judged on the default of parameter AdminCidr");
      });
    }

    @Test
    void writesEveryReportAndExitsWithThePolicyErrorStatus() {
      assertThat(run.status()).as(run.err()).isEqualTo(1);
      assertThat(reports.resolve("groundwork-report.sarif")).isNotEmptyFile();
      assertThat(reports.resolve("groundwork-junit.xml")).isNotEmptyFile();
      assertThat(reports.resolve("groundwork-report.html")).isNotEmptyFile();
      assertThat(report.path("findings").findValuesAsText("rule")).doesNotContain("GW_POLICY_RULE_FAILED");
    }
  }

  @Nested
  class OrganisationRules {
    @Test
    void aRulesJarOnTheClassPathAddsItsPack() throws Exception {
      Path rulesJar = rulesJar();
      Path reports = work.resolve("acme-reports");
      Run run = java(List.of("-cp", JAR + File.pathSeparator + rulesJar, "dev.groundwork.cli.Main"),
          List.of("check", "--rules", "dev.groundwork.cli.acme.AcmeRules", "--output", reports.toString(),
              FIXTURES.resolve("mixed/serverless/orders-sam.yaml").toString()));
      assertThat(run.out()).as(run.err()).contains("ACME_SQS_QUEUE_NAMED", "queue has no QueueName");
      assertThat(Files.readString(reports.resolve("groundwork-rules.md"))).contains("ACME_SQS_QUEUE_NAMED");
    }

    @Test
    void withoutTheJarTheRulesClassIsInvalidInput() throws Exception {
      Run run = CliJarIT.check("--rules", "dev.groundwork.cli.acme.AcmeRules", FIXTURES.resolve("mixed").toString());
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("CHECK_RULES_CLASS", "not on the class path").doesNotContain("\tat ");
    }

    /** The test's AcmeRules classes packed as an organisation would ship them. */
    private Path rulesJar() throws IOException {
      Path classes = Path.of(System.getProperty("groundwork.cliModule"), "target", "test-classes");
      Path jar = work.resolve("acme-rules.jar");
      try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
          Stream<Path> entries = Files.walk(classes.resolve("dev/groundwork/cli/acme"))) {
        for (Path entry : entries.filter(Files::isRegularFile).toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace(File.separatorChar, '/')));
          out.write(Files.readAllBytes(entry));
          out.closeEntry();
        }
      }
      return jar;
    }
  }

}
