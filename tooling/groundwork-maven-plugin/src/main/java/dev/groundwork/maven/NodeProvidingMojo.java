package dev.groundwork.maven;

import dev.groundwork.maven.node.HttpProxy;
import dev.groundwork.maven.node.NodeCache;
import dev.groundwork.maven.node.NodePlatform;
import dev.groundwork.maven.node.NodeProvider;
import dev.groundwork.maven.node.NodeRegistry;
import dev.groundwork.maven.node.NodeUnavailableException;
import dev.groundwork.maven.node.NodeVersionRequest;
import dev.groundwork.maven.node.ProvidedNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that needs the Node.js AWS CDK runs in: the machine's when it is a maintained LTS, else
 * one the plugin installs from the npm registry ({@link NodeProvider}). Its parameters are shared
 * by every such goal, so {@code -Dgroundwork.nodeVersion=…} reaches them all.
 */
abstract class NodeProvidingMojo extends AbstractMojo {

  /**
   * The Node.js binary for CDK; it must be 22 or newer. Default: {@code $JSII_NODE} or the {@code
   * node} on the PATH when 22 or newer, else {@code nodeVersion} from the cache or the registry.
   */
  @Parameter(property = "groundwork.node")
  String node;

  /** What to install when the machine has no supported Node.js: a release line ({@code 24}: its newest release) or a release ({@code 24.21.0}). */
  @Parameter(property = "groundwork.nodeVersion", defaultValue = "24")
  String nodeVersion = "24";

  /** The npm registry to download Node.js from: registry.npmjs.org or a mirror or proxy of it. */
  @Parameter(property = "groundwork.nodeRegistry", defaultValue = "https://registry.npmjs.org")
  String nodeRegistry = "https://registry.npmjs.org";

  /** A {@code <server>} of settings.xml with the registry's credentials: user and password (basic), or a password alone (a token). */
  @Parameter(property = "groundwork.nodeRegistryServerId")
  String nodeRegistryServerId;

  /** Where downloaded Node.js releases are kept, once per machine. Default: the user's cache directory ({@code ~/.cache/groundwork/node} on Linux). */
  @Parameter(property = "groundwork.nodeCache")
  File nodeCache;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Component
  SettingsDecrypter settingsDecrypter;

  /** The build's environment; tests replace it. */
  Map<String, String> environment = System.getenv();

  /** Finds or installs the Node.js for CDK and logs which one it is and why. */
  ProvidedNode provideNode() throws MojoExecutionException {
    NodeVersionRequest request;
    try {
      request = NodeVersionRequest.parse(nodeVersion);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    Path cache = nodeCache != null ? nodeCache.toPath()
        : NodeCache.defaultRoot(environment, System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    try {
      NodeProvider provider = new NodeProvider(NodePlatform.current(), request, new NodeCache(cache),
          this::openRegistry, session != null && session.isOffline(), getLog()::info);
      ProvidedNode provided = provider.provide(Optional.ofNullable(node), environment);
      getLog().info(provided.describe());
      return provided;
    } catch (NodeUnavailableException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot install Node.js into " + cache + ": " + e.getMessage(), e);
    }
  }

  private NodeRegistry openRegistry() throws NodeUnavailableException {
    URI root;
    try {
      root = URI.create(nodeRegistry.strip());
    } catch (IllegalArgumentException e) {
      throw new NodeUnavailableException("groundwork.nodeRegistry must be a URL such as https://registry.npmjs.org, "
          + "got '" + nodeRegistry + "'");
    }
    Settings settings = session == null ? null : session.getSettings();
    return new NodeRegistry(root, HttpProxy.client(proxy(settings, root.getScheme())), authorization(settings));
  }

  private Optional<HttpProxy> proxy(Settings settings, String scheme) {
    if (settings == null) {
      return Optional.empty();
    }
    Optional<Proxy> active = settings.getProxies().stream().filter(Proxy::isActive)
        .filter(p -> scheme.equalsIgnoreCase(p.getProtocol())).findFirst()
        .or(() -> settings.getProxies().stream().filter(Proxy::isActive)
            .filter(p -> "http".equalsIgnoreCase(p.getProtocol())).findFirst());
    return active.map(p -> {
      Proxy plain = settingsDecrypter == null ? p
          : settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(p)).getProxy();
      return new HttpProxy(plain.getHost(), plain.getPort(), Optional.ofNullable(plain.getNonProxyHosts()).orElse(""),
          Optional.ofNullable(plain.getUsername()), Optional.ofNullable(plain.getPassword()));
    });
  }

  private Optional<String> authorization(Settings settings) throws NodeUnavailableException {
    if (nodeRegistryServerId == null || nodeRegistryServerId.isBlank()) {
      return Optional.empty();
    }
    Server server = settings == null ? null : settings.getServer(nodeRegistryServerId);
    if (server == null) {
      throw new NodeUnavailableException("groundwork.nodeRegistryServerId is '" + nodeRegistryServerId
          + "', but settings.xml has no <server> with that id");
    }
    Server plain = settingsDecrypter == null ? server
        : settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server)).getServer();
    return Optional.of(authorizationHeader(plain.getUsername(), plain.getPassword()));
  }

  /** Basic authentication for a user name and password; a password alone is a token, sent as a bearer. */
  static String authorizationHeader(String username, String password) {
    String secret = password == null ? "" : password;
    if (username == null || username.isBlank()) {
      return "Bearer " + secret;
    }
    String pair = username + ":" + secret;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
