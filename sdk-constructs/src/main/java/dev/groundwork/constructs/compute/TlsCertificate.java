package dev.groundwork.constructs.compute;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import software.amazon.awscdk.services.certificatemanager.ICertificate;

/**
 * A certificate a {@link WebService} is given rather than one it creates for its
 * {@link ServiceEndpoint}: an existing ACM certificate, as any CDK {@link ICertificate} the app
 * defines or imports (the typed way), or by ARN. It must cover the endpoint's name; it is not
 * renewed or validated by the service.
 */
public final class TlsCertificate {
  private final Optional<ICertificate> certificate;
  private final Optional<String> arn;

  private TlsCertificate(Optional<ICertificate> certificate, Optional<String> arn) {
    this.certificate = certificate;
    this.arn = arn;
  }

  /**
   * An existing ACM certificate, which must be in the service's region (checked by the service).
   */
  public static TlsCertificate fromArn(String certificateArn) {
    checkArgument(certificateArn != null && !certificateArn.isBlank(), "certificateArn is required");
    return new TlsCertificate(Optional.empty(), Optional.of(certificateArn));
  }

  /**
   * A certificate the app already defines or imports with plain CDK, e.g. a {@code Certificate}
   * shared by several services or one imported with {@code Certificate.fromCertificateArn}. It
   * must be in the service's region (checked by the service when its ARN is known at synthesis).
   */
  public static TlsCertificate of(ICertificate certificate) {
    checkArgument(certificate != null, "certificate is required");
    return new TlsCertificate(Optional.of(certificate), Optional.empty());
  }

  /** The CDK certificate the app brings, if this is one. */
  public Optional<ICertificate> certificate() {
    return certificate;
  }

  /** The ARN of an existing certificate given by ARN, if this is one. */
  public Optional<String> arn() {
    return arn;
  }

  @Override
  public String toString() {
    if (certificate.isPresent()) {
      return "certificate " + certificate.get().getNode().getPath();
    }
    return "certificate " + arn.orElseThrow();
  }
}
