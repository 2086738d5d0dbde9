package dev.groundwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the replacement guard's previous assembly comes from. */
class PreviousAssemblyOptionTest {
  @TempDir Path dir;

  @Test
  void theEnvironmentVariableWinsOverThePropsAsCdkOutdirDoes() {
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), "/deployed", dir))
        .contains(Path.of("/deployed"));
  }

  @Test
  void thePropsApplyWhenTheVariableIsUnsetOrBlank() {
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), null, dir))
        .contains(Path.of("from-props"));
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), " ", dir))
        .contains(Path.of("from-props"));
  }

  @Test
  void byDefaultTheOutputDirectorysAssemblyTheLastThatPassed() throws IOException {
    Path outdir = Files.createDirectories(dir.resolve("cdk.out"));
    Files.writeString(outdir.resolve("manifest.json"), "{}");
    assertThat(PlatformApp.previousAssembly(Optional.empty(), null, outdir)).contains(outdir);
  }

  @Test
  void noAssemblyInTheOutputDirectoryMeansNoComparison() {
    assertThat(PlatformApp.previousAssembly(Optional.empty(), null, dir.resolve("cdk.out"))).isEmpty();
  }

  @Test
  void noneTurnsTheComparisonOffWhateverElseIsSet() throws IOException {
    Path outdir = Files.createDirectories(dir.resolve("cdk.out"));
    Files.writeString(outdir.resolve("manifest.json"), "{}");
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), PlatformApp.NO_PREVIOUS_ASSEMBLY,
        outdir)).isEmpty();
  }
}
