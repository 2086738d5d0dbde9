package dev.groundwork.assembly;

/**
 * How a resource's construct path reads to a person: relative to its environment, and the
 * top-level construct it belongs to, which is what a reader calls one thing (the {@code Api}
 * web service with its task definition, roles and alarms; the {@code Database} with its
 * instances and secret).
 */
public final class ConstructPaths {
  private ConstructPaths() {}

  /**
   * The construct path without the environment and a trailing {@code /Resource} or {@code
   * /Default}, e.g. {@code services/Api/LoadBalancer}; the logical id when synthesis wrote no path.
   */
  public static String relative(Resource resource) {
    String path = resource.constructPath().orElse(resource.logicalId());
    String prefix = resource.stack().environment().map(e -> e + "/").orElse("");
    if (path.startsWith(prefix)) {
      path = path.substring(prefix.length());
    }
    for (String suffix : new String[] {"/Resource", "/Default"}) {
      if (path.endsWith(suffix)) {
        path = path.substring(0, path.length() - suffix.length());
      }
    }
    return path;
  }

  /**
   * The top-level construct the resource belongs to: the first two segments of {@link
   * #relative}, {@code <stack>/<construct>}, e.g. {@code services/Api}; a resource directly in
   * its stack is its own owner.
   */
  public static String owner(Resource resource) {
    String path = relative(resource);
    int first = path.indexOf('/');
    if (first < 0) {
      return path;
    }
    int second = path.indexOf('/', first + 1);
    return second < 0 ? path : path.substring(0, second);
  }

  /** The last segment of a path, e.g. {@code Api} of {@code services/Api}. */
  public static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
