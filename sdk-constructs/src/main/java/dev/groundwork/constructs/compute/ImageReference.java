package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference such as {@code public.ecr.aws/nginx/nginx:1.27.3} or
 * {@code repo@sha256:<digest>}, validated when created and split into repository, tag and digest.
 *
 * <p>The factory refuses text that is not an image reference at all (blank, whitespace, an empty
 * repository, tag or digest). Whether the image is pinned is a property of the value
 * ({@link #isPinned()}); the services refuse unpinned images, reporting it with every other
 * problem of their input.
 */
public final class ImageReference {
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern WHITESPACE = Pattern.compile(".*\\s.*", Pattern.DOTALL);

  private final String text;
  private final String repository;
  private final Optional<String> tag;
  private final Optional<String> digest;

  private ImageReference(String text, String repository, Optional<String> tag, Optional<String> digest) {
    this.text = text;
    this.repository = repository;
    this.tag = tag;
    this.digest = digest;
  }

  /**
   * The image written as {@code [registry/]repository[:tag][@digest]}.
   *
   * @throws GroundworkValidationException with code {@code IMAGE_REFERENCE_FORMAT} if it is not
   *     written that way
   */
  public static ImageReference of(String image) {
    if (image == null || image.isEmpty() || WHITESPACE.matcher(image).matches()) {
      throw invalid(image);
    }
    String rest = image;
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
    if (rest.isEmpty() || tag.filter(String::isEmpty).isPresent()
        || digest.filter(String::isEmpty).isPresent()) {
      throw invalid(image);
    }
    return new ImageReference(image, rest, tag, digest);
  }

  private static GroundworkValidationException invalid(String image) {
    return new GroundworkValidationException(List.of(new Problem("IMAGE_REFERENCE_FORMAT",
        "ImageReference", "image", image == null ? "nothing" : "'" + image + "'",
        "written as [registry/]repository[:tag][@sha256:<digest>] without spaces",
        "Give the image your build pushed, e.g. public.ecr.aws/nginx/nginx:1.27.3.")));
  }

  /** Everything before the tag or digest, registry included. */
  public String repository() {
    return repository;
  }

  /** The tag, if any. */
  public Optional<String> tag() {
    return tag;
  }

  /** The {@code sha256:…} digest, if any. */
  public Optional<String> digest() {
    return digest;
  }

  /** Pinned: a well-formed digest, or a tag other than {@code latest}. */
  public boolean isPinned() {
    if (digest.isPresent()) {
      return DIGEST.matcher(digest.get()).matches();
    }
    return tag.filter(t -> !t.equalsIgnoreCase("latest")).isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageReference other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The reference exactly as written. */
  @Override
  public String toString() {
    return text;
  }
}
