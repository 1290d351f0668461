package org.diplokg.store;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.update.UpdateRequest;

/**
 * The one door to the data. HTTP endpoints, the CLI and every feature service read and write
 * through this interface only, so that the embedded TDB2 store and a remote SPARQL engine are
 * interchangeable by configuration.
 *
 * <p>Every write method is one transaction: it applies completely, passes validation, and
 * commits, or it changes nothing.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Runs a query under the given limits; results are materialised (bounded) before returning. */
    QueryOutcome query(Query query, QueryOptions options);

    /**
     * The rows of a SELECT query, for the many readers that only want rows: one checked place instead of a
     * cast of {@link #query}'s outcome at every call.
     */
    default List<Binding> select(Query query, QueryOptions options) {
        if (query(query, options) instanceof QueryOutcome.Select select) {
            return select.rows();
        }
        throw new IllegalArgumentException("Not a SELECT query: " + query.queryType());
    }

    /**
     * A SELECT's rows handed to {@code reader} under the same limits as {@link #query}. The embedded store streams
     * them from the engine inside its read transaction; this default reads the whole answer first (the remote
     * client receives it whole anyway).
     */
    default <T> T select(Query query, QueryOptions options, RowReader<T> reader) {
        if (query(query, options) instanceof QueryOutcome.Select select) {
            return reader.read(RowStream.of(select));
        }
        throw new IllegalArgumentException("Not a SELECT query: " + query.queryType());
    }

    /** Applies a SPARQL Update request atomically. */
    void update(UpdateRequest request, UpdateOptions options);

    /** Replaces the content of one graph ({@code Quad.defaultGraphIRI} for the default graph). */
    void replaceGraph(Node graphName, Graph content);

    /**
     * Replaces several graphs. The embedded store does it in one transaction (all or nothing); the
     * default replaces them one by one, each atomically, in order.
     */
    default void replaceGraphs(java.util.Map<Node, Graph> contents) {
        contents.forEach(this::replaceGraph);
    }

    /** Adds triples to one graph, creating it if needed. */
    void addToGraph(Node graphName, Graph content);

    /** Deletes a named graph or empties the default graph; false if there was nothing to delete. */
    boolean deleteGraph(Node graphName);

    /** A copy of one graph, empty if the named graph does not exist. */
    Optional<Graph> graph(Node graphName);

    /** Names of all named graphs. */
    List<Node> graphNames();

    /** Loads quads from sources in one transaction; each triple-only source goes to its own graph. */
    LoadReport load(List<RdfSource> sources, LoadProgress progress);

    /** Streams the whole dataset (default graph and named graphs) inside one read transaction. */
    void export(StreamRDF sink);

    /** Number of quads in the store, default graph included. */
    long size();

    /**
     * Whether {@code data/} should be loaded: no data at all in the embedded store; in remote mode no graph
     * under DiploKG's graph base but the ontology's, since engines keep system graphs of their own.
     */
    boolean isEmpty();

    /** Changes on every commit; used for caches and HTTP validators (ETag). */
    String version();

    /**
     * What changed between two versions of this store: the subjects of every quad added or removed, with
     * the later version they lead to. Empty when this store cannot tell (the default; a remote store, where
     * updates may be any SPARQL), or when too much changed; derived data is then rebuilt in full.
     */
    default Optional<Changes> changesSince(String version) {
        return Optional.empty();
    }

    /**
     * The subjects touched from some version up to {@code version}.
     *
     * @param version  the version these changes lead to (a version string of {@link #version()})
     * @param subjects every subject of a quad added or removed in between
     */
    record Changes(String version, java.util.Set<Node> subjects) {}

    /**
     * Calls {@code listener} after each commit that changed something, on the writing thread, with the
     * quads added and removed per graph. The default (a remote store, where an update may be any SPARQL)
     * never calls it.
     */
    default void onCommit(java.util.function.Consumer<CommitSummary> listener) {}

    @Override
    void close();
}
