package dev.groundwork.diagram;

import dev.groundwork.assembly.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One environment before grouping: a node per drawn resource (in stack and template order), the
 * internet when a security group admits it, and the edges between them by node id.
 */
record ResourceGraph(String environment, Map<Resource, DiagramNode> nodes, Optional<DiagramNode> internet,
    List<DiagramEdge> edges) {}
