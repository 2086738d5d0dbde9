package dev.groundwork.diagram;

/** Why two nodes are joined. */
public enum EdgeKind {
  /** Network traffic a security group admits (source → destination). */
  TRAFFIC("traffic"),
  /** An IAM grant of the source's role on the destination resource. */
  DATA("data access"),
  /** Messages or notifications: alarm actions, subscriptions, dead-letter queues, event sources. */
  EVENT("events"),
  /** Delivery: each pipeline step to the next, a stage to where it deploys. */
  DELIVERY("delivery");

  private final String label;

  EdgeKind(String label) {
    this.label = label;
  }

  /** How a diagram names the kind, e.g. {@code data access}. */
  public String label() {
    return label;
  }
}
