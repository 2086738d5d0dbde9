package dev.groundwork.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test class on the JUnit Platform, as a build tool would, prints where the time went
 * (JVM start to first test, the first test including the synthesis, the other tests), and exits
 * non-zero on any failure.
 */
public final class RunTestClass {
  private RunTestClass() {}

  public static void main(String[] args) throws ClassNotFoundException {
    if (args.length != 1) {
      System.err.println("usage: RunTestClass <fully qualified test class>");
      System.exit(2);
    }
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(Class.forName(args[0]))).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summaryListener = new SummaryGeneratingListener();
    TestTimes times = new TestTimes();
    launcher.execute(request, summaryListener, times);
    TestExecutionSummary summary = summaryListener.getSummary();
    long end = System.nanoTime();
    System.out.printf(Locale.ROOT, "[test-class] %s: %d tests, %d passed, %d failed; JVM start to first test %.2f s, "
            + "first test (with synthesis) %.2f s, other %d tests %.2f s%n", args[0],
        summary.getTestsFoundCount(), summary.getTestsSucceededCount(), summary.getTotalFailureCount(),
        (System.currentTimeMillis() - jvmStart) / 1e3 - (end - times.firstStart) / 1e9,
        (times.firstEnd - times.firstStart) / 1e9, times.count - 1, (times.lastEnd - times.firstEnd) / 1e9);
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() == 0) {
      summary.printFailuresTo(new PrintWriter(System.err, true), 20);
      System.exit(1);
    }
  }

  private static final class TestTimes implements TestExecutionListener {
    long firstStart;
    long firstEnd;
    long lastEnd;
    int count;

    @Override
    public void executionStarted(TestIdentifier id) {
      if (id.isTest() && count == 0) {
        firstStart = System.nanoTime();
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (id.isTest()) {
        count++;
        lastEnd = System.nanoTime();
        if (count == 1) {
          firstEnd = lastEnd;
        }
      }
    }
  }
}
