package org.diplokg.query;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.diplokg.store.QueryOutcome;

/**
 * An in-memory index built from the store for one dataset version that answers one library query for
 * any parameter values, where running the query itself must touch hundreds of thousands of rows
 * (whole-store pair counts, a threshold over every piece of evidence, a subject with tens of thousands of
 * figures). It is a secondary index, not a result cache: it is filled from its own view query in
 * {@code queries/index/}, holds no answer, and computes the page asked for. Its answers equal the
 * library query's, which {@code LibraryIndexesIT} checks page by page against the live query.
 */
public interface LibraryIndex {

    /**
     * Rows {@code offset + 1 … offset + limit + 1} of the library query's answer for these bound parameter
     * values (the extra row tells whether another page follows), or empty when this index does not answer
     * such values and the query has to run live.
     */
    Optional<QueryOutcome.Select> page(Map<String, Node> values, long limit, long offset);

    /** Builds the index of one library query from the store's current contents. */
    interface Builder {

        /** The library query (file name without {@code .rq}) the index answers. */
        String query();

        /**
         * Reads the store through {@code views} (the same limits as any query, with the background time-out)
         * and builds the index; {@code query} is the library query, whose projection and ORDER BY the index follows.
         */
        LibraryIndex build(LibraryQuery query, ViewReader views);
    }

    /** Runs a view query of {@code queries/index/} and returns its whole answer, or fails when it is cut. */
    @FunctionalInterface
    interface ViewReader {
        QueryOutcome.Select read(String resource);
    }
}
