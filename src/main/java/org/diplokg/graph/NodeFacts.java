package org.diplokg.graph;

import java.util.List;

/** What the explorer's side panel shows for one node: its statements and where each comes from. */
public record NodeFacts(GraphElements.NodeData node, List<Fact> facts) {

    /**
     * @param property IRI of the property
     * @param value    IRI or literal text
     * @param valueLabel English label of an IRI value, if any
     * @param graph    named graph holding the statement
     * @param source   what that graph was derived from (article or web source)
     */
    public record Fact(String property, String value, String valueLabel, String graph, String source) {}
}
