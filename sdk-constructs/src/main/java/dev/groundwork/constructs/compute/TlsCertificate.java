package dev.groundwork.constructs.compute;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import software.amazon.awscdk.services.certificatemanager.ICertificate;

/**
 * Where a {@link WebService}'s HTTPS certificate comes from: an existing ACM certificate (by ARN,
 * or any CDK {@link ICertificate} the app already has), or a new one validated through DNS in a
 * Route 53 hosted zone.
 *
 * <p>Both work without lookups at synthesis: the hosted zone is named by id and name, not
 * searched for.
 */
public final class TlsCertificate {
  private final Optional<ICertificate> certificate;
  private final Optional<String> arn;
  private final Optional<String> hostedZoneId;
  private final Optional<String> zoneName;
  private final Optional<String> domainName;

  private TlsCertificate(Optional<ICertificate> certificate, Optional<String> arn,
      Optional<String> hostedZoneId, Optional<String> zoneName, Optional<String> domainName) {
    this.certificate = certificate;
    this.arn = arn;
    this.hostedZoneId = hostedZoneId;
    this.zoneName = zoneName;
    this.domainName = domainName;
  }

  /**
   * An existing ACM certificate, which must be in the service's region (checked by the service).
   */
  public static TlsCertificate fromArn(String certificateArn) {
    checkArgument(certificateArn != null && !certificateArn.isBlank(), "certificateArn is required");
    return new TlsCertificate(Optional.empty(), Optional.of(certificateArn), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * A certificate the app already defines or imports with plain CDK, e.g. a {@code Certificate}
   * shared by several services. It must be in the service's region (checked by the service when
   * its ARN is known at synthesis).
   */
  public static TlsCertificate of(ICertificate certificate) {
    checkArgument(certificate != null, "certificate is required");
    return new TlsCertificate(Optional.of(certificate), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * A new ACM certificate for {@code domainName}, validated with a DNS record in the hosted zone
   * {@code hostedZoneId} ({@code zoneName}, e.g. {@code example.com}). The service also points
   * {@code domainName} at its load balancer with an alias record in that zone.
   */
  public static TlsCertificate dnsValidated(String hostedZoneId, String zoneName, String domainName) {
    checkArgument(hostedZoneId != null && !hostedZoneId.isBlank(), "hostedZoneId is required");
    checkArgument(zoneName != null && !zoneName.isBlank(), "zoneName is required");
    checkArgument(domainName != null && !domainName.isBlank(), "domainName is required");
    return new TlsCertificate(Optional.empty(), Optional.empty(), Optional.of(hostedZoneId),
        Optional.of(zoneName), Optional.of(domainName));
  }

  /** The CDK certificate the app brings, if this is one. */
  public Optional<ICertificate> certificate() {
    return certificate;
  }

  /** The ARN of an existing certificate given by ARN, if this is one. */
  public Optional<String> arn() {
    return arn;
  }

  /** The hosted zone id, for a DNS-validated certificate. */
  public Optional<String> hostedZoneId() {
    return hostedZoneId;
  }

  /** The hosted zone's name, for a DNS-validated certificate. */
  public Optional<String> zoneName() {
    return zoneName;
  }

  /** The domain the certificate is for, for a DNS-validated certificate. */
  public Optional<String> domainName() {
    return domainName;
  }

  @Override
  public String toString() {
    if (certificate.isPresent()) {
      return "certificate " + certificate.get().getNode().getPath();
    }
    return arn.map(a -> "certificate " + a)
        .orElseGet(() -> "DNS-validated certificate for " + domainName.orElseThrow());
  }
}
