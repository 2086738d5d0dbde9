package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TlsCertificateTest {

  @Test
  void holdsAnArn() {
    TlsCertificate certificate = TlsCertificate.fromArn("arn:aws:acm:eu-west-1:111111111111:certificate/x");
    assertThat(certificate.arn()).hasValue("arn:aws:acm:eu-west-1:111111111111:certificate/x");
    assertThat(certificate.domainName()).isEmpty();
  }

  @Test
  void holdsAZoneAndDomainForDnsValidation() {
    TlsCertificate certificate = TlsCertificate.dnsValidated("Z123", "example.com", "api.example.com");
    assertThat(certificate.arn()).isEmpty();
    assertThat(certificate.hostedZoneId()).hasValue("Z123");
    assertThat(certificate.zoneName()).hasValue("example.com");
    assertThat(certificate).hasToString("DNS-validated certificate for api.example.com");
  }

  @Test
  void refusesBlankParts() {
    assertThatThrownBy(() -> TlsCertificate.fromArn(" ")).hasMessageContaining("certificateArn");
    assertThatThrownBy(() -> TlsCertificate.dnsValidated("Z1", "", "a.example.com"))
        .hasMessageContaining("zoneName");
    assertThatThrownBy(() -> TlsCertificate.of(null)).hasMessageContaining("certificate is required");
  }
}
