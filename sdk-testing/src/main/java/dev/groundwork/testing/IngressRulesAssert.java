package dev.groundwork.testing;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.Templates;
import dev.groundwork.testing.internal.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on security group ingress rules, both inline ({@code SecurityGroupIngress} of an
 * {@code AWS::EC2::SecurityGroup}) and standalone ({@code AWS::EC2::SecurityGroupIngress}).
 * Narrowing methods fail when nothing matches and return an assertion over what did.
 */
public final class IngressRulesAssert extends AbstractAssert<IngressRulesAssert, List<IngressRule>> {
  private final Templates templates;
  private final String what;

  IngressRulesAssert(Templates templates, List<IngressRule> actual, String what) {
    super(ImmutableList.copyOf(actual), IngressRulesAssert.class);
    this.templates = templates;
    this.what = what;
  }

  /** Rules opening the security group {@code idOrPath} (logical id or construct path). */
  public IngressRulesAssert ofSecurityGroup(String idOrPath) {
    if (templates.resourcesOfType("AWS::EC2::SecurityGroup").stream().noneMatch(g -> g.isNamed(idOrPath))) {
      fail("Expected a security group '" + idOrPath + "' in " + templates.description()
          + " but found none; groups are:" + Messages.list(templates.resourcesOfType("AWS::EC2::SecurityGroup")));
    }
    return new IngressRulesAssert(templates, actual.stream()
        .filter(r -> r.securityGroup().map(g -> g.isNamed(idOrPath)).orElse(false)).toList(),
        what + " of security group '" + idOrPath + "'");
  }

  /** Rules admitting {@code port}; fails if none. */
  public IngressRulesAssert allowingPort(int port) {
    return narrow("allowing port " + port, r -> r.coversPort(port));
  }

  /** Rules whose peer is the address range {@code cidr}; fails if none. */
  public IngressRulesAssert fromCidr(String cidr) {
    return narrow("from " + cidr, r -> r.cidr().map(cidr::equals).orElse(false));
  }

  /** Rules whose peer is the managed prefix list {@code id}; fails if none. */
  public IngressRulesAssert fromPrefixList(String id) {
    return narrow("from prefix list " + id, r -> r.prefixList().map(id::equals).orElse(false));
  }

  /** Rules whose peer is the security group {@code idOrPath} in the same template; fails if none. */
  public IngressRulesAssert fromSecurityGroup(String idOrPath) {
    return narrow("from security group '" + idOrPath + "'", r -> r.sourceSecurityGroup()
        .flatMap(id -> r.holder().stack().resource(id)).map(g -> g.isNamed(idOrPath)).orElse(false));
  }

  /** No rule admits {@code 0.0.0.0/0} or {@code ::/0}. */
  public IngressRulesAssert noneOpenToTheWorld() {
    return none("open to the world (0.0.0.0/0 or ::/0)", IngressRule::isOpenToTheWorld);
  }

  /** Only {@code ports} (e.g. 443) are open to the world, and only as single-port rules. */
  public IngressRulesAssert noneOpenToTheWorldExceptPorts(int... ports) {
    return none("open to the world on a port other than " + Arrays.toString(ports), r -> r.isOpenToTheWorld()
        && !(r.fromPort().isPresent() && r.fromPort().equals(r.toPort())
            && Arrays.stream(ports).anyMatch(p -> p == r.fromPort().get())));
  }

  /** No rule admits {@code port}. */
  public IngressRulesAssert doNotAllowPort(int port) {
    return none("allowing port " + port, r -> r.coversPort(port));
  }

  public IngressRulesAssert hasSize(int expected) {
    if (actual.size() != expected) {
      fail("Expected " + expected + " " + what + " but found " + actual.size() + ":" + Messages.list(actual));
    }
    return this;
  }

  public IngressRulesAssert isEmpty() {
    return hasSize(0);
  }

  private IngressRulesAssert none(String description, Predicate<IngressRule> bad) {
    isNotNull();
    List<IngressRule> offending = actual.stream().filter(bad).toList();
    if (!offending.isEmpty()) {
      fail("Expected none of " + what + " to be " + description + " but " + offending.size() + " are:"
          + Messages.list(offending));
    }
    return this;
  }

  private IngressRulesAssert narrow(String description, Predicate<IngressRule> predicate) {
    isNotNull();
    List<IngressRule> matching = actual.stream().filter(predicate).toList();
    if (matching.isEmpty()) {
      fail("Expected " + what + " to contain a rule " + description + " but none does; they are:"
          + Messages.list(actual));
    }
    return new IngressRulesAssert(templates, matching, what + " " + description);
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }
}
