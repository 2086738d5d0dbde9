package dev.groundwork.benchmarks.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-loop benchmark's smoke test, without synthesizing: the goal it runs outside Maven
 * still has every parameter it sets (a renamed field would otherwise surface only in a benchmark
 * run), and the ten classes all register the one shared extension.
 */
class SynthGoalRunTest {
  @Test
  void setsOnlyParametersTheGoalsHave(@TempDir Path dir) throws Exception {
    for (String goal : new String[] {SynthGoalRun.SYNTH, SynthGoalRun.SHARE_SYNTH}) {
      assertThat(SynthGoalRun.configured(dir.toFile(), goal).getClass().getName()).isEqualTo(goal);
    }
  }

  @Test
  void theTenClassesRegisterTheSharedExtension() throws Exception {
    assertThat(TenTestClasses.CLASSES).hasSize(10).doesNotHaveDuplicates();
    for (Class<?> type : TenTestClasses.CLASSES) {
      var field = type.getDeclaredField("SYNTH");
      field.setAccessible(true);
      assertThat(field.get(null)).as(type.getSimpleName()).isSameAs(TenTestClasses.SHARED);
    }
  }
}
