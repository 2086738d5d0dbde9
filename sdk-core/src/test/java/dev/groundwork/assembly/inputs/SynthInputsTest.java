package dev.groundwork.assembly.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthInputsTest {
  @TempDir
  Path dir;

  private SynthInputs.Builder builder() {
    return SynthInputs.builder(dir, Path.of("/home/nobody"), FileHashCache.load(dir.resolve("cache.tsv")));
  }

  @Test
  void aTreeHashesTheSameWhateverTheOrderItsFilesWereWrittenIn() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("x.class"), "x");
    Files.writeString(a.resolve("y.class"), "y");
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(b.resolve("y.class"), "y");
    Files.writeString(b.resolve("x.class"), "x");
    assertThat(ContentHash.ofTree(a, p -> true)).isEqualTo(ContentHash.ofTree(b, p -> true));
    Files.move(b.resolve("x.class"), b.resolve("z.class"));
    assertThat(ContentHash.ofTree(a, p -> true)).as("a renamed file changes the tree").isNotEqualTo(ContentHash.ofTree(b, p -> true));
  }

  @Test
  void namesWhatChangedAndTheFingerprintFollows() {
    SynthInputs before = builder().text("version:node", "24.21.0").environment("ORDERS_TAG", "1").build();
    SynthInputs same = builder().text("version:node", "24.21.0").environment("ORDERS_TAG", "1").build();
    SynthInputs after = builder().text("version:node", "24.22.0").environment("ORDERS_TAG", null).build();
    assertThat(same.fingerprint()).isEqualTo(before.fingerprint());
    assertThat(same.changedSince(before)).isEmpty();
    assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
    assertThat(after.changedSince(before)).containsExactly("version:node", "env:ORDERS_TAG");
    assertThat(after.hashes()).containsEntry("env:ORDERS_TAG", ContentHash.ABSENT);
  }

  @Test
  void aReorderedClassPathIsAChange() throws Exception {
    Files.writeString(dir.resolve("a.jar"), "a");
    Files.writeString(dir.resolve("b.jar"), "b");
    SynthInputs ab = builder().classpath(dir.resolve("a.jar")).classpath(dir.resolve("b.jar")).build();
    SynthInputs ba = builder().classpath(dir.resolve("b.jar")).classpath(dir.resolve("a.jar")).build();
    assertThat(ba.fingerprint()).isNotEqualTo(ab.fingerprint());
    assertThat(ba.changedSince(ab)).containsExactly("classpath order");
  }

  @Test
  void aPreviousAssemblyCountsByItsManifestAndTemplatesNotItsReports() throws Exception {
    Path assembly = Files.createDirectories(dir.resolve("previous"));
    Files.writeString(assembly.resolve("manifest.json"), "{}");
    Files.writeString(assembly.resolve("orders-dev-data.template.json"), "{}");
    String before = builder().assembly("previous-assembly", assembly).build().hashes().get("previous-assembly");
    Files.writeString(assembly.resolve("groundwork-report.html"), "<html>");
    assertThat(builder().assembly("previous-assembly", assembly).build().hashes().get("previous-assembly")).isEqualTo(before);
    Files.writeString(assembly.resolve("orders-dev-data.template.json"), "{\"Resources\": {}}");
    assertThat(builder().assembly("previous-assembly", assembly).build().hashes().get("previous-assembly")).isNotEqualTo(before);
  }
}
