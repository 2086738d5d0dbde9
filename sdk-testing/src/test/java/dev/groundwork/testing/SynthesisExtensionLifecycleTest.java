package dev.groundwork.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.formats.PolicyReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs small subject classes on the JUnit Platform, in this JVM, to check what happens around
 * the tests: the temporary assembly is deleted when the class ends, and failures reach every
 * test with their cause. The subjects only run when this class launches them (surefire would
 * otherwise pick static nested classes up when selected by pattern, e.g. -Dtest=Synthesis*).
 */
class SynthesisExtensionLifecycleTest {

  private static final String SUBJECTS = "groundwork.test.lifecycleSubjects";

  /** A class whose after-synthesis step deletes the report files synthesis wrote. */
  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  static class WithoutReportFile {
    static Path assembly;
    static PolicyReport injected;

    @RegisterExtension
    static final SynthesisExtension SYNTH = SynthesisExtension.of(SynthesisExtensionTest::smallApp)
        .afterSynthesis(result -> Files.delete(result.assemblyDirectory().resolve(PolicyReports.JSON_FILE)));

    @Test
    void recordsWhereTheAssemblyWas(SynthesizedApp app) {
      assembly = app.assemblyDirectory();
    }

    @Test
    void asksForTheReport(PolicyReport report) {
      injected = report;
    }

    @Test
    void failsOnPurpose() {
      throw new AssertionError("the one failure the launcher should see");
    }
  }

  /** A class whose app description is invalid. */
  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  static class InvalidApp {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
      throw new GroundworkValidationException(List.of(new Problem("APP_NAME_FORMAT", "PlatformAppProps",
          "name", "'Orders'", "[a-z][a-z0-9-]{0,31}", "Use lower case.")));
    });

    @Test
    void first(SynthesizedApp app) {}

    @Test
    void second(Templates templates) {}
  }

  @Test
  void temporaryAssemblyIsDeletedWhenTheClassEnds() {
    List<String> failures = run(WithoutReportFile.class);
    assertThat(WithoutReportFile.assembly).isNotNull();
    assertThat(WithoutReportFile.assembly).doesNotExist();
    assertThat(failures).singleElement().asString().contains("failsOnPurpose");
  }

  @Test
  void theReportIsTheInMemoryOneEvenWithoutItsFile() {
    WithoutReportFile.injected = null;
    assertThat(run(WithoutReportFile.class)).noneMatch(f -> f.contains("asksForTheReport"));
    assertThat(WithoutReportFile.injected).isNotNull();
    assertThat(WithoutReportFile.injected.stacks()).hasSize(2);
  }

  @Test
  void anInvalidAppFailsEveryTestWithTheValidationMessage() {
    assertThat(run(InvalidApp.class)).hasSize(2)
        .allSatisfy(f -> assertThat(f).contains("[APP_NAME_FORMAT] PlatformAppProps: name must be", "Use lower case."));
  }

  /** Runs {@code subject}; returns "test name: failure" for each failed test. */
  private static List<String> run(Class<?> subject) {
    List<String> failures = new ArrayList<>();
    System.setProperty(SUBJECTS, "true");
    try {
      LauncherFactory.create().execute(
          LauncherDiscoveryRequestBuilder.request().selectors(selectClass(subject)).build(),
          new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
              if (id.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failures.add(id.getDisplayName() + ": "
                    + result.getThrowable().map(Throwable::toString).orElse("?"));
              }
            }
          });
    } finally {
      System.clearProperty(SUBJECTS);
    }
    return failures;
  }
}
