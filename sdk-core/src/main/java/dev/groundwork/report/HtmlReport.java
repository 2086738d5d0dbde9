package dev.groundwork.report;

import com.google.common.html.HtmlEscapers;
import dev.groundwork.cost.ConstructCost;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.cost.CostLine;
import dev.groundwork.cost.CostTable;
import dev.groundwork.cost.NotEstimated;
import dev.groundwork.cost.UnitPrice;
import dev.groundwork.diagram.ArchitectureGraph;
import dev.groundwork.diagram.ArchitectureSvg;
import dev.groundwork.diagram.DiagramNode;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Severity;
import dev.groundwork.policy.SuppressedFinding;
import dev.groundwork.replacement.AssemblyDiff;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@value #FILE}: one self-contained page (no network: styles, script and diagrams inline) that
 * opens with a summary ({@link HtmlSummary}: pass or fail and findings by severity per environment,
 * cost per environment as bars, what changed since the previous assembly), then the policy
 * findings, filterable by severity, environment and rule, the suppressions with their reasons and
 * expiry, the cost estimate by construct and the diagram of each environment and of the delivery
 * flow. A finding links to
 * its resource's node in the diagram and to its rule's entry in the catalog written beside it.
 *
 * <p>The filters can be preset in the address, e.g. {@code #severity=ERROR&environment=prod}.
 */
public final class HtmlReport {
  /** The file name, written beside the policy reports. */
  public static final String FILE = "groundwork-report.html";

  private static final String STYLE = """
      body{font-family:sans-serif;margin:24px;color:#1c2833}
      table{border-collapse:collapse;margin:8px 0 16px}
      th,td{border:1px solid #d5d8dc;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
      th{background:#eaf2f8} td.amount,th.amount{text-align:right}
      .sev-ERROR{color:#b03a2e;font-weight:bold} .sev-WARNING{color:#b9770e;font-weight:bold} .sev-INFO{color:#2471a3}
      #filters label{margin-right:16px}
      td.pass{color:#1e8449;font-weight:bold} td.fail{color:#b03a2e;font-weight:bold}
      #summary table td, #summary table th{font-size:14px} .assumed{color:#7d6608}
      ul#change-counts li{display:inline;margin-right:16px}
      .diagram{overflow:auto;border:1px solid #d5d8dc;margin-bottom:24px}
      g.node:target rect{stroke:#e74c3c;stroke-width:4}
      """;

  private static final String SCRIPT = """
      (function () {
        var selects = ['severity', 'environment', 'rule'].map(function (name) {
          return document.getElementById('filter-' + name);
        });
        var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr.finding'));
        function apply() {
          var shown = 0;
          rows.forEach(function (row) {
            var match = selects.every(function (select) {
              return select.value === '' || row.getAttribute('data-' + select.name) === select.value;
            });
            row.hidden = !match;
            if (match) { shown++; }
          });
          document.getElementById('shown-count').textContent = shown + ' of ' + rows.length + ' findings shown';
        }
        function fromAddress() {
          var preset = {};
          location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
            var kv = pair.split('=');
            if (kv.length === 2) { preset[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1]); }
          });
          selects.forEach(function (select) {
            if (Object.prototype.hasOwnProperty.call(preset, select.name)) { select.value = preset[select.name]; }
          });
        }
        selects.forEach(function (select) { select.addEventListener('change', apply); });
        // A count in the summary filters the findings: severity and environment from the link.
        Array.prototype.slice.call(document.querySelectorAll('a.filter-link')).forEach(function (link) {
          link.addEventListener('click', function (event) {
            event.preventDefault();
            selects.forEach(function (select) {
              var value = link.getAttribute('data-' + select.name);
              select.value = value === null ? '' : value;
            });
            apply();
            document.getElementById('findings').scrollIntoView();
          });
        });
        fromAddress();
        apply();
        document.body.setAttribute('data-ready', 'true');
      })();
      """;

  private HtmlReport() {}

  /**
   * The page; {@code graphs} holds the diagram of each environment (and the delivery flow), in the
   * order shown; nothing is compared with a previous assembly.
   */
  public static String render(PolicyReport report, CostEstimate cost, List<ArchitectureGraph> graphs) {
    Map<String, String> svgs = new LinkedHashMap<>();
    graphs.forEach(g -> svgs.put(g.environment(), ArchitectureSvg.render(g)));
    return render(report, cost, graphs, svgs, Optional.empty());
  }

  /**
   * The page, with each graph's SVG already drawn (by its {@link ArchitectureGraph#environment()})
   * and, when the replacement guard compared this assembly with the previous one, what changed.
   */
  public static String render(PolicyReport report, CostEstimate cost, List<ArchitectureGraph> graphs,
      Map<String, String> svgs, Optional<AssemblyDiff> changes) {
    StringBuilder html = head()
        .append("<nav><a href=\"#summary\">Summary</a> · <a href=\"#findings\">Findings</a> · ")
        .append("<a href=\"#suppressions\">Suppressions</a> · <a href=\"#cost\">Cost</a> · ")
        .append("<a href=\"#diagrams\">Diagrams</a></nav>\n");
    HtmlSummary.render(html, report, cost, changes);
    findings(html, report, graphs);
    suppressions(html, report);
    cost(html, cost);
    html.append("<section id=\"diagrams\">\n<h2>Architecture</h2>\n");
    for (ArchitectureGraph graph : graphs) {
      html.append("<h3 id=\"diagram-").append(escape(graph.environment().replace(' ', '-'))).append("\">")
          .append(escape(graph.environment())).append("</h3>\n<div class=\"diagram\">\n")
          .append(svgs.get(graph.environment())).append("</div>\n");
    }
    html.append("</section>\n");
    return foot(html);
  }

  /**
   * The page of a {@code groundwork check}: the findings and suppressions only. A check reads
   * templates of any origin, whose regions and usage it does not know (so no cost estimate), and
   * a directory of unrelated templates is not one architecture (so no diagram).
   */
  public static String render(PolicyReport report) {
    StringBuilder html = head()
        .append("<p id=\"summary\">").append(escape(report.summaryLine())).append("</p>\n")
        .append("<nav><a href=\"#findings\">Findings</a> · <a href=\"#suppressions\">Suppressions</a></nav>\n");
    findings(html, report, List.of());
    suppressions(html, report);
    return foot(html);
  }

  /** The document up to its heading; the error counter first, so any later script's error is counted. */
  private static StringBuilder head() {
    return new StringBuilder()
        .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Groundwork report</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("<script>window.groundworkErrors=0;window.addEventListener('error',function(){")
        .append("window.groundworkErrors++;document.documentElement.setAttribute('data-errors',")
        .append("String(window.groundworkErrors));});</script>\n")
        .append("</head>\n<body>\n<h1>Groundwork report</h1>\n");
  }

  private static String foot(StringBuilder html) {
    return html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
  }

  private static void findings(StringBuilder html, PolicyReport report, List<ArchitectureGraph> graphs) {
    html.append("<section id=\"findings\">\n<h2>Findings</h2>\n<form id=\"filters\">\n");
    select(html, "severity", "Severity", new TreeSet<>(List.of(Severity.values()).stream().map(Enum::name).toList()));
    select(html, "environment", "Environment",
        new TreeSet<>(report.findings().stream().map(Finding::environment).toList()));
    select(html, "rule", "Rule", new TreeSet<>(report.findings().stream().map(f -> f.ruleId().value()).toList()));
    html.append("</form>\n<p id=\"shown-count\">").append(report.findings().size()).append(" of ")
        .append(report.findings().size()).append(" findings shown</p>\n");
    if (report.findings().isEmpty()) {
      html.append("<p id=\"no-findings\">No findings.</p>\n");
    }
    html.append("<table id=\"findings-table\">\n<thead><tr><th>Severity</th><th>Environment</th><th>Stack</th>")
        .append("<th>Rule</th><th>Resource</th><th>Message</th><th>Fix</th></tr></thead>\n<tbody>\n");
    for (Finding f : report.findings()) {
      Optional<String> node = graphs.stream().flatMap(g -> g.nodeOf(f.stack(), f.logicalId()).stream())
          .map(DiagramNode::id).findFirst();
      html.append("<tr class=\"finding\" data-severity=\"").append(f.severity()).append("\" data-environment=\"")
          .append(escape(f.environment())).append("\" data-rule=\"").append(escape(f.ruleId().value())).append("\">")
          .append("<td class=\"sev-").append(f.severity()).append("\">").append(f.severity()).append("</td>")
          .append("<td>").append(escape(f.environment())).append("</td><td>").append(escape(f.stack())).append("</td>")
          .append("<td><a class=\"rule\" href=\"").append(escape(f.rule().documentation())).append("\">")
          .append(escape(f.ruleId().value())).append("</a><br>").append(escape(f.rule().title())).append("</td>")
          .append("<td>").append(escape(f.constructPath()));
      node.ifPresent(id -> html.append(" <a class=\"node-link\" href=\"#").append(id).append("\">(diagram)</a>"));
      html.append("<br><small>").append(escape(f.propertyPath())).append("</small></td>")
          .append("<td>").append(escape(f.message())).append("</td><td>").append(escape(f.rule().remediation()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void select(StringBuilder html, String name, String label, TreeSet<String> values) {
    html.append("<label>").append(label).append(" <select id=\"filter-").append(name).append("\" name=\"")
        .append(name).append("\"><option value=\"\">all</option>");
    values.forEach(v -> html.append("<option value=\"").append(escape(v)).append("\">").append(escape(v))
        .append("</option>"));
    html.append("</select></label>\n");
  }

  private static void suppressions(StringBuilder html, PolicyReport report) {
    html.append("<section id=\"suppressions\">\n<h2>Suppressions</h2>\n");
    if (report.suppressed().isEmpty()) {
      html.append("<p>No findings are suppressed.</p>\n</section>\n");
      return;
    }
    html.append("<table id=\"suppressions-table\">\n<thead><tr><th>Rule</th><th>Environment</th><th>Resource</th>")
        .append("<th>Reason</th><th>Until</th></tr></thead>\n<tbody>\n");
    for (SuppressedFinding s : report.suppressed()) {
      html.append("<tr><td><a class=\"rule\" href=\"").append(escape(s.finding().rule().documentation())).append("\">")
          .append(escape(s.finding().ruleId().value())).append("</a></td><td>")
          .append(escape(s.finding().environment())).append("</td><td>").append(escape(s.finding().constructPath()))
          .append("</td><td>").append(escape(s.suppression().reason())).append("</td><td>")
          .append(s.suppression().until().map(Object::toString).orElse("no expiry")).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void cost(StringBuilder html, CostEstimate cost) {
    html.append("<section id=\"cost\">\n<h2>Estimated monthly cost (").append(escape(cost.currency()))
        .append(")</h2>\n<p>Prices ").append(escape(cost.priceTableVersion())).append(" (")
        .append(escape(cost.priceTableDate())).append("): ").append(escape(cost.priceTableSource())).append("</p>\n")
        .append("<p>By construct, largest first. <span class=\"assumed\">Assumed usage</span>: the part of an amount ")
        .append("priced at a usage the templates do not state (CostAssumptions; each line's basis names it).</p>\n")
        .append("<table id=\"cost-table\">\n<thead><tr><th>Environment</th><th>Construct</th><th>Stack</th>")
        .append("<th>Of which</th><th class=\"amount\">Assumed usage</th><th class=\"amount\">Monthly</th></tr></thead>\n<tbody>\n");
    for (String environment : cost.environments()) {
      boolean first = true;
      for (ConstructCost construct : cost.byConstruct(environment)) {
        html.append("<tr class=\"construct\"").append(first ? " id=\"cost-" + escape(environment) + "\"" : "")
            .append("><td>").append(escape(environment)).append("</td><td>").append(escape(construct.construct()))
            .append("</td><td>").append(escape(construct.stack())).append("</td><td>")
            .append(escape(CostTable.ofWhich(construct))).append("</td><td class=\"amount assumed\">")
            .append(construct.assumedShare().signum() == 0 ? "" : construct.assumedShare().toPlainString())
            .append("</td><td class=\"amount\">").append(construct.monthly().toPlainString()).append("</td></tr>\n");
        first = false;
      }
      for (NotEstimated none : cost.notEstimatedOf(environment)) {
        html.append("<tr class=\"not-estimated\"><td>").append(escape(environment)).append("</td><td colspan=\"3\">")
            .append(escape(none.resourceType() + " × " + none.count() + " — " + none.reason()))
            .append("</td><td></td><td class=\"amount\">not estimated</td></tr>\n");
      }
      html.append("<tr class=\"total\"><th colspan=\"5\">").append(escape(environment)).append(" (")
          .append(escape(cost.regions().get(environment))).append(") total; by stack: ")
          .append(escape(String.join(", ", cost.byStack(environment).entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue().toPlainString()).toList())))
          .append("</th><th class=\"amount\">").append(cost.total(environment).toPlainString()).append("</th></tr>\n");
    }
    html.append("<tr class=\"total\"><th colspan=\"5\">all environments</th><th class=\"amount\">")
        .append(cost.total().toPlainString()).append("</th></tr>\n");
    html.append("</tbody>\n</table>\n<details><summary>Every priced resource</summary>\n<table id=\"cost-lines\">\n")
        .append("<thead><tr><th>Resource</th><th>Type</th><th class=\"amount\">Monthly</th><th>Basis</th></tr></thead>\n<tbody>\n");
    for (CostLine line : cost.lines()) {
      html.append("<tr><td>").append(escape(line.constructPath())).append("</td><td>").append(escape(line.resourceType()))
          .append("</td><td class=\"amount\">").append(line.monthly().toPlainString()).append("</td><td>")
          .append(escape(line.basis())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</details>\n<details><summary>Prices used, with their source and date</summary>\n")
        .append("<table id=\"cost-prices\">\n<thead><tr><th>Region</th><th>Price key</th><th class=\"amount\">Unit price</th>")
        .append("<th>Source</th><th>Date</th></tr></thead>\n<tbody>\n");
    for (UnitPrice price : cost.prices()) {
      html.append("<tr><td>").append(escape(price.region())).append("</td><td>").append(escape(price.key()))
          .append("</td><td class=\"amount\">").append(price.price().toPlainString()).append("</td><td>")
          .append(escape(price.source().page() + price.source().note().map(n -> " (" + n + ")").orElse("")))
          .append("</td><td>").append(escape(price.source().date())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</details>\n</section>\n");
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
