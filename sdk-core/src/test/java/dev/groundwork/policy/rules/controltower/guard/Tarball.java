package dev.groundwork.policy.rules.controltower.guard;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a gzipped tar file as npm writes one (ustar entries, long names in the prefix field,
 * pax headers possible): regular files and their directories only, nothing outside the target.
 */
final class Tarball {

  private static final int BLOCK = 512;

  private Tarball() {}

  /** Unpacks {@code tgz} into {@code target}; entries keep their paths ({@code package/...}). */
  static void unpack(Path tgz, Path target) throws IOException {
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz)))) {
      byte[] header = new byte[BLOCK];
      String paxPath = null;
      while (readFully(in, header)) {
        if (isZeros(header)) {
          return;
        }
        String name = text(header, 0, 100);
        String prefix = "ustar".equals(text(header, 257, 5)) ? text(header, 345, 155) : "";
        long size = Long.parseLong(text(header, 124, 12).trim(), 8);
        char type = (char) header[156];
        byte[] body = in.readNBytes((int) size);
        in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
        if (type == 'x') {
          paxPath = paxPath(body);
          continue;
        }
        String path = paxPath != null ? paxPath : prefix.isEmpty() ? name : prefix + "/" + name;
        paxPath = null;
        if (type != '0' && type != '\0') {
          continue;
        }
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("tar entry outside the target directory: " + path);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, body);
        if ((Integer.parseInt(text(header, 100, 8).trim(), 8) & 0100) != 0) {
          file.toFile().setExecutable(true);
        }
      }
    }
  }

  private static boolean readFully(InputStream in, byte[] block) throws IOException {
    int read = in.readNBytes(block, 0, block.length);
    if (read != 0 && read != block.length) {
      throw new IOException("truncated tar file");
    }
    return read == block.length;
  }

  private static boolean isZeros(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  /** The {@code path} record of a pax extended header ({@code "<len> path=<value>\n"}). */
  private static String paxPath(byte[] body) {
    for (String record : new String(body, StandardCharsets.UTF_8).split("\n")) {
      int space = record.indexOf(' ');
      if (space > 0 && record.startsWith("path=", space + 1)) {
        return record.substring(space + 1 + "path=".length());
      }
    }
    return null;
  }
}
