package dev.groundwork.policy.rules.controltower.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package fetch is pinned, integrity-checked, cached and says what to do when it cannot fetch. */
class GuardPackageTest {

  @Test
  void rejectsATarballThatIsNotThePinnedOne(@TempDir Path dir) throws IOException {
    Path tgz = Files.write(dir.resolve("package.tgz"), new byte[] {31, -117, 8, 0});
    assertThatThrownBy(() -> GuardPackage.checkIntegrity(tgz))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("does not match its pinned integrity")
        .hasMessageContaining(GuardPackage.INTEGRITY);
  }

  @Test
  void failsWithWhatToDoWhenTheCacheIsEmptyAndTheRegistryUnreachable(@TempDir Path cache) {
    String previous = System.getProperty("groundwork.npmRegistry");
    System.setProperty("groundwork.npmRegistry", "http://127.0.0.1:9/");
    try {
      assertThatThrownBy(() -> GuardPackage.ensureUnpacked(cache))
          .hasMessageContaining("are not in the cache at " + cache)
          .hasMessageContaining("Run the build once with access to the npm registry");
      assertThat(cache.resolve("cdk-validator-cfnguard-" + GuardPackage.VERSION)).doesNotExist();
    } finally {
      if (previous == null) {
        System.clearProperty("groundwork.npmRegistry");
      } else {
        System.setProperty("groundwork.npmRegistry", previous);
      }
    }
  }

  @Test
  void theCachedPackageHasTheRuleFilesAndMetadataOfEveryControl() {
    GuardPackage guard = GuardPackage.get();
    assertThat(guard.controls()).hasSize(237);
    assertThat(guard.controls().values()).allSatisfy(control -> {
      assertThat(control.ruleFile()).isRegularFile();
      assertThat(control.displayName()).isNotBlank();
      assertThat(control.resourceTypes()).isNotEmpty();
    });
    assertThat(guard.cfnGuard()).isExecutable();
  }
}
