package dev.groundwork.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's default lint command, run by Maven (offline, on the plugins this build already
 * has) on two small projects: it passes a clean one and fails one that calls an API marked for
 * removal, which {@code mvn validate}, the former lint, let through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LintCommandTest {
  private static final String POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>example</groupId>
        <artifactId>%s</artifactId>
        <version>1</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <build>
          <plugins>
            <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
            <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
          </plugins>
        </build>
      </project>
      """;

  Path project(Path root, String name, String body) throws IOException {
    Path dir = root.resolve(name);
    Files.createDirectories(dir.resolve("src/main/java/example"));
    Files.writeString(dir.resolve("pom.xml"), POM.formatted(name));
    Files.writeString(dir.resolve("src/main/java/example/Orders.java"),
        "package example;\n\npublic class Orders {\n  public Object count() {\n    " + body + "\n  }\n}\n");
    return dir;
  }

  record Run(int exit, String output) {}

  Run lint(Path dir) throws IOException, InterruptedException {
    return run(dir, BuildCommands.defaults().lint());
  }

  Run run(Path dir, String command) throws IOException, InterruptedException {
    // The pipeline's command as it is, offline here (the pipeline's build has the network).
    Process process = new ProcessBuilder(List.of("bash", "-c", command + " -o"))
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }

  Run clean;
  Run removal;
  Run formerLint;

  @BeforeAll
  void lintBothProjects(@TempDir Path root) throws Exception {
    clean = lint(project(root, "clean", "return Integer.valueOf(1);"));
    Path removalProject = project(root, "removal", "return new Integer(1);");
    removal = lint(removalProject);
    formerLint = run(removalProject, "mvn -B -ntp validate");
  }

  @Test
  void passesACleanProject() {
    assertThat(clean.exit()).as(clean.output()).isZero();
  }

  @Test
  void failsAProjectThatCallsAnApiMarkedForRemoval() {
    assertThat(removal.exit()).as(removal.output()).isNotZero();
    assertThat(removal.output()).contains("Integer(int) in java.lang.Integer has been deprecated and marked for removal")
        .contains("warnings found and -Werror specified");
    assertThat(formerLint.exit()).as("mvn validate, the former lint: " + formerLint.output()).isZero();
  }
}
