package dev.groundwork.diagram;

/**
 * One arrow between two nodes.
 *
 * @param from the source node's id
 * @param to the destination node's id
 * @param kind why they are joined
 * @param label what flows, e.g. {@code tcp 8080} or {@code sqs, kms}
 */
public record DiagramEdge(String from, String to, EdgeKind kind, String label) {}
