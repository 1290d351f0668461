package org.diplokg.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.apache.jena.query.Query;

/**
 * One analyst query of {@code sparql/}: its header metadata and the parsed query.
 *
 * @param name        file name without {@code .rq}; the REST and CLI name
 * @param precomputed header {@code # precompute: yes}: a parameterless whole-store statistic whose full answer
 *                    {@link PrecomputedAnswers} computes once per dataset version
 * @param indexed     header {@code # index: …}: a {@link LibraryIndex}, built once per dataset version, answers it
 *                    for any parameter values
 */
public record LibraryQuery(
        String name,
        String title,
        String titleVi,
        String description,
        List<Parameter> parameters,
        String example,
        boolean precomputed,
        boolean indexed,
        @JsonIgnore String text,
        @JsonIgnore Query query) {

    /**
     * @param defaultValue used when the request omits the parameter; null means the parameter is required unless optional
     * @param optional     header {@code optional}: when the request omits it, the variable stays free (matches anything)
     */
    public record Parameter(String name, ParameterType type, String label, String defaultValue, boolean optional) {
        public boolean required() {
            return defaultValue == null && !optional;
        }
    }
}
