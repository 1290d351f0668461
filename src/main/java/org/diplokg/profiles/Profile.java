package org.diplokg.profiles;

import java.util.List;
import java.util.Map;

/**
 * What one profile page shows: the entity, its profile type and name, the sections that have rows
 * (empty ones are left out), and names for every resource those rows mention.
 */
public record Profile(String iri, String type, Label label, List<Answer> sections, Map<String, Label> labels) {

    /**
     * One section with its rows, each row a map from variable name to RDF term; {@code timedOut} when its query
     * ran past the time limit (the page says so and links the query rather than failing whole); {@code omitted}
     * rows of a long table not shown on the page (the query link has them all).
     */
    public record Answer(
            ProfileSection section,
            List<String> variables,
            List<Map<String, org.apache.jena.graph.Node>> rows,
            boolean timedOut,
            int omitted) {

        public Answer(
                ProfileSection section, List<String> variables, List<Map<String, org.apache.jena.graph.Node>> rows) {
            this(section, variables, rows, false, 0);
        }

        static Answer timedOut(ProfileSection section) {
            return new Answer(section, List.of(), List.of(), true, 0);
        }

        /** The first {@code max} rows, the rest counted as omitted. */
        Answer capped(int max) {
            if (rows.size() <= max) {
                return this;
            }
            return new Answer(section, variables, List.copyOf(rows.subList(0, max)), false, rows.size() - max);
        }
    }

    public Answer section(String display) {
        return sections.stream()
                .filter(a -> a.section().display().equals(display))
                .findFirst()
                .orElse(null);
    }
}
