package dev.groundwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.SynthCommand;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthMojoTest {
  private static final List<String> TEST_CLASSPATH =
      List.of(System.getProperty("java.class.path").split(File.pathSeparator));

  private static SynthMojo mojo(String... arguments) {
    SynthMojo mojo = new SynthMojo();
    mojo.mainClass = FakeApp.class.getName();
    mojo.arguments = List.of(arguments);
    mojo.workingDirectory = new File(".");
    mojo.classpath = TEST_CLASSPATH;
    mojo.hashCache = new File("target/test-hash-cache/file-hashes.tsv");
    return mojo;
  }

  /** A log that keeps the info lines in {@code logged} (and prints the rest as Maven would). */
  private static SystemStreamLog infoInto(List<String> logged) {
    return new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        logged.add(content.toString());
      }
    };
  }

  @Nested
  class Failures {
    @Test
    void policyErrorsFailTheBuildWithGroundworksResultLineAndNoCause() {
      assertThatThrownBy(() -> mojo("1", SynthCommand.RESULT_PREFIX + "2 policy errors").execute())
          .isInstanceOf(MojoFailureException.class)
          .hasMessage("2 policy errors")
          .hasNoCause();
    }

    @Test
    void exitStatusesStayDistinctByMessage() {
      assertThatThrownBy(() -> mojo("2", SynthCommand.RESULT_PREFIX + "invalid app: 3 problems").execute())
          .hasMessage("invalid app: 3 problems");
      assertThatThrownBy(() -> mojo("3", SynthCommand.RESULT_PREFIX + "Node.js missing or too old").execute())
          .hasMessage("Node.js missing or too old");
    }

    @Test
    void aMainThatIsNotSynthCommandFailsWithItsStatus() {
      assertThatThrownBy(() -> mojo("7").execute())
          .isInstanceOf(MojoFailureException.class)
          .hasMessageStartingWith("synthesis failed: " + FakeApp.class.getName() + " exited with status 7");
    }

    @Test
    void anInvalidAppFailsWithTheNumberOfProblems() {
      SynthMojo mojo = mojo();
      mojo.mainClass = InvalidApp.class.getName();
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
          .hasMessage("invalid app: 2 problems");
    }

    @Test
    void policyErrorsFailWithTheirNumber(@TempDir Path outdir) {
      SynthMojo mojo = mojo(outdir.toString());
      mojo.mainClass = PolicyErrorApp.class.getName();
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
          .hasMessageMatching("[1-9][0-9]* policy errors?");
    }

    @Test
    void withoutAMainClassTheBuildSaysWhichPropertyToSet() {
      SynthMojo mojo = mojo();
      mojo.mainClass = null;
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
          .hasMessage("groundwork:synth needs the app's main class: set the property <groundwork.mainClass> (or the "
              + "plugin's <mainClass>), e.g. com.example.infra.App");
    }

    @Test
    void theResultPrefixIsSynthCommands() {
      assertThat(SynthOutcome.RESULT_PREFIX).isEqualTo(SynthCommand.RESULT_PREFIX);
    }
  }

  @Nested
  class Success {
    @Test
    void passesWhenTheAppExitsZero(@TempDir Path dir) throws Exception {
      Path ran = dir.resolve("ran");
      mojo("0", "", ran.toString()).execute();
      assertThat(ran).as("the app's main ran in the forked JVM").hasContent("ran");
    }

    @Test
    void aPomProjectHasNothingToSynthesize(@TempDir Path dir) throws Exception {
      Path ran = dir.resolve("ran");
      SynthMojo mojo = mojo("1", SynthCommand.RESULT_PREFIX + "1 policy error", ran.toString());
      mojo.packaging = "pom";
      mojo.mainClass = null;
      mojo.execute();
      assertThat(ran).as("a parent such as groundwork-app-parent binds the goal; it runs nothing there").doesNotExist();
    }

    @Test
    void skipRunsNothing(@TempDir Path dir) throws Exception {
      Path ran = dir.resolve("ran");
      SynthMojo mojo = mojo("1", SynthCommand.RESULT_PREFIX + "1 policy error", ran.toString());
      mojo.skip = true;
      List<String> logged = new ArrayList<>();
      mojo.setLog(infoInto(logged));
      mojo.execute();
      assertThat(ran).as("no JVM started, so the app never ran").doesNotExist();
      assertThat(logged).containsExactly("groundwork:synth skipped");
    }
  }

  @Nested
  class ClassArchive {
    /** The test class path without this plugin's own classes, which share a resource with maven-core. */
    private final List<String> withoutPluginClasses = TEST_CLASSPATH.stream()
        .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "classes"))).toList();

    private List<String> synthesize(Path archives, boolean classArchive) throws Exception {
      return synthesize(archives, classArchive, withoutPluginClasses);
    }

    private List<String> synthesize(Path archives, boolean classArchive, List<String> classpath) throws Exception {
      SynthMojo mojo = mojo("0");
      mojo.classpath = classpath;
      mojo.classArchive = classArchive;
      mojo.classArchives = archives.toFile();
      List<String> logged = new ArrayList<>();
      mojo.setLog(infoInto(logged));
      mojo.execute();
      return logged;
    }

    @Test
    void theSecondSynthesisArchivesWhatTheFirstRecordedAndTheThirdOnlyUsesIt(@TempDir Path archives) throws Exception {
      List<String> first = synthesize(archives, true);
      List<String> second = synthesize(archives, true);
      List<String> third = synthesize(archives, true);
      assertThat(first).noneMatch(line -> line.contains("archive"));
      assertThat(second).filteredOn(line -> line.contains("archive")).singleElement().asString()
          .startsWith("groundwork:synth: archived the synth JVM's library classes for later syntheses on this machine, "
              + "once for these libraries (")
          .endsWith(".jsa");
      assertThat(third).noneMatch(line -> line.contains("archive"));
      assertThat(archives).isDirectoryContaining("glob:**/synth-*.jsa").isDirectoryContaining("glob:**/synth-*.classlist");
    }

    @Test
    void aClassDirectoryHoldingAResourceOfALibraryKeepsMavensOrderAndSaysWhy(@TempDir Path archives) throws Exception {
      assertThat(synthesize(archives, true, TEST_CLASSPATH)).anyMatch(line -> line.matches("groundwork:synth: no class "
          + "archive for the synth JVM: the app's classes must come before its libraries on the class path, as classes "
          + "holds 1 of the names maven-core-[0-9.]+\\.jar on the app's class path holds \\(META-INF/plexus/components\\.xml\\)"));
      assertThat(archives).isEmptyDirectory();
    }

    @Test
    void turnedOffItNeitherRecordsNorArchives(@TempDir Path archives) throws Exception {
      synthesize(archives, false);
      synthesize(archives, false);
      assertThat(archives).isEmptyDirectory();
    }
  }

  @Nested
  class ForkedJvm {
    @Test
    void getsCdkValidationOffAndTheConfiguredNode() throws Exception {
      List<String> stderr = new ArrayList<>();
      SynthRun run = new SynthRun(Path.of(System.getProperty("java.home"), "bin", "java"),
          List.of("-XX:TieredStopAtLevel=1"), FakeApp.class.getName(), TEST_CLASSPATH, List.of("0"), new File("."),
          SynthEnvironment.of(Map.of(), false, Optional.of("/opt/node22/bin/node")));
      SynthOutcome outcome = run.run(stderr::add);
      assertThat(outcome.status()).isZero();
      assertThat(outcome.failure("x")).isEmpty();
      assertThat(stderr).contains("CDK_VALIDATION=false", "JSII_NODE=/opt/node22/bin/node");
    }
  }

  @Nested
  class Environment {
    @Test
    void turnsCdksValidatorOffAndSilencesJsiisBanners() {
      Map<String, String> env = SynthEnvironment.of(Map.of(), false, Optional.empty());
      assertThat(env).containsEntry("CDK_VALIDATION", "false")
          .containsEntry("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20,21")
          .containsEntry("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
          .containsEntry("JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION", "1")
          .doesNotContainKey("JSII_NODE");
    }

    @Test
    void keepsAJsiiNodeFromTheEnvironmentUnlessOneIsConfigured() {
      Map<String, String> inherited = Map.of("JSII_NODE", "/work/.node/bin/node");
      assertThat(SynthEnvironment.of(inherited, false, Optional.empty())).doesNotContainKey("JSII_NODE");
      assertThat(SynthEnvironment.of(inherited, false, Optional.of("/usr/bin/node")))
          .containsEntry("JSII_NODE", "/usr/bin/node");
    }

    @Test
    void passesThePreviousAssemblyAsPlatformAppsVariable(@TempDir Path previous) {
      assertThat(SynthEnvironment.PREVIOUS_ASSEMBLY).isEqualTo(dev.groundwork.app.PlatformApp.PREVIOUS_ASSEMBLY_VARIABLE);
      assertThat(SynthEnvironment.withPreviousAssembly(Map.of("CDK_VALIDATION", "false"), Optional.of(previous)))
          .containsEntry("GROUNDWORK_PREVIOUS_ASSEMBLY", previous.toAbsolutePath().toString())
          .containsEntry("CDK_VALIDATION", "false");
      assertThat(SynthEnvironment.withPreviousAssembly(Map.of(), Optional.empty())).isEmpty();
    }

    @Test
    void cdkValidationCanBeTurnedBackOnAndUserSilencingIsKept() {
      Map<String, String> env = SynthEnvironment.of(
          Map.of("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "18"), true, Optional.empty());
      assertThat(env).containsEntry("CDK_VALIDATION", "true")
          .containsEntry("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "18,20,21");
    }
  }
}
