package dev.groundwork.policy;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.policy.report.ConsoleReport;
import dev.groundwork.policy.report.PolicyReports;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The synthesis-time policy step in one call: evaluate the stacks, print the console report,
 * write JSON, SARIF and JUnit XML into the assembly directory, and return the report whose
 * {@link PolicyReport#exitStatus()} the synth command exits with.
 *
 * <pre>{@code
 * PolicyReport report = PolicyCheck.run(options, stacks, assemblyDir, System.out);
 * System.exit(report.exitStatus());
 * }</pre>
 */
public final class PolicyCheck {

  private PolicyCheck() {}

  public static PolicyReport run(
      PolicyOptions options, List<StackTemplate> stacks, Path assemblyDir, PrintStream console) {
    PolicyReport report = PolicyEngine.create(options).evaluate(stacks);
    ConsoleReport.print(report, console);
    PolicyReports.write(report, assemblyDir);
    return report;
  }
}
