package dev.groundwork.constructs.observability;

import java.net.URI;
import java.net.URISyntaxException;

/** The one test of "an https:// URL with a host" (webhooks, runbooks, uptime endpoints). */
final class HttpsUrls {
  private HttpsUrls() {}

  static boolean isHttps(String text) {
    try {
      URI uri = new URI(text);
      return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
