package org.diplokg.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The explorer's JSON: Cytoscape.js elements ({@code {"nodes":[{"data":…}],"edges":[{"data":…}]}}),
 * which Cytoscape accepts as is and which reads as a plain node/edge list to anyone else.
 */
public record GraphElements(List<Element<NodeData>> nodes, List<Element<EdgeData>> edges, boolean truncated) {

    public record Element<T>(T data) {}

    /**
     * @param category Country, Person, Organization, Mission, Event or Other (drives colour and filters)
     * @param types    every DiploKG class of the resource
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeData(
            String id, String label, String labelVi, String labelEn, String category, List<String> types) {}

    /**
     * @param kind   partnership, relation, holds, memberOf, metWith, accreditedTo, participant
     * @param level  partnership level (local name of the SKOS concept), for colouring
     * @param weight number of events behind a metWith edge; 1 otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EdgeData(
            String id,
            String source,
            String target,
            String kind,
            String level,
            String from,
            String to,
            String label,
            int weight) {}
}
