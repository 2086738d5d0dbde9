package dev.groundwork.constructs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceEndpointTest {

  @Test
  void joinsTheRecordAndTheZoneIntoOneName() {
    ServiceEndpoint endpoint = ServiceEndpoint.of("Z123", "orders.example.com.", "api");
    assertThat(endpoint.domainName()).isEqualTo("api.orders.example.com");
    assertThat(endpoint.zoneName()).isEqualTo("orders.example.com");
    assertThat(endpoint.url(443)).isEqualTo("https://api.orders.example.com");
    assertThat(endpoint.url(8443)).isEqualTo("https://api.orders.example.com:8443");
  }

  @Test
  void servesTheZonesApexWithAnEmptyRecordName() {
    assertThat(ServiceEndpoint.of("Z123", "orders.example.com", "").domainName()).isEqualTo("orders.example.com");
  }

  @Test
  void refusesNamesThatAreNotDnsNames() {
    assertThatThrownBy(() -> ServiceEndpoint.of("Z123", "Orders.Example.com", "api")).hasMessageContaining("zoneName");
    assertThatThrownBy(() -> ServiceEndpoint.of("Z123", "orders.example.com", "api.orders.example.com."))
        .hasMessageContaining("recordName");
    assertThatThrownBy(() -> ServiceEndpoint.of(" ", "orders.example.com", "api")).hasMessageContaining("hostedZoneId");
  }
}
