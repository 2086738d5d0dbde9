package dev.groundwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.check.CheckArguments;
import dev.groundwork.check.CheckRequest;
import dev.groundwork.policy.formats.PolicyReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Actions workflow docs/checking-templates.md shows ("In CI: GitHub code scanning") is the file
 * docs/ci/github-code-scanning.yml, verbatim; its check command line is one the check accepts,
 * it fetches this version of groundwork-cli, and it uploads the SARIF file the check writes.
 */
class GithubCodeScanningSnippetTest {
  private static final Path ROOT = Path.of(System.getProperty("groundwork.cliModule", "."), "..", "..")
      .toAbsolutePath().normalize();
  private static final Path WORKFLOW = ROOT.resolve("docs/ci/github-code-scanning.yml");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps() throws Exception {
    Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(WORKFLOW));
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("check")).get("steps");
  }

  private static Map<String, Object> step(String containing) throws Exception {
    return steps().stream().filter(s -> String.valueOf(s.get("run")).contains(containing)
        || String.valueOf(s.get("uses")).contains(containing)).findFirst().orElseThrow();
  }

  @Test
  void theDocsShowTheFileVerbatim() throws Exception {
    assertThat(Files.readString(ROOT.resolve("docs/checking-templates.md")))
        .contains("```yaml\n" + Files.readString(WORKFLOW) + "```\n");
  }

  @Test
  void theCheckCommandLineIsOneTheCheckAccepts() throws Exception {
    String run = String.valueOf(step("java -jar groundwork-cli.jar check").get("run"));
    List<String> words = Arrays.asList(run.strip().split("\\s+"));
    assertThat(words.subList(0, 4)).containsExactly("java", "-jar", "groundwork-cli.jar", "check");
    CheckRequest request = CheckArguments.parse(words.subList(4, words.size()), Path.of("/repo"));
    assertThat(request.paths()).isNotEmpty();

    @SuppressWarnings("unchecked")
    Map<String, Object> upload = (Map<String, Object>) step("upload-sarif").get("with");
    assertThat(Path.of("/repo").resolve(String.valueOf(upload.get("sarif_file"))))
        .isEqualTo(request.output().resolve(PolicyReports.SARIF_FILE));
  }

  @Test
  void theUploadRunsEvenWhenTheCheckFailsAndMayWriteAlerts() throws Exception {
    Map<String, Object> upload = step("upload-sarif");
    assertThat(String.valueOf(upload.get("uses"))).startsWith("github/codeql-action/upload-sarif@");
    assertThat(upload.get("if")).isEqualTo("always()");
    Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(WORKFLOW));
    assertThat(workflow.get("permissions")).isEqualTo(Map.of("contents", "read", "security-events", "write"));
  }

  @Test
  void itFetchesThisVersionOfTheJarUnderTheNameItRuns() throws Exception {
    String fetch = String.valueOf(step("dependency:copy").get("run"));
    assertThat(fetch).contains("-Dartifact=dev.groundwork:groundwork-cli:" + System.getProperty("groundwork.version") + " ")
        .contains("-Dmdep.stripVersion=true");
  }
}
