package dev.groundwork.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs one test class on the JUnit Platform, as a build tool would, and exits non-zero on any failure. */
public final class RunTestClass {
  private RunTestClass() {}

  public static void main(String[] args) throws ClassNotFoundException {
    if (args.length != 1) {
      System.err.println("usage: RunTestClass <fully qualified test class>");
      System.exit(2);
    }
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(Class.forName(args[0]))).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    System.out.printf("[test-class] %s: %d tests, %d passed, %d failed%n", args[0],
        summary.getTestsFoundCount(), summary.getTestsSucceededCount(), summary.getTotalFailureCount());
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() == 0) {
      summary.printFailuresTo(new java.io.PrintWriter(System.err, true), 20);
      System.exit(1);
    }
  }
}
