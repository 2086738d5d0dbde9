package dev.groundwork.replacement;

/** What deploying the new assembly does to one resource of a stack both assemblies have. */
public enum ChangeKind {
  /** Only in the new assembly: CloudFormation creates it. */
  ADDED,
  /** Only in the previous assembly: CloudFormation deletes it, or orphans it if it is retained. */
  REMOVED,
  /** The same resource with other properties, updated without replacement. */
  MODIFIED_IN_PLACE,
  /**
   * A new resource takes the old one's place: a property whose update requires replacement
   * changed (possibly, for a conditional one), or the construct's logical id changed.
   */
  REPLACED,
  /** Nothing CloudFormation acts on changed (metadata aside). */
  UNCHANGED
}
