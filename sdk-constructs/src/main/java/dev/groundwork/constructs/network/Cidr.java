package dev.groundwork.constructs.network;

import dev.groundwork.core.GroundworkValidationException;
import dev.groundwork.core.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block such as {@code 10.20.0.0/16}, validated when created.
 *
 * <p>The address must be the network address of the block ({@code 10.20.0.0/16}, not
 * {@code 10.20.1.0/16}): a host address with a prefix is usually a typo, and silently masking
 * it would hide the mistake. Whether a block suits a VPC (private range, size) is decided by
 * {@link SecureVpc}, which knows the context.
 */
public final class Cidr {
  private static final Pattern FORMAT =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
  private static final List<Cidr> PRIVATE_RANGES =
      List.of(new Cidr(0x0A000000L, 8), new Cidr(0xAC100000L, 12), new Cidr(0xC0A80000L, 16));

  /** Every IPv4 address: {@code 0.0.0.0/0}. */
  public static final Cidr ANY_IPV4 = new Cidr(0L, 0);

  private final long network;
  private final int prefixLength;

  private Cidr(long network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * The block written as {@code a.b.c.d/n}.
   *
   * @throws GroundworkValidationException with code {@code CIDR_FORMAT} if malformed or if the
   *     address has host bits set
   */
  public static Cidr of(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches()) {
      throw invalid(text, "written as a.b.c.d/n, e.g. 10.20.0.0/16");
    }
    long address = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        throw invalid(text, "four octets of 0-255 and a prefix length of 0-32");
      }
      address = (address << 8) | octet;
    }
    int prefix = Integer.parseInt(m.group(5));
    if (prefix > 32) {
      throw invalid(text, "four octets of 0-255 and a prefix length of 0-32");
    }
    if ((address & ~mask(prefix)) != 0) {
      throw invalid(text, "a network address (host bits zero), e.g. "
          + new Cidr(address & mask(prefix), prefix));
    }
    return new Cidr(address, prefix);
  }

  private static GroundworkValidationException invalid(String text, String allowed) {
    return new GroundworkValidationException(List.of(new Problem("CIDR_FORMAT", "Cidr", "cidr",
        text == null ? "nothing" : "'" + text + "'", allowed,
        "Write the block in CIDR notation with its network address, e.g. 10.20.0.0/16.")));
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0L : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  /** The prefix length, e.g. 16 for {@code 10.20.0.0/16}. */
  public int prefixLength() {
    return prefixLength;
  }

  /** The number of addresses in the block. */
  public long size() {
    return 1L << (32 - prefixLength);
  }

  /** Whether the block lies inside one of the RFC 1918 private ranges. */
  public boolean isPrivate() {
    return PRIVATE_RANGES.stream().anyMatch(range -> range.contains(this));
  }

  /** Whether {@code other} lies entirely inside this block. */
  public boolean contains(Cidr other) {
    return other.prefixLength >= prefixLength && (other.network & mask(prefixLength)) == network;
  }

  /** Whether the two blocks share any address. */
  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  /** Whether this is {@code 0.0.0.0/0}. */
  public boolean isAnyIpv4() {
    return prefixLength == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && c.network == network && c.prefixLength == prefixLength;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(network) * 31 + prefixLength;
  }

  /** The block in CIDR notation, e.g. {@code 10.20.0.0/16}. */
  @Override
  public String toString() {
    return "%d.%d.%d.%d/%d".formatted(network >> 24 & 0xFF, network >> 16 & 0xFF,
        network >> 8 & 0xFF, network & 0xFF, prefixLength);
  }
}
