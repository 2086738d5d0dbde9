package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TlsCertificateTest {

  @Test
  void holdsAnArn() {
    TlsCertificate certificate = TlsCertificate.fromArn("arn:aws:acm:eu-west-1:111111111111:certificate/x");
    assertThat(certificate.arn()).hasValue("arn:aws:acm:eu-west-1:111111111111:certificate/x");
    assertThat(certificate.certificate()).isEmpty();
    assertThat(certificate).hasToString("certificate arn:aws:acm:eu-west-1:111111111111:certificate/x");
  }

  @Test
  void refusesBlankParts() {
    assertThatThrownBy(() -> TlsCertificate.fromArn(" ")).hasMessageContaining("certificateArn");
    assertThatThrownBy(() -> TlsCertificate.of(null)).hasMessageContaining("certificate is required");
  }
}
