package dev.groundwork.constructs.compute;

import dev.groundwork.constructs.network.Cidr;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.certificatemanager.ICertificate;

/** The checks of a {@link WebService}'s input that need the tier, region or resolved settings. */
final class WebServiceValidation {
  /** What would break out of the single quotes the liveness URL is written in. */
  private static final Pattern LIVENESS_PATH_UNSAFE = Pattern.compile("['\"\\\\\\s]");
  private static final Pattern CERTIFICATE_ARN =
      Pattern.compile("arn:aws[a-z-]*:acm:([a-z0-9-]+):(\\d{12}):certificate/[A-Za-z0-9-]+");

  private WebServiceValidation() {}

  static void check(WebServiceProps props, WebServiceSettings settings, PlatformContext context,
      Problems problems) {
    ServiceValidation.checkTasks(props, settings.service(), 1, problems);
    checkCertificate(props, context, problems);
    checkIngress(settings, problems);
    checkHealthCheck(props.healthCheck(), props.container().livenessCommand(), problems);
    checkPort("containerPort", props.containerPort(), problems);
    checkPort("httpsPort", props.httpsPort(), problems);
    if (props.httpsPort() == 80) {
      problems.add("WEB_HTTPS_PORT", "httpsPort", 80, "a port other than 80, which redirects to HTTPS",
          "Use 443.");
    }
    ServiceValidation.checkLogs(settings.service(), problems);
    checkPercent("cpuTargetPercent", props.cpuTargetPercent(), problems);
    checkPercent("memoryTargetPercent", props.memoryTargetPercent(), problems);
    if (props.requestsPerTarget() < 1) {
      problems.add("WEB_SCALING_TARGET", "requestsPerTarget", props.requestsPerTarget(),
          "at least 1", "Give the requests per minute one task handles comfortably.");
    }
    ServiceValidation.checkDeployment(props, problems);
    if (props.rateLimitPerIp() < 10) {
      problems.add("WEB_RATE_LIMIT", "rateLimitPerIp", props.rateLimitPerIp(),
          "at least 10 requests per 5 minutes (WAF's minimum)", "Use the default 2000 or tune it from WAF's logs.");
    }
  }

  private static void checkCertificate(WebServiceProps props, PlatformContext context,
      Problems problems) {
    if (props.endpoint().isEmpty() && props.certificate().isEmpty()) {
      problems.add("WEB_ENDPOINT_REQUIRED", "endpoint", "nothing",
          "the service's public name in a hosted zone, or a certificate",
          "Pass endpoint(ServiceEndpoint.of(hostedZoneId, \"orders.example.com\", \"api\")): the certificate,"
              + " the DNS record, the uptime canary and the smoke test derive from it.");
    }
    props.certificate().flatMap(c -> c.arn().or(() -> c.certificate().map(ICertificate::getCertificateArn)))
        .filter(arn -> !Token.isUnresolved(arn)).ifPresent(arn -> {
      Matcher m = CERTIFICATE_ARN.matcher(arn);
      if (!m.matches()) {
        problems.add("WEB_CERTIFICATE_ARN", "certificate", "'" + arn + "'",
            "an ACM certificate ARN, arn:aws:acm:<region>:<account>:certificate/<id>",
            "Copy the ARN from the ACM console.");
      } else if (!m.group(1).equals(context.region().value())) {
        problems.add("WEB_CERTIFICATE_REGION", "certificate", "'" + arn + "' (region " + m.group(1) + ")",
            "a certificate in the service's region " + context.region(),
            "Request or import the certificate in " + context.region()
                + " (load balancers use certificates of their own region), or leave certificate unset"
                + " so the service creates one for its endpoint.");
      }
    });
  }

  private static void checkIngress(WebServiceSettings settings, Problems problems) {
    if (settings.ingressCidrs().isEmpty()) {
      problems.add("WEB_INGRESS_EMPTY", "ingressCidrs", "an empty list",
          "at least one client network", "Leave ingressCidrs unset to admit everyone, or name the networks.");
    }
    boolean open = settings.ingressCidrs().stream().anyMatch(Cidr::isAnyIpv4);
    if (open && settings.httpsPort() != 443) {
      problems.add("WEB_INGRESS_PUBLIC_PORT", "ingressCidrs", "0.0.0.0/0 on port " + settings.httpsPort(),
          "0.0.0.0/0 only on ports 80 and 443",
          "Serve HTTPS on 443, or restrict ingressCidrs to the networks that need port "
              + settings.httpsPort() + ".");
    }
  }

  /** The load balancer's probes, and the liveness path curl requests unless the container has its own command. */
  private static void checkHealthCheck(HealthCheckOptions health, Optional<List<String>> livenessCommand,
      Problems problems) {
    if (!health.path().startsWith("/")) {
      problems.add("HEALTH_CHECK_PATH", "healthCheck.path", "'" + health.path() + "'",
          "a path starting with /", "Write it as /" + health.path() + ".");
    }
    String liveness = health.livenessPath().orElse(health.path());
    boolean curlRuns = health.liveness() && livenessCommand.isEmpty();
    if (curlRuns && (!liveness.startsWith("/") && health.livenessPath().isPresent()
        || LIVENESS_PATH_UNSAFE.matcher(liveness).find())) {
      problems.add("HEALTH_CHECK_LIVENESS_PATH", "healthCheck.livenessPath", "'" + liveness + "'",
          "a path starting with / without quotes, backslashes or whitespace (curl runs it in a shell)",
          "Name a plain path such as /live, or give container.livenessCommand(...) for anything else.");
    }
    if (health.intervalSeconds() < 5 || health.intervalSeconds() > 300) {
      problems.add("HEALTH_CHECK_INTERVAL", "healthCheck.intervalSeconds", health.intervalSeconds(),
          "5 to 300", "Keep the default 15.");
    }
    if (health.timeoutSeconds() < 2 || health.timeoutSeconds() > 120
        || health.timeoutSeconds() >= health.intervalSeconds()) {
      problems.add("HEALTH_CHECK_TIMEOUT", "healthCheck.timeoutSeconds", health.timeoutSeconds(),
          "2 to 120 and less than intervalSeconds (" + health.intervalSeconds() + ")", "Keep the default 5.");
    }
    if (health.healthyThreshold() < 2 || health.healthyThreshold() > 10) {
      problems.add("HEALTH_CHECK_THRESHOLD", "healthCheck.healthyThreshold", health.healthyThreshold(),
          "2 to 10", "Keep the default 2.");
    }
    if (health.unhealthyThreshold() < 2 || health.unhealthyThreshold() > 10) {
      problems.add("HEALTH_CHECK_THRESHOLD", "healthCheck.unhealthyThreshold", health.unhealthyThreshold(),
          "2 to 10", "Keep the default 3.");
    }
    if (health.gracePeriodSeconds() < 0) {
      problems.add("HEALTH_CHECK_GRACE_PERIOD", "healthCheck.gracePeriodSeconds",
          health.gracePeriodSeconds(), "0 or more", "Keep the default 60.");
    }
  }

  private static void checkPort(String property, int port, Problems problems) {
    if (port < 1 || port > 65535) {
      problems.add("SERVICE_PORT", property, port, "1 to 65535", "Use the port the process listens on.");
    }
  }

  private static void checkPercent(String property, int percent, Problems problems) {
    if (percent < 10 || percent > 90) {
      problems.add("WEB_SCALING_TARGET", property, percent, "10 to 90 percent",
          "Keep headroom: 50 to 70 suits most services.");
    }
  }
}
