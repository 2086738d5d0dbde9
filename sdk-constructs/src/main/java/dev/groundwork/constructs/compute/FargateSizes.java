package dev.groundwork.constructs.compute;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The CPU and memory combinations Fargate accepts for a Linux task, from the ECS task size
 * table.
 */
final class FargateSizes {
  private static final ImmutableMap<Integer, List<Integer>> MEMORY_BY_CPU =
      ImmutableMap.<Integer, List<Integer>>builder()
          .put(256, List.of(512, 1024, 2048))
          .put(512, steps(1024, 4096, 1024))
          .put(1024, steps(2048, 8192, 1024))
          .put(2048, steps(4096, 16384, 1024))
          .put(4096, steps(8192, 30720, 1024))
          .put(8192, steps(16384, 61440, 4096))
          .put(16384, steps(32768, 122880, 8192))
          .buildOrThrow();

  private static final ImmutableMap<Integer, String> DESCRIPTIONS = ImmutableMap.of(
      256, "512, 1024 or 2048",
      512, "1024 to 4096 in steps of 1024",
      1024, "2048 to 8192 in steps of 1024",
      2048, "4096 to 16384 in steps of 1024",
      4096, "8192 to 30720 in steps of 1024",
      8192, "16384 to 61440 in steps of 4096",
      16384, "32768 to 122880 in steps of 8192");

  private FargateSizes() {}

  static boolean isValid(int cpu, int memoryMiB) {
    return MEMORY_BY_CPU.getOrDefault(cpu, List.of()).contains(memoryMiB);
  }

  /** Every valid combination, for error messages. */
  static String describe() {
    return DESCRIPTIONS.entrySet().stream()
        .map(e -> "cpu " + e.getKey() + " with memoryMiB " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static List<Integer> steps(int from, int to, int step) {
    return IntStream.iterate(from, m -> m <= to, m -> m + step).boxed().toList();
  }
}
