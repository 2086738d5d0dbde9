package dev.groundwork.constructs.compute;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.constructs.Construct;

/**
 * The one public name of a {@link WebService}: a record in a Route 53 hosted zone, from which the
 * service derives its ACM certificate (validated through DNS in that zone) and the alias record
 * pointing the name at its load balancer, and from which the uptime canary
 * ({@code Monitoring.addWebService}) and the pipeline's smoke test ({@code EnvironmentDelivery})
 * derive the URL they check. One value, so the name clients use, the name on the certificate and
 * the names that page cannot drift apart.
 *
 * <p>Give the zone by id and name (no lookup at synthesis: the zone exists in the account, e.g. a
 * subdomain delegated to it) or as a CDK {@link IHostedZone} the app defines or imports.
 */
public final class ServiceEndpoint {
  private final Optional<IHostedZone> zone;
  private final Optional<String> hostedZoneId;
  private final String zoneName;
  private final String recordName;

  private ServiceEndpoint(Optional<IHostedZone> zone, Optional<String> hostedZoneId, String zoneName,
      String recordName) {
    this.zone = zone;
    this.hostedZoneId = hostedZoneId;
    this.zoneName = zoneName;
    this.recordName = recordName;
  }

  /**
   * {@code recordName} (e.g. {@code api}; empty for the zone's apex) in the hosted zone
   * {@code hostedZoneId} named {@code zoneName} (e.g. {@code orders.example.com}).
   */
  public static ServiceEndpoint of(String hostedZoneId, String zoneName, String recordName) {
    checkArgument(hostedZoneId != null && !hostedZoneId.isBlank(), "hostedZoneId is required");
    return new ServiceEndpoint(Optional.empty(), Optional.of(hostedZoneId), checkedZoneName(zoneName),
        checkedRecordName(recordName));
  }

  /** {@code recordName} (empty for the apex) in {@code zone}, a hosted zone of the app. */
  public static ServiceEndpoint of(IHostedZone zone, String recordName) {
    checkArgument(zone != null, "zone is required");
    return new ServiceEndpoint(Optional.of(zone), Optional.empty(), checkedZoneName(zone.getZoneName()),
        checkedRecordName(recordName));
  }

  private static String checkedZoneName(String zoneName) {
    checkArgument(zoneName != null && !zoneName.isBlank(), "zoneName is required");
    checkArgument(!Token.isUnresolved(zoneName), "the zone's name must be known at synthesis, got a token");
    String name = zoneName.endsWith(".") ? zoneName.substring(0, zoneName.length() - 1) : zoneName;
    checkArgument(name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+"),
        "zoneName must be a lower-case DNS name such as orders.example.com, got %s", zoneName);
    return name;
  }

  private static String checkedRecordName(String recordName) {
    checkArgument(recordName != null, "recordName is required (empty for the zone's apex)");
    checkArgument(recordName.isEmpty() || recordName.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"),
        "recordName must be a lower-case DNS label such as api, relative to the zone, got %s", recordName);
    return recordName;
  }

  /** The fully qualified name clients use, e.g. {@code api.orders.example.com}. */
  public String domainName() {
    return recordName.isEmpty() ? zoneName : recordName + "." + zoneName;
  }

  /** The hosted zone's name, e.g. {@code orders.example.com}. */
  public String zoneName() {
    return zoneName;
  }

  /** The record's name relative to the zone; empty for the apex. */
  public String recordName() {
    return recordName;
  }

  /** The base URL clients use: {@code https://} and {@link #domainName()}, with {@code port} unless 443. */
  public String url(int port) {
    return "https://" + domainName() + (port == 443 ? "" : ":" + port);
  }

  /** The hosted zone, imported by id and name into {@code scope} as {@code id} unless given as a construct. */
  IHostedZone hostedZone(Construct scope, String id) {
    return zone.orElseGet(() -> HostedZone.fromHostedZoneAttributes(scope, id, HostedZoneAttributes.builder()
        .hostedZoneId(hostedZoneId.orElseThrow())
        .zoneName(zoneName)
        .build()));
  }

  @Override
  public String toString() {
    return domainName();
  }
}
