package dev.groundwork.constructs.observability;

import dev.groundwork.assembly.MonitoringMetadata;
import dev.groundwork.constructs.data.SecureBucket;
import dev.groundwork.constructs.data.SecureBucketProps;
import dev.groundwork.core.PlatformContext;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.synthetics.ArtifactsBucketLocation;
import software.amazon.awscdk.services.synthetics.ArtifactsEncryptionMode;
import software.amazon.awscdk.services.synthetics.Canary;
import software.amazon.awscdk.services.synthetics.Code;
import software.amazon.awscdk.services.synthetics.CustomTestOptions;
import software.amazon.awscdk.services.synthetics.Runtime;
import software.amazon.awscdk.services.synthetics.Schedule;
import software.amazon.awscdk.services.synthetics.Test;
import software.constructs.Construct;

/**
 * A CloudWatch Synthetics canary requesting one HTTPS URL every five minutes from outside the
 * network, failing unless it answers 2xx within the timeout. {@link Monitoring#addWebService}
 * creates one for an internet-facing service; create one yourself for any other endpoint.
 *
 * <p>Resources: a {@link SecureBucket} for the canary's artifacts (SSE-KMS with the stack's shared data key,
 * TLS-only, versioned, access-logged, retained); the canary (runtime
 * {@code syn-nodejs-puppeteer-13.0}, the newest Node.js runtime this aws-cdk-lib knows; HTTPS
 * heartbeat script inline; artifacts encrypted with the bucket's key) and its IAM role (CDK's
 * least-privilege canary role). Its metadata names the watched resource for the baseline rule
 * that every internet-facing WebService has a canary.
 */
public final class UptimeCanary extends Construct {
  /** The runtime: current Node.js, pinned so upgrades are deliberate. */
  static final Runtime RUNTIME = Runtime.SYNTHETICS_NODEJS_PUPPETEER_13_0;

  private static final String HEARTBEAT = String.join("\n",
      "const synthetics = require('Synthetics');",
      "exports.handler = async () => {",
      "  const url = new URL(process.env.HEALTH_URL);",
      "  const request = { hostname: url.hostname, method: 'GET', path: url.pathname + url.search,",
      "    port: url.port || 443, protocol: 'https:' };",
      "  await synthetics.executeHttpStep('health', request, async (res) => new Promise((resolve, reject) => {",
      "    if (res.statusCode < 200 || res.statusCode > 299) {",
      "      reject(new Error(url.href + ' answered ' + res.statusCode));",
      "      return;",
      "    }",
      "    res.on('data', () => {});",
      "    res.on('end', resolve);",
      "  }));",
      "};");

  private final Canary canary;
  private final UptimeCanarySettings settings;

  public UptimeCanary(Construct scope, String id, UptimeCanaryProps props) {
    super(scope, id);
    this.settings = UptimeCanaryDefaults.resolve(props, PlatformContext.of(this));
    SecureBucket artifacts = new SecureBucket(this, "Artifacts", SecureBucketProps.builder()
        .replicateToRecoveryRegion(settings.replicateArtifacts()).build());
    this.canary = Canary.Builder.create(this, "Canary")
        .runtime(RUNTIME)
        .test(Test.custom(CustomTestOptions.builder()
            .code(Code.fromInline(HEARTBEAT))
            .handler("index.handler")
            .build()))
        .schedule(Schedule.rate(Duration.minutes(settings.everyMinutes())))
        .timeout(Duration.seconds(settings.timeoutSeconds()))
        .environmentVariables(Map.of("HEALTH_URL", settings.url()))
        .artifactsBucketLocation(ArtifactsBucketLocation.builder().bucket(artifacts.bucket()).build())
        .artifactS3EncryptionMode(ArtifactsEncryptionMode.KMS)
        .artifactS3KmsKey(artifacts.key())
        .build();
    props.watchedResource().ifPresent(watched -> ((CfnResource) canary.getNode().getDefaultChild())
        .addMetadata(MonitoringMetadata.WATCHES, List.of(Stack.of(watched).getLogicalId(watched))));
  }

  /** Percent of successful runs per period of the schedule. */
  IMetric successPercent() {
    return canary.metricSuccessPercent(MetricOptions.builder()
        .period(Duration.minutes(settings.everyMinutes())).statistic("Average").build());
  }

  /** The canary, to adjust what Groundwork does not wrap. */
  public Canary canary() {
    return canary;
  }
}
