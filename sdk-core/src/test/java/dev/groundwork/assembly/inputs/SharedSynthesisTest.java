package dev.groundwork.assembly.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What share-synth hands the test run, and which JVMs may stand for the synth goal's run. */
class SharedSynthesisTest {
  @TempDir
  Path dir;

  private static final Path WORK = Path.of("/work/app");
  private static final Path JAVA = Path.of("/opt/java");
  private static final List<Path> GOAL_CLASSPATH = List.of(Path.of("/work/app/target/classes"), Path.of("/m2/cdk.jar"));

  private final SharedSynthesis shared = new SharedSynthesis("com.example.App", List.of("--quiet"), WORK, JAVA,
      GOAL_CLASSPATH, Map.of("CDK_VALIDATION", SharedSynthesis.hashOf("false"), "CDK_OUTDIR", SharedSynthesis.hashOf(null)),
      Map.of("orders.replicas", SharedSynthesis.hashOf("3")),
      SynthInputs.of(Map.of("main-class", ContentHash.of("com.example.App"), "classpath:target/classes", "abc")));

  /** A surefire fork of the same project: test classes first, the goal's entries in order, a test library last. */
  private SharedSynthesis.Observed jvm() {
    return new SharedSynthesis.Observed("com.example.App", List.of("--quiet"), WORK, JAVA,
        List.of(Path.of("/work/app/target/test-classes"), Path.of("/work/app/target/classes"), Path.of("/m2/cdk.jar"),
            Path.of("/m2/junit.jar")),
        environment(Map.of("CDK_VALIDATION", "false", "HOME", "/root")), properties(Map.of("orders.replicas", "3")));
  }

  private static UnaryOperator<String> environment(Map<String, String> values) {
    return values::get;
  }

  private static UnaryOperator<String> properties(Map<String, String> values) {
    return values::get;
  }

  private SharedSynthesis.Observed with(SharedSynthesis.Observed jvm, String what, Object value) {
    return switch (what) {
      case "main" -> new SharedSynthesis.Observed((String) value, jvm.arguments(), jvm.workingDirectory(), jvm.javaHome(),
          jvm.classpath(), jvm.environment(), jvm.systemProperty());
      case "arguments" -> new SharedSynthesis.Observed(jvm.mainClass(), List.of(), jvm.workingDirectory(), jvm.javaHome(),
          jvm.classpath(), jvm.environment(), jvm.systemProperty());
      case "directory" -> new SharedSynthesis.Observed(jvm.mainClass(), jvm.arguments(), (Path) value, jvm.javaHome(),
          jvm.classpath(), jvm.environment(), jvm.systemProperty());
      case "java" -> new SharedSynthesis.Observed(jvm.mainClass(), jvm.arguments(), jvm.workingDirectory(), (Path) value,
          jvm.classpath(), jvm.environment(), jvm.systemProperty());
      default -> throw new IllegalArgumentException(what);
    };
  }

  @Test
  void aForkOfTheSameProjectDiffersOnlyByItsExtraEntries() {
    assertThat(shared.differences(jvm())).isEmpty();
    assertThat(shared.extraEntries(jvm()))
        .containsExactly(Path.of("/work/app/target/test-classes"), Path.of("/m2/junit.jar"));
  }

  @Test
  void eachWayTheRunDiffersIsNamed() {
    assertThat(shared.differences(with(jvm(), "main", "com.example.Other")))
        .containsExactly("main class com.example.Other, the synth goal's is com.example.App");
    assertThat(shared.differences(with(jvm(), "arguments", null)))
        .containsExactly("arguments [], the synth goal's are [--quiet]");
    assertThat(shared.differences(with(jvm(), "directory", Path.of("/work/app/module"))))
        .containsExactly("working directory /work/app/module, the synth goal's is /work/app");
    assertThat(shared.differences(with(jvm(), "java", Path.of("/opt/java-21"))))
        .containsExactly("Java /opt/java-21, the synth goal's is /opt/java");
  }

  @Test
  void aVariableOrPropertyWithAnotherValueOrUnsetDiffers() {
    SharedSynthesis.Observed jvm = jvm();
    SharedSynthesis.Observed otherValues = new SharedSynthesis.Observed(jvm.mainClass(), jvm.arguments(),
        jvm.workingDirectory(), jvm.javaHome(), jvm.classpath(),
        environment(Map.of("CDK_VALIDATION", "true", "CDK_OUTDIR", "elsewhere")), properties(Map.of()));
    assertThat(shared.differences(otherValues)).containsExactlyInAnyOrder(
        "environment variable CDK_VALIDATION differs from the synth goal's",
        "environment variable CDK_OUTDIR differs from the synth goal's",
        "system property orders.replicas differs from the synth goal's");
  }

  @Test
  void theGoalsClassPathMustBeThereInItsOrder() {
    SharedSynthesis.Observed jvm = jvm();
    SharedSynthesis.Observed reordered = new SharedSynthesis.Observed(jvm.mainClass(), jvm.arguments(),
        jvm.workingDirectory(), jvm.javaHome(), List.of(Path.of("/m2/cdk.jar"), Path.of("/work/app/target/classes")),
        jvm.environment(), jvm.systemProperty());
    SharedSynthesis.Observed missing = new SharedSynthesis.Observed(jvm.mainClass(), jvm.arguments(),
        jvm.workingDirectory(), jvm.javaHome(), List.of(Path.of("/work/app/target/classes")), jvm.environment(),
        jvm.systemProperty());
    assertThat(shared.differences(reordered)).containsExactly("class path: the synth goal's entries are not all there, in its order");
    assertThat(shared.differences(missing)).containsExactly("class path: the synth goal's entries are not all there, in its order");
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    shared.writeTo(dir);
    SharedSynthesis read = SharedSynthesis.read(dir).orElseThrow();
    assertThat(read).isEqualTo(shared);
    assertThat(Files.readString(dir.resolve(SharedSynthesis.FILE))).doesNotContain("\"3\"").contains("orders.replicas");
    SharedSynthesis.forget(dir);
    assertThat(SharedSynthesis.read(dir)).isEmpty();
  }

  @Test
  void aFileChangedByHandIsRefused() throws IOException {
    shared.writeTo(dir);
    Path file = dir.resolve(SharedSynthesis.FILE);
    Files.writeString(file, Files.readString(file).replace("\"abc\"", "\"abd\""));
    assertThatThrownBy(() -> SharedSynthesis.read(dir)).hasMessageContaining("does not match its own fingerprint");
  }

  @Test
  void fulfillingRecordsTheGoalsInputsAndWhoSynthesized() throws IOException {
    Path assembly = Files.createDirectories(dir.resolve("cdk.out"));
    Files.writeString(assembly.resolve("manifest.json"), "{}");
    Path state = dir.resolve("target/groundwork");
    shared.fulfil(state, assembly, "the test run (AppTest)");
    InputsRecord record = InputsRecord.read(assembly).orElseThrow();
    assertThat(record.inputs()).isEqualTo(shared.inputs());
    assertThat(record.synthesizedBy()).isEqualTo("the test run (AppTest)");
    PreviousSynthesis.Verdict verdict = new PreviousSynthesis(state).check(shared.inputs(), dir);
    assertThat(verdict.upToDate()).isTrue();
    assertThat(verdict.reason()).startsWith("inputs unchanged since the synthesis of cdk.out by the test run (AppTest) (fingerprint ");
    SynthInputs changed = SynthInputs.of(Map.of("main-class", ContentHash.of("com.example.App"), "classpath:target/classes", "abd"));
    assertThat(new PreviousSynthesis(state).check(changed, dir).reason())
        .as("the goal recomputes its inputs: a class changed after the test run means synthesizing")
        .isEqualTo("inputs changed since the last synthesis: classpath:target/classes");
  }
}
