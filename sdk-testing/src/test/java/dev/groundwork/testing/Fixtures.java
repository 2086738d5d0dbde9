package dev.groundwork.testing;

import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Template fixtures in src/test/resources/fixtures: fast, and shaped like real synth output. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A prod service stack: buckets, a key, a role with three kinds of attached policy, groups, a function. */
  static StackTemplate service() {
    return StackTemplate.fromFile("orders-prod-service", path("service.template.json"));
  }

  /** A two-environment assembly (dev, prod) with a policy report, read back like `cdk synth` output. */
  static SynthesizedApp assembly() {
    return SynthesizedApp.read(path("assembly"));
  }
}
