package dev.groundwork.testing;

import dev.groundwork.assembly.Resource;
import dev.groundwork.assembly.StackTemplate;
import dev.groundwork.assembly.SynthesizedApp;
import dev.groundwork.assembly.Templates;
import dev.groundwork.policy.PolicyReport;

/**
 * Entry point of Groundwork's AssertJ assertions; import statically next to AssertJ's own.
 *
 * <pre>{@code
 * import static dev.groundwork.testing.GroundworkAssertions.assertThat;
 *
 * assertThat(app).environment("prod").resourcesOfType("AWS::S3::Bucket").areAllRetained();
 * assertThat(app.stack("orders-prod-data")).resource("prod/data/Documents/Bucket")
 *     .hasProperty("VersioningConfiguration.Status", "Enabled");
 * }</pre>
 */
public final class GroundworkAssertions {
  private GroundworkAssertions() {}

  public static SynthesizedAppAssert assertThat(SynthesizedApp app) {
    return new SynthesizedAppAssert(app);
  }

  public static TemplatesAssert assertThat(Templates templates) {
    return new TemplatesAssert(templates);
  }

  public static TemplatesAssert assertThat(StackTemplate template) {
    return new TemplatesAssert(template == null ? null : Templates.of(template));
  }

  public static ResourceAssert assertThat(Resource resource) {
    return new ResourceAssert(resource);
  }

  public static PolicyReportAssert assertThat(PolicyReport report) {
    return new PolicyReportAssert(report);
  }
}
