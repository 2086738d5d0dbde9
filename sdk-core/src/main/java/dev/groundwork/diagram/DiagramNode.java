package dev.groundwork.diagram;

import com.google.common.collect.ImmutableList;
import dev.groundwork.assembly.DeploymentTarget;
import java.util.List;
import java.util.Optional;

/**
 * One drawn box: what a reader calls one thing, such as a web service with its task definition,
 * roles and alarms, or a database with its instances and secret. The resources it stands for are
 * its {@link #members()}; hovering the box lists them.
 *
 * @param id the node's id in the SVG and the HTML report, {@code node-<stack>-<logicalId>} (see
 *     {@link #idOf}) of its most telling member, the first by stack and logical id among equals
 * @param kind what it is, the most telling kind among its members (a service before its alarms)
 * @param label the construct's name, e.g. {@code Api}; a pipeline step's name
 * @param construct the top-level construct it belongs to, e.g. {@code services/Api} ({@code ""} for
 *     the internet and the delivery flow's own nodes)
 * @param stack the stack of its first member ({@code ""} when it has none)
 * @param logicalId the logical id of its first member ({@code ""} when it has none)
 * @param zone the subnet tier it runs in ({@code public}, {@code private}, {@code isolated}, a
 *     subnet group's own name) of {@code vpc}, or empty for a regional service
 * @param vpc the VPC it runs in, its construct path (e.g. {@code network/Network/Vpc}), or empty
 * @param target the account and region its stack deploys to, when the assembly says
 * @param pipeline for a step of the delivery flow, the name of its pipeline; empty otherwise
 * @param detail what it holds in a few words, e.g. {@code service · load balancer, 9 alarms} or
 *     {@code stage 5 · deploys 3 stacks}
 * @param members the resources it stands for, by stack and construct path
 */
public record DiagramNode(String id, NodeKind kind, String label, String construct, String stack, String logicalId,
    Optional<String> zone, Optional<String> vpc, Optional<DeploymentTarget> target, Optional<String> pipeline,
    String detail, List<Member> members) {

  public DiagramNode {
    members = ImmutableList.copyOf(members);
  }

  /**
   * One resource a node stands for.
   *
   * @param stack the stack name
   * @param logicalId the logical id
   * @param type the CloudFormation type
   * @param path the construct path without the environment
   */
  public record Member(String stack, String logicalId, String type, String path) {}

  /** The node id of a resource, as the HTML report links to it. */
  public static String idOf(String stack, String logicalId) {
    return ("node-" + stack + "-" + logicalId).replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** Whether the node stands for the resource {@code logicalId} of {@code stack}. */
  public boolean standsFor(String stack, String logicalId) {
    return members.stream().anyMatch(m -> m.stack().equals(stack) && m.logicalId().equals(logicalId));
  }
}
