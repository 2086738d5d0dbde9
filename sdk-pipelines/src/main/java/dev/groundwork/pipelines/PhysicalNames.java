package dev.groundwork.pipelines;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Fixed names for what a pipeline in another account addresses without a cross-account
 * reference: CodeBuild projects and IAM roles named after their stack and construct id.
 */
final class PhysicalNames {
  private PhysicalNames() {}

  /** {@code base + suffix}, shortened with a hash to IAM's 64 characters and CodeBuild's characters. */
  static String of(String base, String suffix) {
    String clean = base.replaceAll("[^A-Za-z0-9-]", "-");
    if (clean.length() + suffix.length() <= 64) {
      return clean + suffix;
    }
    String hash = Hashing.sha256().hashString(clean, StandardCharsets.UTF_8).toString().substring(0, 8);
    return clean.substring(0, 64 - suffix.length() - 9) + "-" + hash + suffix;
  }
}
