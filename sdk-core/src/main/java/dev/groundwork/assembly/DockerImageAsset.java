package dev.groundwork.assembly;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.groundwork.dockerfile.Dockerfile;
import dev.groundwork.dockerfile.DockerfileException;
import java.nio.file.Path;

/**
 * A Docker image asset of a stack, as its {@code *.assets.json} names it: the build context CDK
 * staged into the cloud assembly (a copy of the source directory without what its
 * {@code .dockerignore} excludes) and the Dockerfile in it. Nothing is built at synthesis; the
 * image is built when the asset is published. The Dockerfile is parsed on first use, once.
 */
public final class DockerImageAsset {
  private final String hash;
  private final Path directory;
  private final String dockerfileName;
  private volatile Object parsed;

  DockerImageAsset(String hash, Path directory, String dockerfileName) {
    this.hash = checkNotNull(hash, "hash");
    this.directory = checkNotNull(directory, "directory");
    this.dockerfileName = checkNotNull(dockerfileName, "dockerfileName");
  }

  /** The asset's content hash, which is also the tag of the image it publishes. */
  public String hash() {
    return hash;
  }

  /** The staged build context, absolute. */
  public Path directory() {
    return directory;
  }

  /** The Dockerfile, absolute. */
  public Path dockerfilePath() {
    return directory.resolve(dockerfileName);
  }

  /** How messages name the Dockerfile: relative to the cloud assembly, e.g. {@code asset.1f2e…/Dockerfile}. */
  public String describe() {
    Path file = dockerfilePath();
    Path context = directory.getFileName();
    return (context == null ? "" : context + "/") + directory.relativize(file).toString().replace('\\', '/');
  }

  /**
   * The parsed Dockerfile.
   *
   * @throws DockerfileException if it is missing or does not parse (the same exception on every call)
   */
  public Dockerfile dockerfile() {
    Object result = parsed;
    if (result == null) {
      try {
        result = Dockerfile.read(dockerfilePath());
      } catch (DockerfileException e) {
        result = e;
      }
      parsed = result;
    }
    if (result instanceof DockerfileException e) {
      throw e;
    }
    return (Dockerfile) result;
  }

  @Override
  public String toString() {
    return "DockerImageAsset " + hash + " (" + describe() + ")";
  }
}
