package dev.groundwork.assembly.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which test class path entries can change what the app on its own class path does. */
class ClasspathExtrasTest {
  @TempDir
  Path dir;

  private Path jar(String name, Map<String, String> files) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  private Path classes(String name, Map<String, String> files) throws IOException {
    Path root = Files.createDirectories(dir.resolve(name));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return root;
  }

  private Path app() throws IOException {
    return jar("app-lib.jar", Map.of(
        "com/example/lib/Plugin.class", "interface",
        "com/example/lib/Defaults.class", "class",
        "com/example/lib/defaults.properties", "size=small",
        "META-INF/MANIFEST.MF", "Manifest-Version: 1.0",
        "META-INF/LICENSE.txt", "licence",
        "META-INF/maven/com.example/lib/pom.properties", "version=1",
        "module-info.class", "module"));
  }

  @Test
  void testClassesAndLibrariesOfTheirOwnChangeNothing() throws IOException {
    Path tests = classes("test-classes", Map.of("com/example/AppTest.class", "test", "META-INF/MANIFEST.MF", "x"));
    Path junit = jar("junit.jar", Map.of("org/junit/Test.class", "annotation",
        "META-INF/services/org.junit.Engine", "org.junit.JupiterEngine", "org/junit/Engine.class", "interface",
        "META-INF/LICENSE.txt", "other licence", "META-INF/maven/org.junit/junit/pom.properties", "version=5",
        "META-INF/versions/9/module-info.class", "module", "OSGI-INF/l10n/bundle.properties", "x"));
    assertThat(ClasspathExtras.conflicts(List.of(app()), List.of(tests, junit))).isEmpty();
  }

  @Test
  void aClassOrResourceTheAppHoldsTooIsAConflict() throws IOException {
    Path tests = classes("test-classes", Map.of("com/example/lib/defaults.properties", "size=large"));
    Path shadow = jar("shadow.jar", Map.of("com/example/lib/Defaults.class", "other", "com/example/lib/Extra.class", "x",
        "META-INF/versions/11/com/example/lib/Plugin.class", "versioned copy"));
    assertThat(ClasspathExtras.conflicts(List.of(app()), List.of(tests, shadow))).containsExactly(
        "shadow.jar holds 2 of the names app-lib.jar on the app's class path holds (com/example/lib/Defaults.class, …)",
        "test-classes holds 1 of the names app-lib.jar on the app's class path holds (com/example/lib/defaults.properties)");
  }

  @Test
  void aProviderOfAServiceTheAppOrTheJdkLooksUpIsAConflict() throws IOException {
    Path mocks = jar("mocks.jar", Map.of(
        "META-INF/services/com.example.lib.Plugin", "org.mocks.FakePlugin",
        "META-INF/services/java.nio.file.spi.FileSystemProvider", "org.mocks.MemoryFileSystem",
        "org/mocks/FakePlugin.class", "x"));
    assertThat(ClasspathExtras.conflicts(List.of(app()), List.of(mocks))).containsExactlyInAnyOrder(
        "mocks.jar provides the service com.example.lib.Plugin of app-lib.jar on the app's class path",
        "mocks.jar provides the JDK service java.nio.file.spi.FileSystemProvider");
  }
}
