package org.diplokg.query.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;

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
         * and builds the index; {@code query} is the parsed library query (its {@code .rq} file stays the one statement of what it means), whose projection and ORDER BY the index follows.
         */
        LibraryIndex build(Query query, ViewReader views);
    }

    /**
     * This index for a later version of the store in which only the {@code touched} subjects had quads added
     * or removed: it re-reads just the rows they affect. Empty when this index cannot be patched; it is then
     * rebuilt. The index it is called on stays as it was.
     */
    default Optional<LibraryIndex> patch(Set<Node> touched, ViewReader views) {
        return Optional.empty();
    }

    /** Runs the view queries of {@code queries/index/}, whole or for some values of one variable. */
    interface ViewReader {

        /** Runs {@code query} to the end, or fails when its answer is cut. */
        QueryOutcome.Select run(Query query);

        default QueryOutcome.Select read(String resource) {
            return run(SparqlFiles.query(resource));
        }

        /** The rows of the view where {@code variable} is one of {@code values} (a VALUES block put first in its WHERE). */
        default List<Binding> read(String resource, String variable, Collection<Node> values) {
            if (values.isEmpty()) {
                return List.of();
            }
            List<Binding> rows = new ArrayList<>();
            List<Node> all = List.copyOf(values);
            Query template = SparqlFiles.query(resource);
            Var v = Var.alloc(variable);
            for (int from = 0; from < all.size(); from += CHUNK) {
                Query view = template.cloneQuery();
                ElementData data = new ElementData();
                data.add(v);
                all.subList(from, Math.min(all.size(), from + CHUNK))
                        .forEach(n -> data.add(BindingFactory.binding(v, n)));
                ElementGroup where = new ElementGroup();
                where.addElement(data);
                ((ElementGroup) view.getQueryPattern()).getElements().forEach(where::addElement);
                view.setQueryPattern(where);
                rows.addAll(run(view).rows());
            }
            return rows;
        }
    }

    /** Values per restricted view query. */
    int CHUNK = 500;
}
