package dev.groundwork.policy.rules.rds;

import dev.groundwork.assembly.Resource;

/** What the RDS rules share: which resources hold database-level settings. */
final class Databases {

  static final String CLUSTER = "AWS::RDS::DBCluster";
  static final String INSTANCE = "AWS::RDS::DBInstance";

  private Databases() {}

  /**
   * Whether the resource carries its own database settings: clusters always, instances only
   * when not members of a cluster (Aurora members take storage, backup and protection from it).
   */
  static boolean holdsSettings(Resource resource) {
    return resource.type().equals(CLUSTER)
        || (resource.property("DBClusterIdentifier").isMissingNode()
            && !resource.property("Engine").asText("").startsWith("aurora"));
  }

  /** The engine name, lower case, or empty when not a literal. */
  static String engine(Resource resource) {
    return resource.property("Engine").asText("").toLowerCase(java.util.Locale.ROOT);
  }
}
