package dev.groundwork.maven.node;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The SHA-512 hash the npm registry publishes for a package's tarball ({@code dist.integrity}, a
 * Subresource Integrity string such as {@code sha512-3nUL…Q==}), and its check.
 *
 * <p>Only SHA-512 is accepted: the registry's other hash ({@code dist.shasum}, SHA-1) no longer
 * protects against a crafted file.
 */
public final class Integrity {
  private static final String PREFIX = "sha512-";
  private final byte[] sha512;

  private Integrity(byte[] sha512) {
    this.sha512 = sha512;
  }

  /**
   * The SHA-512 entry of {@code sri} (entries are separated by spaces; other algorithms are skipped).
   *
   * @throws IllegalArgumentException when there is none, or it is not a 64-byte base64 value
   */
  public static Integrity parse(String sri) {
    for (String entry : sri.strip().split("\\s+")) {
      if (entry.startsWith(PREFIX)) {
        String value = entry.substring(PREFIX.length());
        int options = value.indexOf('?');
        byte[] hash = Base64.getDecoder().decode(options < 0 ? value : value.substring(0, options));
        if (hash.length != 64) {
          throw new IllegalArgumentException("not a SHA-512 hash: " + entry);
        }
        return new Integrity(hash);
      }
    }
    throw new IllegalArgumentException("no sha512 hash in '" + sri + "'");
  }

  /** A digest to feed the downloaded bytes into. */
  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-512", e);
    }
  }

  /** Whether {@code digest}, the bytes received, is this hash. */
  boolean matches(byte[] digest) {
    return MessageDigest.isEqual(sha512, digest);
  }

  /** {@code sha512-<base64>} of {@code digest}, for messages. */
  static String format(byte[] digest) {
    return PREFIX + Base64.getEncoder().encodeToString(digest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Integrity other && Arrays.equals(sha512, other.sha512);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sha512);
  }

  @Override
  public String toString() {
    return format(sha512);
  }
}
