package dev.groundwork.replacement;

/** What deploying the new assembly does to one resource of a stack both assemblies have. */
public enum ChangeKind {
  /**
   * Only in the new assembly: CloudFormation creates it. A stateful one may have been moved from
   * one of several resources of the same identity that left ({@link ResourceChange#candidates()}).
   */
  ADDED,
  /**
   * Only in the previous assembly: CloudFormation deletes it, or orphans it if it is retained. A
   * stateful one may have moved to one of several new resources of the same identity ({@link
   * ResourceChange#candidates()}).
   */
  REMOVED,
  /** The same resource with other properties, updated without replacement. */
  MODIFIED_IN_PLACE,
  /**
   * A new resource takes the old one's place: a property whose update requires replacement
   * changed (possibly, for a conditional one), or the construct's logical id changed.
   */
  REPLACED,
  /**
   * The same stateful resource, recognised by its type and identifying properties, under a new
   * logical id or in another stack of the environment (a renamed or moved construct): deployed as
   * is, CloudFormation creates a new, empty one and deletes (or orphans) the old one, unless the
   * move is declared in code (same stack) or done with CloudFormation's stack refactoring.
   */
  MOVED,
  /** Nothing CloudFormation acts on changed (metadata aside). */
  UNCHANGED
}
