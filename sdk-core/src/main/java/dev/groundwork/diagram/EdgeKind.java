package dev.groundwork.diagram;

/** Why two nodes are joined. */
public enum EdgeKind {
  /** Network traffic a security group admits (source → destination). */
  TRAFFIC,
  /** An IAM grant of the source's role on the destination resource. */
  DATA,
  /** Messages or notifications: alarm actions, subscriptions, dead-letter queues, event sources. */
  EVENT,
  /** The order a pipeline runs: the pipeline to its first stage, each stage to the next. */
  DELIVERY
}
