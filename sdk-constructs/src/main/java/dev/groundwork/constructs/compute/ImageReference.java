package dev.groundwork.constructs.compute;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.dockerfile.DockerfileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference such as {@code public.ecr.aws/nginx/nginx:1.27.3} or
 * {@code repo@sha256:<digest>}, validated when created and split into repository, tag and digest;
 * or a directory with a Dockerfile that the deployment builds ({@link #fromDirectory(Path)}).
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
  private final Optional<Path> directory;

  private ImageReference(String text, String repository, Optional<String> tag, Optional<String> digest,
      Optional<Path> directory) {
    this.text = text;
    this.repository = repository;
    this.tag = tag;
    this.digest = digest;
    this.directory = directory;
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
    return new ImageReference(image, rest, tag, digest, Optional.empty());
  }

  /**
   * The image built from {@code directory}'s {@code Dockerfile}, as a CDK Docker image asset:
   * synthesis only stages the directory into the cloud assembly (no Docker needed); the
   * deployment builds the image for linux/amd64 and pushes it to the CDK bootstrap repository,
   * tagged with the hash of the directory's content, so it is pinned by construction. The
   * policy check reads the Dockerfile (rules {@code GW_DOCKER_*}, see docs/constructs/containers.md).
   *
   * @throws GroundworkValidationException with code {@code IMAGE_DIRECTORY_NOT_FOUND} when the
   *     directory does not exist, {@code DOCKERFILE_NOT_FOUND} when it has no {@code Dockerfile},
   *     {@code DOCKERFILE_SYNTAX} when the Dockerfile does not parse
   */
  public static ImageReference fromDirectory(Path directory) {
    if (directory == null || !Files.isDirectory(directory)) {
      throw directoryProblem("IMAGE_DIRECTORY_NOT_FOUND", "image directory",
          directory == null ? "nothing" : "'" + directory + "' (no such directory)",
          "an existing directory holding a Dockerfile",
          "Give the image's build context, e.g. Path.of(\"images/fulfilment\"), relative to the "
              + "directory synthesis runs in or absolute.");
    }
    Path absolute = directory.toAbsolutePath().normalize();
    Path dockerfile = absolute.resolve("Dockerfile");
    if (!Files.isRegularFile(dockerfile)) {
      throw directoryProblem("DOCKERFILE_NOT_FOUND", "image directory", "'" + directory
          + "' (no Dockerfile in it)", "a directory with a file named Dockerfile",
          "Add the Dockerfile to the directory, or point at the directory that has it.");
    }
    try {
      Dockerfile.read(dockerfile);
    } catch (DockerfileException e) {
      throw directoryProblem("DOCKERFILE_SYNTAX", "Dockerfile", "'" + e.getMessage() + "'",
          "a Dockerfile Docker can parse", "Fix the Dockerfile at the line named.");
    }
    String text = "directory " + directory.toString().replace('\\', '/');
    return new ImageReference(text, text, Optional.empty(), Optional.empty(), Optional.of(absolute));
  }

  private static GroundworkValidationException directoryProblem(String code, String property,
      String value, String allowed, String fix) {
    return new GroundworkValidationException(List.of(new Problem(code, "ImageReference.fromDirectory",
        property, value, allowed, fix)));
  }

  private static GroundworkValidationException invalid(String image) {
    return new GroundworkValidationException(List.of(new Problem("IMAGE_REFERENCE_FORMAT",
        "ImageReference", "image", image == null ? "nothing" : "'" + image + "'",
        "written as [registry/]repository[:tag][@sha256:<digest>] without spaces",
        "Give the image your build pushed, e.g. public.ecr.aws/nginx/nginx:1.27.3.")));
  }

  /**
   * Everything before the tag or digest, registry included; for an image built from a directory,
   * {@code directory <path>}.
   */
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

  /** The directory the image is built from, absolute, when made by {@link #fromDirectory(Path)}. */
  public Optional<Path> directory() {
    return directory;
  }

  /**
   * Pinned: a well-formed digest, a tag other than {@code latest}, or built from a directory
   * (tagged with the hash of its content).
   */
  public boolean isPinned() {
    if (directory.isPresent()) {
      return true;
    }
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

  /** The reference exactly as written, or {@code directory <path>} as given. */
  @Override
  public String toString() {
    return text;
  }
}
