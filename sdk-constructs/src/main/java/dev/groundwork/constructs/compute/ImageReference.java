package dev.groundwork.constructs.compute;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference split into repository, tag and digest, to tell whether it is
 * pinned.
 *
 * @param repository everything before the tag or digest, registry included
 * @param tag the tag, if any
 * @param digest the {@code sha256:…} digest, if any
 */
record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

  static ImageReference parse(String image) {
    String rest = image.trim();
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    int colon = rest.lastIndexOf(':');
    Optional<String> tag = Optional.empty();
    if (colon > rest.lastIndexOf('/')) {
      tag = Optional.of(rest.substring(colon + 1));
      rest = rest.substring(0, colon);
    }
    return new ImageReference(rest, tag, digest);
  }

  /** Pinned: a well-formed digest, or a tag other than {@code latest}. */
  boolean isPinned() {
    if (digest.isPresent()) {
      return DIGEST.matcher(digest.get()).matches();
    }
    return tag.filter(t -> !t.isBlank() && !t.equalsIgnoreCase("latest")).isPresent();
  }
}
