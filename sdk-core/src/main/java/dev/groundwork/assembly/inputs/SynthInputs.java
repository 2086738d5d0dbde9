package dev.groundwork.assembly.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one synthesis, each by name with the hash of its content, in a fixed order; their
 * fingerprint is the hash of that list. Values of environment variables and system properties are
 * recorded only as hashes: they may hold secrets.
 *
 * <p>Names say what each input is: {@code classpath:target/classes}, {@code
 * classpath:~/.m2/repository/…/aws-cdk-lib-2.272.0.jar}, {@code file:cdk.json}, {@code
 * env:CDK_CONTEXT_JSON}, {@code property:orders.replicas}, {@code version:node}, {@code
 * previous-assembly}, {@code main-class}.
 */
public final class SynthInputs {
  private final Map<String, String> hashes;

  private SynthInputs(Map<String, String> hashes) {
    this.hashes = Collections.unmodifiableMap(new LinkedHashMap<>(hashes));
  }

  /** Inputs as a record read them back: name to hash, in recorded order. */
  public static SynthInputs of(Map<String, String> hashes) {
    return new SynthInputs(hashes);
  }

  /** Collects inputs; paths under {@code basedir} (or the user's home) are named relative to it. */
  public static Builder builder(Path basedir, Path userHome, FileHashCache cache) {
    return new Builder(basedir, userHome, cache);
  }

  /** Each input's name and hash, in order. */
  public Map<String, String> hashes() {
    return hashes;
  }

  /** The hash of every name and hash, in order. */
  public String fingerprint() {
    StringBuilder listing = new StringBuilder();
    hashes.forEach((name, hash) -> listing.append(name).append('=').append(hash).append('\n'));
    return ContentHash.of(listing.toString());
  }

  /** Equal when the same names have the same hashes, in the same order (which the fingerprint covers too). */
  @Override
  public boolean equals(Object other) {
    return other instanceof SynthInputs inputs && List.copyOf(hashes.entrySet()).equals(List.copyOf(inputs.hashes.entrySet()));
  }

  @Override
  public int hashCode() {
    return hashes.hashCode();
  }

  /** The names whose hash differs from {@code earlier}'s, or that only one of the two has, in this order then earlier's. */
  public List<String> changedSince(SynthInputs earlier) {
    List<String> changed = new ArrayList<>();
    hashes.forEach((name, hash) -> {
      if (!hash.equals(earlier.hashes.get(name))) {
        changed.add(name);
      }
    });
    earlier.hashes.keySet().stream().filter(name -> !hashes.containsKey(name)).forEach(changed::add);
    if (changed.isEmpty() && !List.copyOf(hashes.keySet()).equals(List.copyOf(earlier.hashes.keySet()))) {
      changed.add("classpath order");
    }
    return changed;
  }

  /** Adds inputs in the order they are given. */
  public static final class Builder {
    private final Path basedir;
    private final Path userHome;
    private final FileHashCache cache;
    private final Map<String, String> hashes = new LinkedHashMap<>();

    private Builder(Path basedir, Path userHome, FileHashCache cache) {
      this.basedir = basedir.toAbsolutePath().normalize();
      this.userHome = userHome.toAbsolutePath().normalize();
      this.cache = cache;
    }

    /** A value given as text, such as the main class or the Node.js version; {@code null} is absent. */
    public Builder text(String name, String value) {
      hashes.put(name, value == null ? ContentHash.ABSENT : ContentHash.of(value));
      return this;
    }

    /** An environment variable as the synth JVM will see it. */
    public Builder environment(String variable, String value) {
      return text("env:" + variable, value);
    }

    /** A system property as the synth JVM will see it. */
    public Builder systemProperty(String property, String value) {
      return text("property:" + property, value);
    }

    /**
     * A class path element: a jar by its bytes (remembered by size and modification time), a
     * class directory by every file in it.
     */
    public Builder classpath(Path element) throws IOException {
      Path absolute = element.toAbsolutePath().normalize();
      String hash = Files.isRegularFile(absolute) ? cache.hash(absolute) : ContentHash.ofPath(absolute);
      hashes.put("classpath:" + display(absolute), hash);
      return this;
    }

    /** A file or directory the app reads, by its content; missing is an input too. */
    public Builder file(Path path) throws IOException {
      Path absolute = basedir.resolve(path).normalize();
      hashes.put("file:" + display(absolute), ContentHash.ofPath(absolute));
      return this;
    }

    /**
     * A cloud assembly the app reads (the replacement guard's previous assembly), by what it
     * reads of it: the manifests and templates, not the reports written beside them.
     */
    public Builder assembly(String name, Path directory) throws IOException {
      Path absolute = basedir.resolve(directory).normalize();
      hashes.put(name, Files.isDirectory(absolute)
          ? ContentHash.ofTree(absolute, p -> p.getFileName().toString().equals("manifest.json")
              || p.getFileName().toString().endsWith(".template.json"))
          : ContentHash.ABSENT);
      return this;
    }

    public SynthInputs build() {
      return new SynthInputs(hashes);
    }

    private String display(Path absolute) {
      if (absolute.startsWith(basedir)) {
        String relative = basedir.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
      }
      if (absolute.startsWith(userHome)) {
        return "~/" + userHome.relativize(absolute).toString().replace('\\', '/');
      }
      return absolute.toString().replace('\\', '/');
    }
  }
}
