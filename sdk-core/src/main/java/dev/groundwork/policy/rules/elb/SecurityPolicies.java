package dev.groundwork.policy.rules.elb;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Elastic Load Balancing's predefined security policies and the TLS protocols each allows, read
 * from {@value #FILE}, a copy of AWS's published tables: a policy is judged by what it allows,
 * never by its name ({@code ELBSecurityPolicy-TLS13-1-0-2021-06} still allows TLS 1.0).
 */
final class SecurityPolicies {
  static final String FILE = "security-policies.tsv";
  /** The policy ELB uses for an HTTPS/TLS listener created without one through CloudFormation. */
  static final String CLOUDFORMATION_DEFAULT = "ELBSecurityPolicy-2016-08";
  /** The protocols a policy may allow and still pass: TLS 1.2 and newer. */
  static final Set<String> MODERN = ImmutableSet.of("TLSv1.2", "TLSv1.3");

  /** Which load balancers a policy is offered for. */
  enum Kind { ELBV2, CLASSIC }

  private record Entry(Set<Kind> kinds, List<String> protocols) {}

  private static final Map<String, Entry> TABLE = read();

  private SecurityPolicies() {}

  /** The protocols {@code policy} allows on a load balancer of {@code kind}; empty when the table does not list it. */
  static Optional<List<String>> protocols(String policy, Kind kind) {
    Entry entry = TABLE.get(policy);
    return entry != null && entry.kinds().contains(kind) ? Optional.of(entry.protocols()) : Optional.empty();
  }

  /** The protocols of {@code protocols} older than TLS 1.2. */
  static List<String> outdated(List<String> protocols) {
    return protocols.stream().filter(p -> !MODERN.contains(p)).toList();
  }

  private static Map<String, Entry> read() {
    Map<String, Entry> table = new LinkedHashMap<>();
    try (InputStream in = SecurityPolicies.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.strip().split("\t");
        Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        for (String kind : columns[1].split(",")) {
          kinds.add(Kind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT)));
        }
        table.put(columns[0], new Entry(kinds, List.of(columns[2].split(" "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    return ImmutableMap.copyOf(table);
  }
}
