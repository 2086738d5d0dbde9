package dev.groundwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groundwork.app.SynthCommand;
import dev.groundwork.assembly.inputs.InputsRecord;
import dev.groundwork.assembly.inputs.SharedSynthesis;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synth goal skips a synthesis only when nothing it depends on changed: each test builds a
 * project twice (a fake main that writes a small assembly, so each build takes a JVM start), changes
 * one input between the builds or not, and counts how often the app ran.
 */
class SynthSkipTest {
  private static final String TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath().toString();

  @TempDir
  Path project;
  private Path classes;
  private Path jar;
  private final Map<String, String> environment = new HashMap<>(System.getenv());
  private final List<String> logged = new ArrayList<>();

  @BeforeEach
  void aProjectWithClassesAndADependency() throws IOException {
    classes = Files.createDirectories(project.resolve("target/classes/com/example"));
    Files.writeString(classes.resolve("App.class"), "version 1");
    jar = project.resolve("lib/dependency-1.0.jar");
    writeJar(jar, "version 1");
    Files.writeString(project.resolve("cdk.json"), "{\"app\": \"mvn -q package\"}\n");
    environment.remove("ORDERS_IMAGE_TAG");
    environment.remove("UNDECLARED");
    environment.remove("CDK_CONTEXT_JSON");
  }

  private SynthMojo mojo(String... arguments) {
    return configured(new SynthMojo(), arguments);
  }

  /** The goal as the project's pom configures both synth and share-synth. */
  private <M extends SynthRunMojo> M configured(M mojo, String... arguments) {
    mojo.mainClass = FakeSynthApp.class.getName();
    mojo.arguments = List.of(arguments);
    mojo.workingDirectory = project.toFile();
    mojo.classpath = List.of(TEST_CLASSES, project.resolve("target/classes").toString(), jar.toString());
    mojo.stateDirectory = project.resolve("target/groundwork").toFile();
    mojo.hashCache = project.resolve("user-cache/file-hashes.tsv").toFile();
    mojo.pluginVersion = "0.1.0-test";
    mojo.environmentVariables = List.of("ORDERS_IMAGE_TAG");
    mojo.systemProperties = List.of("fake.bucket");
    mojo.inputFiles = List.of(new File("images"));
    mojo.environment = environment;
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        logged.add(content.toString());
      }
    });
    return mojo;
  }

  /** Runs the goal; returns how many times the app has run in this project. */
  private int build() throws Exception {
    logged.clear();
    mojo().execute();
    return runs();
  }

  private int runs() throws IOException {
    Path runs = project.resolve("runs.txt");
    return Files.isRegularFile(runs) ? Files.readAllLines(runs).size() : 0;
  }

  private String lastLine() {
    return logged.get(logged.size() - 1);
  }

  /** share-synth before the tests, a test run standing in (as SynthesisExtension.ofMain does), then synth. */
  @Nested
  class SharedWithTheTestRun {
    private SharedSynthesis share() throws Exception {
      configured(new ShareSynthMojo()).execute();
      return SharedSynthesis.read(project.resolve("target/groundwork")).orElseThrow();
    }

    /** What a test JVM that ran the main as the goal would does: an assembly, recorded with the goal's inputs. */
    private void standIn(SharedSynthesis shared) throws IOException {
      Path assembly = Files.createDirectories(project.resolve("cdk.out"));
      Files.writeString(assembly.resolve("manifest.json"), "{\"version\": \"test run\"}\n");
      shared.fulfil(project.resolve("target/groundwork"), assembly, "the test run (AppTest)");
    }

    @Test
    void holdsTheGoalsRunWithTheVariablesThatCanChangeTheSynthesis() throws Exception {
      environment.put("ORDERS_IMAGE_TAG", "1.2.3");
      SharedSynthesis shared = share();
      assertThat(shared.mainClass()).isEqualTo(FakeSynthApp.class.getName());
      assertThat(shared.workingDirectory()).isEqualTo(project.toAbsolutePath().normalize());
      assertThat(shared.classpath()).hasSize(3);
      assertThat(shared.environment()).containsKeys("CDK_VALIDATION", "JSII_NODE", "CDK_OUTDIR", "CDK_CONTEXT_JSON",
              "ORDERS_IMAGE_TAG")
          .containsEntry("ORDERS_IMAGE_TAG", SharedSynthesis.hashOf("1.2.3"))
          .doesNotContainKeys(SynthEnvironment.OUTPUT_ONLY.toArray(String[]::new));
      assertThat(shared.systemProperties()).containsOnlyKeys("fake.bucket");
      assertThat(logged).filteredOn(line -> line.startsWith("groundwork:")).containsExactly("groundwork:share-synth: a test that synthesizes " + FakeSynthApp.class.getName()
          + " through SynthesisExtension.ofMain stands in for groundwork:synth (target/groundwork/shared-synthesis.json)");
    }

    @Test
    void theGoalSkipsWhenTheTestRunStoodInAndUsesTheFileUp() throws Exception {
      standIn(share());
      assertThat(build()).as("the app never ran: the test run's synthesis stood for it").isZero();
      assertThat(lastLine()).startsWith("groundwork:synth skipped: inputs unchanged since the synthesis of cdk.out by "
          + "the test run (AppTest) (fingerprint ");
      assertThat(project.resolve("target/groundwork/" + SharedSynthesis.FILE)).doesNotExist();
    }

    @Test
    void aClassChangedAfterTheTestRunMakesTheGoalSynthesize() throws Exception {
      standIn(share());
      Files.writeString(classes.resolve("App.class"), "version 2");
      assertThat(build()).isEqualTo(1);
      assertThat(lastLine()).isEqualTo("groundwork:synth: inputs changed since the last synthesis: classpath:target/classes");
    }

    @Test
    void aVariableSetOnlyForPackageMakesTheGoalSynthesize() throws Exception {
      standIn(share());
      environment.put("ORDERS_IMAGE_TAG", "1.2.4");
      assertThat(build()).isEqualTo(1);
      assertThat(lastLine()).isEqualTo("groundwork:synth: inputs changed since the last synthesis: env:ORDERS_IMAGE_TAG");
    }

    @Test
    void withTheTestsSkippedThereIsNothingToShareAndAnOldFileGoes() throws Exception {
      share();
      ShareSynthMojo skipped = configured(new ShareSynthMojo());
      skipped.skipTests = true;
      skipped.execute();
      assertThat(project.resolve("target/groundwork/" + SharedSynthesis.FILE)).doesNotExist();
    }
  }

  @Nested
  class NothingChanged {
    @Test
    void theSecondBuildSkipsWithOneLineSayingWhy() throws Exception {
      assertThat(build()).isEqualTo(1);
      assertThat(build()).as("no JVM started the second time").isEqualTo(1);
      assertThat(logged.stream().filter(l -> l.startsWith("groundwork:synth"))).singleElement().asString()
          .startsWith("groundwork:synth skipped: inputs unchanged since the synthesis of cdk.out (fingerprint ")
          .endsWith("assembly intact); -Dgroundwork.synth.force=true synthesizes anyway");
    }

    @Test
    void theFirstBuildSaysWhyItSynthesizes() throws Exception {
      build();
      assertThat(logged).contains("groundwork:synth: no earlier synthesis recorded in target/groundwork");
    }

    @Test
    void forceSynthesizesAnyway() throws Exception {
      build();
      SynthMojo forced = mojo();
      forced.force = true;
      forced.execute();
      assertThat(runs()).isEqualTo(2);
    }

    @Test
    void anUndeclaredVariableIsNotSeen() throws Exception {
      build();
      environment.put("UNDECLARED", "changed");
      assertThat(build()).as("documented: the app must declare what it reads").isEqualTo(1);
    }
  }

  @Nested
  class InputChanged {
    @Test
    void aClass() throws Exception {
      build();
      Files.writeString(classes.resolve("App.class"), "version 2");
      assertThat(build()).isEqualTo(2);
      assertThat(logged).contains("groundwork:synth: inputs changed since the last synthesis: classpath:target/classes");
    }

    @Test
    void aNewClass() throws Exception {
      build();
      Files.writeString(classes.resolve("Extra.class"), "new");
      assertThat(build()).isEqualTo(2);
    }

    @Test
    void aDependency() throws Exception {
      build();
      writeJar(jar, "version 2");
      assertThat(build()).isEqualTo(2);
      assertThat(lastLine()).isEqualTo("groundwork:synth: inputs changed since the last synthesis: classpath:lib/dependency-1.0.jar");
    }

    @Test
    void aDependencyUpgraded() throws Exception {
      build();
      Path upgraded = project.resolve("lib/dependency-1.1.jar");
      writeJar(upgraded, "version 1");
      SynthMojo next = mojo();
      next.classpath = List.of(TEST_CLASSES, project.resolve("target/classes").toString(), upgraded.toString());
      logged.clear();
      next.execute();
      assertThat(runs()).as("another artifact in place of the first").isEqualTo(2);
      assertThat(lastLine()).isEqualTo("groundwork:synth: inputs changed since the last synthesis: "
          + "classpath:lib/dependency-1.1.jar, classpath:lib/dependency-1.0.jar");
    }

    @Test
    void aContextValueInCdkJson() throws Exception {
      Files.writeString(project.resolve("cdk.json"), "{\"app\": \"mvn -q package\", \"context\": {\"replicas\": 2}}\n");
      build();
      Files.writeString(project.resolve("cdk.json"), "{\"app\": \"mvn -q package\", \"context\": {\"replicas\": 3}}\n");
      assertThat(build()).isEqualTo(2);
      assertThat(lastLine()).endsWith("file:cdk.json");
    }

    @Test
    void aContextFile() throws Exception {
      build();
      Files.writeString(project.resolve("cdk.context.json"), "{\"vpc-provider:account=1\": {}}\n");
      assertThat(build()).isEqualTo(2);
      assertThat(lastLine()).endsWith("file:cdk.context.json");
    }

    @Test
    void contextPassedOnTheCommandLine() throws Exception {
      build();
      environment.put("CDK_CONTEXT_JSON", "{\"replicas\": \"3\"}");
      assertThat(build()).isEqualTo(2);
      environment.put("CDK_CONTEXT_JSON", "{\"replicas\": \"4\"}");
      assertThat(build()).isEqualTo(3);
      assertThat(lastLine()).endsWith("env:CDK_CONTEXT_JSON");
    }

    @Test
    void aDeclaredEnvironmentVariable() throws Exception {
      build();
      environment.put("ORDERS_IMAGE_TAG", "1.2.3");
      assertThat(build()).isEqualTo(2);
      assertThat(lastLine()).endsWith("env:ORDERS_IMAGE_TAG");
      assertThat(build()).isEqualTo(2);
    }

    @Test
    void aDeclaredSystemPropertyWhichReachesTheApp() throws Exception {
      build();
      System.setProperty("fake.bucket", "Uploads");
      try {
        assertThat(build()).isEqualTo(2);
      } finally {
        System.clearProperty("fake.bucket");
      }
      assertThat(project.resolve("cdk.out/orders-dev-data.template.json")).content().contains("Uploads");
    }

    @Test
    void aDeclaredFile() throws Exception {
      build();
      Files.createDirectories(project.resolve("images/worker"));
      Files.writeString(project.resolve("images/worker/Dockerfile"), "FROM scratch\n");
      assertThat(build()).isEqualTo(2);
      assertThat(lastLine()).endsWith("file:images");
    }

    @Test
    void theArgumentsOfMain() throws Exception {
      build();
      mojo("0").execute();
      assertThat(runs()).isEqualTo(2);
    }
  }

  @Nested
  class AssemblyNotIntact {
    @Test
    void aTemplateEditedByHand() throws Exception {
      build();
      Files.writeString(project.resolve("cdk.out/orders-dev-data.template.json"), "{}");
      assertThat(build()).isEqualTo(2);
      assertThat(lastLine()).isEqualTo("groundwork:synth: the assembly at cdk.out was changed after its synthesis "
          + "(its files no longer match the hash in groundwork-inputs.json)");
    }

    @Test
    void aFileAdded() throws Exception {
      build();
      Files.writeString(project.resolve("cdk.out/extra.template.json"), "{}");
      assertThat(build()).isEqualTo(2);
    }

    @Test
    void theAssemblyDeleted() throws Exception {
      build();
      Files.delete(project.resolve("cdk.out/manifest.json"));
      assertThat(build()).isEqualTo(2);
    }

    @Test
    void theRecordTamperedWith() throws Exception {
      build();
      Path record = project.resolve("cdk.out").resolve(InputsRecord.FILE);
      Files.writeString(record, Files.readString(record).replaceFirst("\"classpath:target/classes\" : \"[0-9a-f]+\"",
          "\"classpath:target/classes\" : \"0000\""));
      assertThat(build()).isEqualTo(2);
    }
  }

  @Nested
  class Failure {
    @Test
    void aFailedSynthesisIsNeverSkippedNextTime() throws Exception {
      build();
      Files.writeString(classes.resolve("App.class"), "version 2");
      assertThatThrownBy(() -> mojo("1", SynthCommand.RESULT_PREFIX + "1 policy error").execute())
          .isInstanceOf(MojoFailureException.class);
      Files.writeString(classes.resolve("App.class"), "version 1");
      assertThat(build()).as("back to the inputs of the first build, but its assembly was replaced").isEqualTo(3);
    }
  }

  @Nested
  class RealApp {
    @Test
    void aGroundworkMainNamesItsAssemblyWhichGetsTheRecordAndIsThenSkipped() throws Exception {
      SynthMojo real = mojo();
      real.mainClass = CompliantApp.class.getName();
      real.classpath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
      real.execute();
      Path assembly = project.resolve("cdk.out");
      try (var files = Files.walk(assembly)) {
        assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".template.json"));
      }
      assertThat(InputsRecord.read(assembly).orElseThrow().intact(assembly)).isTrue();
      logged.clear();
      real.execute();
      assertThat(lastLine()).startsWith("groundwork:synth skipped: inputs unchanged since the synthesis of cdk.out");
    }
  }

  @Nested
  class Record {
    @Test
    void listsEveryInputByHashAndNeverAVariablesValue() throws Exception {
      environment.put("ORDERS_IMAGE_TAG", "secret-looking-value");
      build();
      String record = Files.readString(project.resolve("cdk.out").resolve(InputsRecord.FILE), StandardCharsets.UTF_8);
      assertThat(record).contains("\"fingerprint\"", "\"main-class\"", "\"classpath:target/classes\"",
          "\"classpath:lib/dependency-1.0.jar\"", "\"file:cdk.json\"", "\"file:cdk.context.json\" : \"absent\"",
          "\"env:ORDERS_IMAGE_TAG\"", "\"env:CDK_CONTEXT_JSON\" : \"absent\"", "\"property:fake.bucket\" : \"absent\"",
          "\"version:node\"", "\"version:groundwork-maven-plugin\"", "\"assembly\"")
          .doesNotContain("secret-looking-value");
    }
  }

  private static void writeJar(Path jar, String content) throws IOException {
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("com/example/dependency/Thing.class"));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }
}
