package dev.groundwork.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.EnvironmentProps;
import dev.groundwork.app.PlatformApp;
import dev.groundwork.app.PlatformAppProps;
import dev.groundwork.app.SynthCommand;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.inputs.InputsRecord;
import dev.groundwork.assembly.inputs.PreviousSynthesis;
import dev.groundwork.assembly.inputs.SharedSynthesis;
import dev.groundwork.assembly.inputs.SynthInputs;
import dev.groundwork.assembly.Templates;
import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.core.Tier;
import dev.groundwork.policy.PolicyReport;
import dev.groundwork.policy.formats.PolicyReports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.sqs.QueueProps;

/**
 * Runs small subject classes on the JUnit Platform, in this JVM, to check what happens around
 * the tests: classes registering one extension share one synthesis, whose directory lives until
 * the run ends; an isolated synthesis is the class's own and deleted when it ends; failures
 * reach every test with their cause. The subjects only run when this class launches them (surefire would
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

  /** The one extension the sharing subjects register, declared once as a user would. */
  static final class Shared {
    static final AtomicInteger FACTORY_CALLS = new AtomicInteger();
    static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
      FACTORY_CALLS.incrementAndGet();
      return SynthesisExtensionTest.smallApp(outdir);
    });
    /** What each subject saw, by subject name. */
    static final Map<String, SynthesizedApp> SEEN = new ConcurrentHashMap<>();
    /** Whether the directories seen so far still existed when each subject ran, by subject name. */
    static final Map<String, Map<String, Boolean>> EXISTING = new ConcurrentHashMap<>();

    static void record(String subject, SynthesizedApp app) {
      Map<String, Boolean> existing = new TreeMap<>();
      SEEN.forEach((name, seen) -> existing.put(name, Files.isDirectory(seen.assemblyDirectory())));
      EXISTING.put(subject, existing);
      SEEN.put(subject, app);
    }
  }

  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  @Order(1)
  static class SharingFirst {
    @RegisterExtension
    static final SynthesisExtension SYNTH = Shared.SYNTH;

    @Test
    void sees(SynthesizedApp app) {
      Shared.record("first", app);
    }
  }

  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  @Order(2)
  static class IsolatedBetween {
    @RegisterExtension
    static final SynthesisExtension SYNTH = Shared.SYNTH.isolated();

    @Test
    void sees(SynthesizedApp app) {
      Shared.record("isolated", app);
    }
  }

  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  @Order(3)
  static class SharingSecond {
    @RegisterExtension
    static final SynthesisExtension SYNTH = Shared.SYNTH;

    @Nested
    class Inner {
      @Test
      void sees(SynthesizedApp app) {
        Shared.record("second", app);
      }
    }
  }

  /** The same app, but its own factory lambda: nothing says it builds the same thing. */
  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  @Order(4)
  static class OwnFactory {
    @RegisterExtension
    static final SynthesisExtension SYNTH = SynthesisExtension.of(outdir -> {
      Shared.FACTORY_CALLS.incrementAndGet();
      return SynthesisExtensionTest.smallApp(outdir);
    });

    @Test
    void sees(SynthesizedApp app) {
      Shared.record("own factory", app);
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

  /** A main as an app has one: it ends in SynthCommand.run, writing into this module's target. */
  public static final class SmallMain {
    static final Path OUTDIR = Path.of("target", "of-main", "cdk.out").toAbsolutePath();

    private SmallMain() {}

    public static void main(String[] args) {
      SynthCommand.run(() -> {
        PlatformApp app = new PlatformApp(PlatformAppProps.builder()
            .name("shop").team("web").costCenter("cc-7")
            .addEnvironments(EnvironmentProps.of("dev", "111111111111", "eu-west-1", Tier.DEV))
            .outdir(Optional.of(OUTDIR))
            .build());
        new Queue(app.environments().get(0).addStack("work"), "Jobs",
            QueueProps.builder().encryption(QueueEncryption.SQS_MANAGED).enforceSsl(true).build());
        return app;
      });
    }
  }

  @EnabledIfSystemProperty(named = SUBJECTS, matches = "true")
  static class OfMain {
    static SynthesizedApp seen;

    @RegisterExtension
    static final SynthesisExtension SYNTH = SynthesisExtension.ofMain(SmallMain.class);

    @Test
    void sees(SynthesizedApp app) {
      seen = app;
    }
  }

  /** ofMain with what share-synth wrote: the test run's synthesis stands for the goal's, or not. */
  @Nested
  class StandingForTheSynthGoal {
    @TempDir
    Path state;

    @BeforeEach
    void freshOutputDirectory() throws IOException {
      if (Files.isDirectory(SmallMain.OUTDIR)) {
        try (Stream<Path> walk = Files.walk(SmallMain.OUTDIR)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      OfMain.seen = null;
      System.setProperty(SynthGoalStandIn.STATE_DIRECTORY_PROPERTY, state.toString());
    }

    @AfterEach
    void clear() {
      System.clearProperty(SynthGoalStandIn.STATE_DIRECTORY_PROPERTY);
    }

    /**
     * What share-synth would write for this JVM: its class path without the test libraries (the
     * run then has them as extra entries, as a surefire fork does), and {@code environment}.
     */
    private SharedSynthesis shared(Map<String, String> environment) throws IOException {
      List<Path> runtime = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(Path::of).filter(p -> !p.getFileName().toString().matches("(junit|opentest4j|apiguardian|assertj).*"))
          .toList();
      Map<String, String> hashes = new TreeMap<>();
      environment.forEach((name, value) -> hashes.put(name, SharedSynthesis.hashOf(value)));
      SharedSynthesis shared = new SharedSynthesis(SmallMain.class.getName(), List.of(),
          Path.of(System.getProperty("user.dir")), Path.of(System.getProperty("java.home")), runtime, hashes,
          Map.of(), SynthInputs.of(Map.of("main-class", "h1", "classpath:target/classes", "h2")));
      shared.writeTo(state);
      return shared;
    }

    @Test
    void aJvmRunningTheMainAsTheGoalWouldRecordsTheAssemblyWithTheGoalsInputs() throws IOException {
      SharedSynthesis shared = shared(Map.of("CDK_VALIDATION", "false"));
      assertThat(run(OfMain.class)).isEmpty();
      assertThat(OfMain.seen.assemblyDirectory()).as("the main's own output directory").isEqualTo(SmallMain.OUTDIR);
      InputsRecord record = InputsRecord.read(SmallMain.OUTDIR).orElseThrow();
      assertThat(record.inputs().fingerprint()).isEqualTo(shared.inputs().fingerprint());
      assertThat(record.synthesizedBy()).isEqualTo("the test run (SynthesisExtensionLifecycleTest$OfMain)");
      PreviousSynthesis.Verdict verdict = new PreviousSynthesis(state).check(shared.inputs(), Path.of(""));
      assertThat(verdict.upToDate()).isTrue();
      assertThat(verdict.reason()).contains("by the test run (SynthesisExtensionLifecycleTest$OfMain)");
      assertThat(SmallMain.OUTDIR).as("the output directory is the user's: kept when the run ends").isDirectory();
    }

    @Test
    void aJvmWithAnotherValueOfAnInputLeavesTheGoalToSynthesize() throws IOException {
      shared(Map.of("CDK_VALIDATION", "false", "GROUNDWORK_TEST_UNSET_VARIABLE", "set for the goal"));
      assertThat(run(OfMain.class)).isEmpty();
      assertThat(OfMain.seen).isNotNull();
      assertThat(InputsRecord.read(SmallMain.OUTDIR)).isEmpty();
      assertThat(state.resolve("last-assembly")).doesNotExist();
    }

    @Test
    void withoutASharedSynthesisNothingIsRecorded() throws IOException {
      assertThat(run(OfMain.class)).isEmpty();
      assertThat(InputsRecord.read(SmallMain.OUTDIR)).isEmpty();
    }

    @Test
    void synthesizeIntoCannotRedirectAMain() {
      assertThatThrownBy(() -> SynthesisExtension.ofMain(SmallMain.class).synthesizeInto(state))
          .hasMessageContaining("cannot choose where " + SmallMain.class.getName() + ".main writes");
    }

    @Test
    void extensionsOfTheSameMainShareOneSynthesis() {
      assertThat(SynthesisExtension.ofMain(SmallMain.class).sharingKey())
          .isEqualTo(OfMain.SYNTH.sharingKey())
          .isNotEqualTo(SynthesisExtension.ofMain(SmallMain.class, "other").sharingKey());
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Sharing {
    private final List<String> entries = new ArrayList<>();
    private List<String> failures;

    @BeforeAll
    void runTheSubjectsInOneRun() {
      Shared.SEEN.clear();
      Shared.EXISTING.clear();
      Shared.FACTORY_CALLS.set(0);
      failures = run(entries, SharingFirst.class, IsolatedBetween.class, SharingSecond.class, OwnFactory.class);
    }

    @Test
    void classesRegisteringOneExtensionShareOneSynthesis() {
      assertThat(failures).isEmpty();
      assertThat(Shared.SEEN.get("second")).as("the nested class of the second class sees the first's result")
          .isSameAs(Shared.SEEN.get("first"));
      assertThat(Shared.FACTORY_CALLS.get()).as("shared once, isolated once, own factory once").isEqualTo(3);
    }

    @Test
    void theSharedDirectoryOutlivesTheClassThatMadeItAndGoesWhenTheRunEnds() {
      assertThat(Shared.EXISTING.get("second")).containsEntry("first", true);
      assertThat(Shared.SEEN.get("first").assemblyDirectory()).doesNotExist();
    }

    @Test
    void anIsolatedSynthesisIsTheClasssOwnAndGoesWhenTheClassEnds() {
      assertThat(Shared.SEEN.get("isolated")).isNotSameAs(Shared.SEEN.get("first"));
      assertThat(Shared.SEEN.get("isolated").assemblyDirectory()).isNotEqualTo(Shared.SEEN.get("first").assemblyDirectory());
      assertThat(Shared.EXISTING.get("second")).containsEntry("isolated", false).containsEntry("first", true);
    }

    @Test
    void aFactoryOfItsOwnIsNotShared() {
      assertThat(Shared.SEEN.get("own factory")).isNotSameAs(Shared.SEEN.get("first"));
    }

    @Test
    void eachClassSaysOnceWhetherItSynthesizedOrReused() {
      assertThat(entries).hasSize(4);
      assertThat(entries.get(0)).startsWith("SynthesisExtensionLifecycleTest$SharingFirst: synthesized 2 stacks in ").endsWith("(shared with every class registering the same extension)");
      assertThat(entries.get(1)).startsWith("SynthesisExtensionLifecycleTest$IsolatedBetween: synthesized 2 stacks").endsWith("(isolated: this class's own)");
      assertThat(entries.get(2)).startsWith("SynthesisExtensionLifecycleTest$SharingSecond: reused the shared synthesis made for SynthesisExtensionLifecycleTest$SharingFirst: 2 stacks");
      assertThat(entries.get(3)).startsWith("SynthesisExtensionLifecycleTest$OwnFactory: synthesized 2 stacks");
    }
  }

  @Test
  void theKeyHoldsEverythingThatCanMakeTwoSynthesesDiffer() {
    SynthesisExtension shared = Shared.SYNTH;
    assertThat(shared.sharingKey()).isEqualTo(shared.isolated().sharingKey());
    assertThat(shared.sharingKey()).isNotEqualTo(shared.withCdkValidator().sharingKey());
    assertThat(shared.sharingKey()).isNotEqualTo(shared.afterSynthesis(result -> {}).sharingKey());
    assertThat(shared.sharingKey())
        .isNotEqualTo(SynthesisExtension.of(outdir -> SynthesisExtensionTest.smallApp(outdir)).sharingKey());
  }

  @Test
  void temporaryAssemblyIsDeletedWhenTheRunEnds() {
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
    return run(new ArrayList<>(), subject);
  }

  /**
   * Runs {@code subjects} in one run, in their {@code @Order}; adds "class: value" of each
   * {@value SynthesisExtension#REPORT_KEY} report entry to {@code entries}; returns "test name:
   * failure" for each failed test.
   */
  private static List<String> run(List<String> entries, Class<?>... subjects) {
    List<String> failures = new ArrayList<>();
    System.setProperty(SUBJECTS, "true");
    try {
      LauncherFactory.create().execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(Arrays.stream(subjects).map(DiscoverySelectors::selectClass).toList())
              .configurationParameter("junit.jupiter.testclass.order.default",
                  ClassOrderer.OrderAnnotation.class.getName())
              .build(),
          new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
              entry.getKeyValuePairs().forEach((key, value) -> {
                if (key.equals(SynthesisExtension.REPORT_KEY)) {
                  entries.add(id.getDisplayName() + ": " + value);
                }
              });
            }

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
