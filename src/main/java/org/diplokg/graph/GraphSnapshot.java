package org.diplokg.graph;

import java.util.List;
import java.util.Map;
import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.NodeData;

/** Every node and edge of the explorer graph at one dataset version, with each node's edges at hand. */
record GraphSnapshot(Map<String, NodeData> nodes, List<EdgeData> edges, Map<String, List<EdgeData>> adjacency) {}
