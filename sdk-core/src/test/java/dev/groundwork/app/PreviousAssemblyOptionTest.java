package dev.groundwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the replacement guard's previous assembly comes from. */
class PreviousAssemblyOptionTest {

  @Test
  void theEnvironmentVariableWinsOverThePropsAsCdkOutdirDoes() {
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), "/deployed"))
        .contains(Path.of("/deployed"));
  }

  @Test
  void thePropsApplyWhenTheVariableIsUnsetOrBlank() {
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), null)).contains(Path.of("from-props"));
    assertThat(PlatformApp.previousAssembly(Optional.of(Path.of("from-props")), " ")).contains(Path.of("from-props"));
  }

  @Test
  void neitherMeansNoComparison() {
    assertThat(PlatformApp.previousAssembly(Optional.empty(), null)).isEmpty();
  }
}
