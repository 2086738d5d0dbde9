package dev.groundwork.maven.node;

/** Where the Node.js the plugin hands on came from, as its log line says it. */
public enum NodeSource {
  /** The plugin's {@code node} parameter ({@code -Dgroundwork.node}). */
  CONFIGURED("groundwork.node"),
  /** The {@code JSII_NODE} environment variable. */
  JSII_NODE("JSII_NODE"),
  /** The first {@code node} on the PATH. */
  PATH("on the PATH"),
  /** Installed by an earlier build. */
  CACHE("from the cache"),
  /** Downloaded from the npm registry by this build. */
  DOWNLOAD("downloaded");

  private final String description;

  NodeSource(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
