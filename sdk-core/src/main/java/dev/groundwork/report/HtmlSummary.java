package dev.groundwork.report;

import com.google.common.html.HtmlEscapers;
import dev.groundwork.cost.CostEstimate;
import dev.groundwork.policy.Finding;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.Severity;
import dev.groundwork.replacement.AssemblyDiff;
import dev.groundwork.replacement.ChangeKind;
import dev.groundwork.replacement.ResourceChange;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top of {@link HtmlReport}, read in ten seconds: each environment passed or failed with its
 * findings by severity (each count a link that filters the findings below) and its monthly cost
 * as a bar, and what deploying this assembly changes against the previous one.
 */
final class HtmlSummary {
  private static final int CHART_WIDTH = 260;
  private static final int CHANGES_LISTED = 10;

  private HtmlSummary() {}

  static void render(StringBuilder html, PolicyReport report, CostEstimate cost, Optional<AssemblyDiff> changes) {
    html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p id=\"summary-line\">")
        .append(escape(report.summaryLine())).append("</p>\n");
    Set<String> environments = new LinkedHashSet<>(cost.environments());
    report.findings().forEach(f -> environments.add(f.environment()));
    BigDecimal most = environments.stream().map(cost::total).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    html.append("<table id=\"summary-environments\">\n<thead><tr><th>Environment</th><th>Policy</th>");
    for (Severity severity : Severity.values()) {
      html.append("<th>").append(severity).append("</th>");
    }
    html.append("<th class=\"amount\">Monthly (").append(escape(cost.currency())).append(")</th><th></th></tr></thead>\n<tbody>\n");
    for (String environment : environments) {
      List<Finding> findings = report.findings().stream().filter(f -> f.environment().equals(environment)).toList();
      boolean passed = findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
      html.append("<tr data-environment=\"").append(escape(environment)).append("\"><td><a href=\"#diagram-")
          .append(escape(environment)).append("\">").append(escape(environment)).append("</a></td><td class=\"")
          .append(passed ? "pass\">passed" : "fail\">failed").append("</td>");
      for (Severity severity : Severity.values()) {
        long count = findings.stream().filter(f -> f.severity() == severity).count();
        html.append("<td>");
        filterLink(html, severity.name(), environment, Long.toString(count));
        html.append("</td>");
      }
      BigDecimal total = cost.regions().containsKey(environment) ? cost.total(environment) : BigDecimal.ZERO;
      int width = most.signum() == 0 ? 0 : total.multiply(BigDecimal.valueOf(CHART_WIDTH))
          .divide(most, 0, java.math.RoundingMode.HALF_UP).intValue();
      html.append("<td class=\"amount\"><a href=\"#cost-").append(escape(environment)).append("\">")
          .append(String.format("%,.2f", total)).append("</a></td><td><svg class=\"cost-bar\" width=\"")
          .append(CHART_WIDTH).append("\" height=\"14\" role=\"img\" aria-label=\"").append(escape(environment))
          .append(" monthly cost\"><rect width=\"").append(width).append("\" height=\"14\" fill=\"#5b8fc7\"/></svg></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<p id=\"summary-severity\">Findings by severity:");
    for (Severity severity : Severity.values()) {
      html.append(" ");
      filterLink(html, severity.name(), "", severity + " " + report.count(severity));
    }
    html.append(" · <a class=\"filter-link\" href=\"#findings\" data-severity=\"\" data-environment=\"\">show all</a></p>\n");
    changes(html, changes);
    html.append("</section>\n");
  }

  /** A link that filters the findings table (the page's script sets the filters on click). */
  private static void filterLink(StringBuilder html, String severity, String environment, String text) {
    html.append("<a class=\"filter-link\" href=\"#severity=").append(severity)
        .append(environment.isEmpty() ? "" : "&amp;environment=" + escape(environment))
        .append("\" data-severity=\"").append(severity).append("\" data-environment=\"").append(escape(environment))
        .append("\">").append(escape(text)).append("</a>");
  }

  /** What deploying this assembly does, from the replacement guard's comparison. */
  private static void changes(StringBuilder html, Optional<AssemblyDiff> changes) {
    html.append("<div id=\"changes\"><h3>Since the previous assembly</h3>\n");
    if (changes.isEmpty()) {
      html.append("<p>Not compared: no previous assembly (a first synthesis into this output directory, or ")
          .append("GROUNDWORK_PREVIOUS_ASSEMBLY=none; PlatformAppProps.previousAssembly names one).</p>\n</div>\n");
      return;
    }
    AssemblyDiff diff = changes.get();
    html.append("<ul id=\"change-counts\">");
    for (Map.Entry<ChangeKind, Integer> count : diff.counts().entrySet()) {
      if (count.getKey() != ChangeKind.UNCHANGED) {
        html.append("<li data-kind=\"").append(count.getKey()).append("\">")
            .append(count.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(": ")
            .append(count.getValue()).append("</li>");
      }
    }
    html.append("<li>new stacks: ").append(diff.newStacks().size()).append("</li><li>stacks no longer in the app: ")
        .append(diff.goneStacks().size()).append("</li></ul>\n");
    List<ResourceChange> notable = diff.changes().stream()
        .filter(c -> c.kind() == ChangeKind.REPLACED || c.kind() == ChangeKind.REMOVED).toList();
    if (!notable.isEmpty()) {
      html.append("<table id=\"changes-table\"><thead><tr><th>Change</th><th>Stack</th><th>Resource</th>")
          .append("<th>Why</th></tr></thead>\n<tbody>\n");
      for (ResourceChange change : notable.stream().limit(CHANGES_LISTED).toList()) {
        html.append("<tr><td>").append(change.kind() == ChangeKind.REPLACED
                ? (change.certain() ? "replaced" : "may be replaced") : "removed").append("</td><td>")
            .append(escape(change.stack().stackName())).append("</td><td>").append(escape(change.type()))
            .append(" ").append(escape(change.resource().constructPath().orElse(change.resource().logicalId())))
            .append("</td><td>").append(escape(String.join(", ", change.causes()))).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
      if (notable.size() > CHANGES_LISTED) {
        html.append("<p>and ").append(notable.size() - CHANGES_LISTED)
            .append(" more; the findings of the replacement guard list each.</p>\n");
      }
    }
    html.append("</div>\n");
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
