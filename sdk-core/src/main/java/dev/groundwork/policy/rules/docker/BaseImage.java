package dev.groundwork.policy.rules.docker;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image a stage starts from, split the way Docker reads {@code [registry/]name[:tag][@digest]}.
 *
 * @param text as written (build arguments substituted)
 * @param tag the tag, if any
 * @param digest the {@code sha256:<64 hex>} digest, if a well-formed one is given
 */
record BaseImage(String text, Optional<String> tag, Optional<String> digest) {
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

  static BaseImage of(String text) {
    String rest = text;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      String given = rest.substring(at + 1);
      digest = DIGEST.matcher(given).matches() ? Optional.of(given) : Optional.empty();
      rest = rest.substring(0, at);
    }
    int colon = rest.lastIndexOf(':');
    Optional<String> tag = colon > rest.lastIndexOf('/') ? Optional.of(rest.substring(colon + 1)) : Optional.empty();
    return new BaseImage(text, tag.filter(t -> !t.isEmpty()), digest);
  }

  /** Whether a build argument without a default is left in it. */
  boolean isUnresolved() {
    return text.contains("$");
  }

  /** A digest, or a tag other than {@code latest}. */
  boolean isPinned() {
    return digest.isPresent() || tag.filter(t -> !t.equals("latest")).isPresent();
  }
}
