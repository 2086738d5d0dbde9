package dev.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.core.Tier;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.cost.CostEstimator;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyEngine;
import dev.groundwork.policy.PolicyOptions;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.policy.Suppression;
import dev.groundwork.policy.rules.BaselineRules;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ReplacementSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium: it loads without console errors, its summary comes
 * first, a click on a count in the summary and its filters change which findings are shown, and
 * its screenshot is not blank. Never skipped: without Chromium it
 * fails and names the install command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
  private static final Pattern ROW = Pattern.compile(
      "<tr class=\"finding\" data-severity=\"(\\w+)\" data-environment=\"(\\w+)\" data-rule=\"(\\w+)\"( hidden=\"\")?>");
  /** A bucket without encryption, TLS policy, versioning, logs or tags, and a NAT gateway to price. */
  private static final String TEMPLATE = """
      {"Resources": {
        "Uploads": {"Type": "AWS::S3::Bucket", "Metadata": {"aws:cdk:path": "%1$s/data/Uploads/Resource"}},
        "Nat": {"Type": "AWS::EC2::NatGateway", "Metadata": {"aws:cdk:path": "%1$s/network/Nat"}}}}
      """;

  Path dir;
  PolicyReport report;
  Path page;
  HeadlessChromium chromium;

  @BeforeAll
  void writeReport(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    List<StackTemplate> stacks = List.of(
        StackTemplate.of("shop-dev-data", "dev", Tier.DEV, "dev.template.json", StackTemplate.parse(TEMPLATE.formatted("dev"))),
        StackTemplate.of("shop-prod-data", "prod", Tier.PROD, "prod.template.json", StackTemplate.parse(TEMPLATE.formatted("prod"))));
    PolicyReport evaluated = PolicyEngine.create(BaselineRules.library(), PolicyOptions.defaults()).evaluate(stacks);
    Finding silenced = evaluated.findings().get(evaluated.findings().size() - 1);
    report = new PolicyReport(evaluated.rules(), evaluated.findings(), List.of(new SuppressedFinding(silenced,
        new Suppression(silenced.ruleId(), "reviewed <in> SEC-123", Optional.of(LocalDate.of(2027, 1, 31)),
            silenced.constructPath()))), evaluated.unknowns(), evaluated.stacks());
    SynthesizedApp app = SynthesizedApp.of(dir, stacks);
    CostEstimate cost = CostEstimator.defaults().estimate(app, env -> Optional.of("eu-west-1"));
    List<ArchitectureGraph> graphs = app.environments().stream().map(e -> ArchitectureGraph.of(app, e)).toList();
    page = Files.writeString(dir.resolve(HtmlReport.FILE), HtmlReport.render(report, cost, graphs), StandardCharsets.UTF_8);
    chromium = HeadlessChromium.locate(dir);
  }

  private String url(String fragment) {
    return page.toUri() + fragment;
  }

  /** Severity, environment and rule of each row, and whether it is shown. */
  private static List<String[]> rows(String dom) {
    Matcher m = ROW.matcher(dom);
    List<String[]> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4) == null ? "shown" : "hidden"});
    }
    return rows;
  }

  @Test
  void theFixtureHasFindingsOfSeveralSeveritiesInBothEnvironments() {
    assertThat(report.findings()).extracting(Finding::severity).contains(Severity.ERROR, Severity.WARNING);
    assertThat(report.findings()).extracting(Finding::environment).contains("dev", "prod");
  }

  @Test
  void loadsWithoutConsoleErrorsAndShowsEveryFinding() throws Exception {
    HeadlessChromium.Run run = chromium.dumpDom(url(""));
    assertThat(run.console()).isEmpty();
    // The page's first script sets data-errors on <html> for any uncaught error.
    assertThat(run.stdout()).contains("<html lang=\"en\"><head>", "<body data-ready=\"true\">");
    assertThat(rows(run.stdout())).hasSize(report.findings().size()).allMatch(r -> r[3].equals("shown"));
    assertThat(run.stdout()).contains(report.findings().size() + " of " + report.findings().size() + " findings shown");
  }

  @Test
  void severityFilterShowsOnlyThatSeverity() throws Exception {
    String dom = chromium.dumpDom(url("#severity=ERROR")).stdout();
    long errors = report.count(Severity.ERROR);
    assertThat(rows(dom)).filteredOn(r -> r[3].equals("shown")).hasSize((int) errors).allMatch(r -> r[0].equals("ERROR"));
    assertThat(rows(dom)).filteredOn(r -> r[3].equals("hidden")).hasSize(report.findings().size() - (int) errors);
    assertThat(dom).contains(errors + " of " + report.findings().size() + " findings shown");
  }

  @Test
  void environmentAndRuleFiltersCombine() throws Exception {
    String rule = report.findings().get(0).ruleId().value();
    String dom = chromium.dumpDom(url("#environment=prod&rule=" + rule)).stdout();
    long expected = report.findings().stream()
        .filter(f -> f.environment().equals("prod") && f.ruleId().value().equals(rule)).count();
    assertThat(expected).isPositive();
    assertThat(rows(dom)).filteredOn(r -> r[3].equals("shown")).hasSize((int) expected)
        .allMatch(r -> r[1].equals("prod") && r[2].equals(rule));
  }

  @Test
  void aScriptErrorWouldBeSeen(@TempDir Path other) throws Exception {
    Path broken = Files.writeString(other.resolve("broken.html"),
        "<html><body><script>console.error('boom'); notAFunction();</script></body></html>");
    assertThat(chromium.dumpDom(broken.toUri().toString()).console()).anyMatch(l -> l.contains("notAFunction"));
  }

  @Test
  void screenshotIsNotBlank() throws Exception {
    Path png = dir.resolve("report.png");
    chromium.screenshot(url(""), png, 1280, 1600);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          ink++;
        }
      }
    }
    long samples = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
    assertThat(ink * 100 / samples).as("percent of non-white pixels").isGreaterThanOrEqualTo(2);
  }

  @Test
  void isSelfContained() throws IOException {
    String html = Files.readString(page);
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link", "@import");
  }

  @Test
  void aFindingLinksToItsRuleInTheCatalogAndToItsDiagramNode() throws IOException {
    String html = Files.readString(page);
    Finding bucket = report.findings().stream().filter(f -> f.logicalId().equals("Uploads")
        && f.environment().equals("prod")).findFirst().orElseThrow();
    assertThat(html).contains("href=\"groundwork-rules.md#" + bucket.ruleId().anchor() + "\"",
        "href=\"#node-shop-prod-data-Uploads\"", "<g id=\"node-shop-prod-data-Uploads\"");
  }

  @Test
  void suppressionsShowTheirReasonEscapedAndTheirExpiry() throws IOException {
    assertThat(Files.readString(page)).contains("reviewed &lt;in&gt; SEC-123", "2027-01-31");
  }

  @Test
  void theCostTableAndADiagramPerEnvironmentAreIncluded() throws IOException {
    assertThat(Files.readString(page)).contains("<table id=\"cost-table\">", "<td>network/Nat</td>", "39.84",
        "<h3 id=\"diagram-dev\">", "<h3 id=\"diagram-prod\">", "<table id=\"cost-prices\">",
        "https://aws.amazon.com/vpc/pricing/");
  }

  @Test
  void theSummaryComesFirstWithEachEnvironmentsVerdictCountsAndCost() throws IOException {
    String html = Files.readString(page);
    assertThat(html.indexOf("<section id=\"summary\">")).isPositive().isLessThan(html.indexOf("<section id=\"findings\">"));
    for (String environment : List.of("dev", "prod")) {
      long errors = report.findings().stream()
          .filter(f -> f.environment().equals(environment) && f.severity() == Severity.ERROR).count();
      String row = html.substring(html.indexOf("<tr data-environment=\"" + environment + "\">"));
      row = row.substring(0, row.indexOf("</tr>"));
      assertThat(row).contains(errors > 0 ? "class=\"fail\">failed" : "class=\"pass\">passed",
          "data-severity=\"ERROR\" data-environment=\"" + environment + "\">" + errors + "</a>");
    }
    // Both environments cost the same here, so both bars are full width.
    assertThat(html).contains("<rect width=\"260\" height=\"14\"").contains("Not compared: no previous assembly");
  }

  @Test
  void clickingASeverityCountInTheSummaryFiltersTheFindings(@TempDir Path other) throws Exception {
    // The page itself, with a script at its end that clicks prod's ERROR count as a person would.
    String html = Files.readString(page).replace("</body>", """
        <script>
        document.querySelector('#summary-environments tr[data-environment="prod"] a[data-severity="ERROR"]').click();
        document.body.setAttribute('data-clicked', document.getElementById('filter-severity').value + '/'
            + document.getElementById('filter-environment').value);
        </script>
        </body>""");
    Path clicked = Files.writeString(other.resolve(HtmlReport.FILE), html, StandardCharsets.UTF_8);
    HeadlessChromium.Run run = chromium.dumpDom(clicked.toUri().toString());
    assertThat(run.console()).isEmpty();
    assertThat(run.stdout()).contains("data-clicked=\"ERROR/prod\"");
    long expected = report.findings().stream()
        .filter(f -> f.environment().equals("prod") && f.severity() == Severity.ERROR).count();
    assertThat(expected).isPositive();
    assertThat(rows(run.stdout())).filteredOn(r -> r[3].equals("shown")).hasSize((int) expected)
        .allMatch(r -> r[0].equals("ERROR") && r[1].equals("prod"));
    assertThat(rows(run.stdout())).filteredOn(r -> r[3].equals("hidden")).hasSize(report.findings().size() - (int) expected);
  }

  @Test
  void theSummarySaysWhatChangedSinceThePreviousAssembly() {
    String previousTemplate = """
        {"Resources": {
          "Uploads": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "old-name"},
            "Metadata": {"aws:cdk:path": "prod/data/Uploads/Resource"}},
          "Gone": {"Type": "AWS::SQS::Queue", "Metadata": {"aws:cdk:path": "prod/data/Gone/Resource"}}}}
        """;
    List<StackTemplate> previous = List.of(StackTemplate.of("shop-prod-data", "prod", Tier.PROD, "prod.template.json",
        StackTemplate.parse(previousTemplate)));
    List<StackTemplate> current = List.of(StackTemplate.of("shop-prod-data", "prod", Tier.PROD, "prod.template.json",
        StackTemplate.parse(TEMPLATE.formatted("prod"))));
    AssemblyDiff diff = AssemblyDiff.between(previous, current, ReplacementSpec.bundled());
    SynthesizedApp app = SynthesizedApp.of(dir, current);
    CostEstimate cost = CostEstimator.defaults().estimate(app, env -> Optional.of("eu-west-1"));
    String html = HtmlReport.render(report, cost, List.of(), Map.of(), Optional.of(diff));
    assertThat(html).contains("<li data-kind=\"ADDED\">added: 1</li>", "<li data-kind=\"REMOVED\">removed: 1</li>",
        "<li data-kind=\"REPLACED\">replaced: 1</li>", "<table id=\"changes-table\">",
        "<td>replaced</td><td>shop-prod-data</td><td>AWS::S3::Bucket prod/data/Uploads/Resource</td><td>BucketName</td>",
        "<td>removed</td><td>shop-prod-data</td><td>AWS::SQS::Queue prod/data/Gone/Resource</td>")
        .doesNotContain("Not compared");
  }
}
