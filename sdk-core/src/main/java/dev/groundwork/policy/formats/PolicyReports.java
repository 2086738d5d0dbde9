package dev.groundwork.policy.formats;

import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.RuleInfo;
import dev.groundwork.policy.formats.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the machine-readable reports next to the cloud assembly, with the catalog of the rules
 * that ran ({@value RuleInfo#DOCS_PAGE}) that their documentation links point to.
 */
public final class PolicyReports {

  public static final String JSON_FILE = "groundwork-report.json";
  public static final String SARIF_FILE = "groundwork-report.sarif";
  public static final String JUNIT_FILE = "groundwork-junit.xml";

  private PolicyReports() {}

  /** Writes JSON, SARIF, JUnit XML and the rule catalog into {@code assemblyDir}; returns the report paths. */
  public static List<Path> write(PolicyReport report, Path assemblyDir) {
    try {
      Files.createDirectories(assemblyDir);
      Path json = Files.writeString(assemblyDir.resolve(JSON_FILE), JsonReport.render(report),
          StandardCharsets.UTF_8);
      Path sarif = Files.writeString(assemblyDir.resolve(SARIF_FILE), SarifReport.render(report),
          StandardCharsets.UTF_8);
      Path junit = Files.writeString(assemblyDir.resolve(JUNIT_FILE), JunitReport.render(report),
          StandardCharsets.UTF_8);
      Files.writeString(assemblyDir.resolve(RuleInfo.DOCS_PAGE), RuleCatalog.renderFor(report.rules()),
          StandardCharsets.UTF_8);
      return List.of(json, sarif, junit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write policy reports to " + assemblyDir, e);
    }
  }
}
