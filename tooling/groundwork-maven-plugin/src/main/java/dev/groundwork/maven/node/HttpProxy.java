package dev.groundwork.maven.node;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maven's active HTTP proxy (settings.xml {@code <proxy>}), applied to the registry's HTTP client the
 * way Maven applies it to repositories.
 *
 * @param host the proxy's host
 * @param port its port
 * @param nonProxyHosts hosts reached directly, {@code |}-separated, {@code *} as a wildcard
 *     ({@code localhost|*.example.com})
 * @param username a user name for the proxy, if it asks for one
 * @param password its password
 */
public record HttpProxy(String host, int port, String nonProxyHosts, Optional<String> username,
    Optional<String> password) {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * An HTTP client that follows redirects (never from HTTPS to HTTP) and goes through {@code proxy}
   * if given, else through the JVM's default proxy settings.
   */
  public static HttpClient client(Optional<HttpProxy> proxy) {
    HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(CONNECT_TIMEOUT);
    proxy.ifPresent(p -> {
      builder.proxy(p.selector());
      p.username().ifPresent(user -> builder.authenticator(new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return getRequestorType() == RequestorType.PROXY
              ? new PasswordAuthentication(user, p.password().orElse("").toCharArray()) : null;
        }
      }));
    });
    return builder.build();
  }

  /** Whether {@code host} is reached without the proxy. */
  boolean bypasses(String host) {
    for (String pattern : nonProxyHosts.split("\\|")) {
      String p = pattern.strip().toLowerCase(Locale.ROOT);
      if (!p.isEmpty() && Pattern.matches(Pattern.quote(p).replace("*", "\\E.*\\Q"), host.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private ProxySelector selector() {
    Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return bypasses(uri.getHost() == null ? "" : uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // The request fails with its own message; nothing to remember.
      }
    };
  }
}
