package dev.groundwork.benchmarks;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs test classes on the JUnit Platform in one run, as a build tool's test fork would, prints
 * where the time went (JVM start to first test, the first test including the synthesis, the
 * other tests) and how many syntheses {@code SynthesisExtension} made (from its report entries),
 * and exits non-zero on any failure. A class name may be a holder's {@code CLASSES} field
 * ({@code dev.groundwork.benchmarks.loop.TenTestClasses#CLASSES}).
 */
public final class RunTestClass {
  private RunTestClass() {}

  public static void main(String[] args) throws ClassNotFoundException {
    if (args.length == 0) {
      System.err.println("usage: RunTestClass <fully qualified test class or Holder#CLASSES>...");
      System.exit(2);
    }
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    List<Class<?>> classes = new ArrayList<>();
    for (String arg : args) {
      classes.addAll(classes(arg));
    }
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList()).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summaryListener = new SummaryGeneratingListener();
    TestTimes times = new TestTimes();
    launcher.execute(request, summaryListener, times);
    TestExecutionSummary summary = summaryListener.getSummary();
    long end = System.nanoTime();
    System.out.printf(Locale.ROOT, "[test-class] %s: %d classes, syntheses made: %d, %d tests, %d passed, %d failed; "
            + "JVM start to first test %.2f s, first test (with synthesis) %.2f s, other %d tests %.2f s%n",
        String.join(" ", args), classes.size(), times.syntheses,
        summary.getTestsFoundCount(), summary.getTestsSucceededCount(), summary.getTotalFailureCount(),
        (System.currentTimeMillis() - jvmStart) / 1e3 - (end - times.firstStart) / 1e9,
        (times.firstEnd - times.firstStart) / 1e9, times.count - 1, (times.lastEnd - times.firstEnd) / 1e9);
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() == 0) {
      summary.printFailuresTo(new PrintWriter(System.err, true), 20);
      System.exit(1);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Class<?>> classes(String arg) throws ClassNotFoundException {
    int hash = arg.indexOf('#');
    if (hash < 0) {
      return List.of(Class.forName(arg));
    }
    try {
      return (List<Class<?>>) Class.forName(arg.substring(0, hash)).getField(arg.substring(hash + 1)).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no public static List<Class<?>> " + arg, e);
    }
  }

  private static final class TestTimes implements TestExecutionListener {
    int syntheses;
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
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
      String value = entry.getKeyValuePairs().get("groundwork.synth");
      if (value != null && value.startsWith("synthesized")) {
        syntheses++;
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
