package org.diplokg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.diplokg.hardening.SafeExpressions;

/**
 * Query evaluation on the embedded store, called inside a read transaction: which dataset a query sees, the
 * rewrites that bound its cost, and reading its answer either into memory or row by row to a reader.
 */
final class TdbQueries {

    private final DatasetGraph dsg;
    private final boolean unionDefaultGraph;
    private final int maxStringLength;
    private final QueryMemoryGuard memory;

    TdbQueries(DatasetGraph dsg, boolean unionDefaultGraph, int maxStringLength, QueryMemoryGuard memory) {
        this.memory = memory;
        this.dsg = dsg;
        this.unionDefaultGraph = unionDefaultGraph;
        this.maxStringLength = maxStringLength;
    }

    /** The whole answer, detached from the transaction (held in memory up to the row limit). */
    QueryOutcome run(Query query, QueryOptions options) {
        return guarded(query, options, (exec, stop) -> {
            try {
                return read(query, exec, options.maxRows());
            } catch (RuntimeException e) {
                throw stop.explain(e);
            }
        });
    }

    /** A SELECT's rows handed to the reader while the engine produces them; the caller holds the transaction. */
    <T> T stream(Query query, QueryOptions options, RowReader<T> reader) {
        return guarded(query, options, (exec, stop) -> {
            RowSet rows = exec.select();
            // the engine's failures are explained where they arise; the reader's own pass through
            Iterator<Binding> engine = new ExplainedRows(rows, stop);
            return reader.read(RowStream.capped(rows.getResultVars(), engine, options.maxRows()));
        });
    }

    /** Runs the execution under the memory guard; a cancellation says whether time or memory ended it. */
    private <T> T guarded(Query query, QueryOptions options, BiFunction<QueryExec, Cancellation, T> body) {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        QueryExec exec = prepare(query, options);
        Cancellation stop = new Cancellation(exec, memory, deadline, options.timeout());
        memory.started(exec);
        try {
            return body.apply(exec, stop);
        } catch (QueryCancelledException e) {
            throw stop.explain(e);
        } finally {
            memory.finished(exec);
            exec.close();
        }
    }

    private QueryExec prepare(Query query, QueryOptions options) {
        boolean nativeUnion = usesNativeUnion(query, options);
        DatasetGraph view = nativeUnion ? dsg : queryDataset(query, options);
        // string functions rewritten to honour the time-out and the string limit (SafeExpressions)
        Query plain = SafeExpressions.rewrite(
                query, maxStringLength, System.nanoTime() + options.timeout().toNanos());
        if (query.hasDatasetDescription()) {
            // the view already holds the dataset; ARQ must not apply FROM / FROM NAMED a second time
            plain.getGraphURIs().clear();
            plain.getNamedGraphURIs().clear();
        }
        limitSortedAnswer(plain, options.maxRows());
        QueryExecBuilder builder =
                QueryExec.dataset(view).query(plain).timeout(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (nativeUnion) {
            builder = builder.set(TDB2.symUnionDefaultGraph, true)
                    .set(ARQConstants.sysOpExecutorFactory, TdbOpExecutor.FACTORY);
        }
        return builder.build();
    }

    /**
     * A sorted SELECT is cut at the row limit anyway, so it gets {@code LIMIT maxRows + 1} (one more row tells that
     * the answer was cut): ARQ then keeps only the best rows while it sorts instead of every row of a whole-store
     * scan (see {@code EngineTuning}'s top-N threshold). The answer is the same.
     */
    static void limitSortedAnswer(Query query, long maxRows) {
        if (!query.isSelectType() || !query.hasOrderBy() || maxRows >= Integer.MAX_VALUE) {
            return;
        }
        long cut = maxRows + 1;
        if (!query.hasLimit() || query.getLimit() > cut) {
            query.setLimit(cut);
        }
    }

    /**
     * Whether the query can run on the store itself with TDB2's own union default graph: no protocol
     * dataset, no FROM / FROM NAMED, union mode on, and nothing in the real default graph (which
     * TDB2's union leaves out). TDB2 then evaluates default-graph patterns as quad patterns over all
     * named graphs in its indexes, instead of the per-query view built by {@link #queryDataset}, which
     * lists every graph name (a scan of the quad index) and runs through the generic graph API.
     * See docs/benchmarks.md, "Union default graph at scale".
     */
    private boolean usesNativeUnion(Query query, QueryOptions options) {
        return unionDefaultGraph
                && !options.hasProtocolDataset()
                && !query.hasDatasetDescription()
                && dsg.getDefaultGraph().isEmpty();
    }

    /** The dataset a query sees: protocol dataset, else the query's FROM, else the configured default. */
    private DatasetGraph queryDataset(Query query, QueryOptions options) {
        if (options.hasProtocolDataset()) {
            return DynamicDatasets.dynamicDataset(
                    DatasetDescription.create(options.defaultGraphUris(), options.namedGraphUris()), dsg, false);
        }
        if (query.hasDatasetDescription()) {
            return DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dsg, false);
        }
        if (!unionDefaultGraph) {
            return dsg;
        }
        List<Node> named = Iter.toList(dsg.listGraphNodes());
        List<Node> defaults = dsg.getDefaultGraph().isEmpty()
                ? List.of(Quad.unionGraph)
                : List.of(Quad.unionGraph, Quad.defaultGraphIRI);
        return DynamicDatasets.dynamicDataset(defaults, named, dsg, false);
    }

    /**
     * A copy of the row with every value decoded now, inside the read transaction. TDB2's own rows
     * (and their {@code detach()}) keep node ids and decode them from the node table on first access,
     * which would happen after the transaction had ended, while the answer is written out.
     */
    private static Binding materialise(Binding row) {
        BindingBuilder copy = Binding.builder();
        row.forEach(copy::add);
        return copy.build();
    }

    private static QueryOutcome read(Query query, QueryExec exec, long maxRows) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            RowStream capped = RowStream.capped(rows.getResultVars(), rows, maxRows);
            List<Binding> kept = new ArrayList<>();
            capped.forEachRemaining(b -> kept.add(materialise(b)));
            return new QueryOutcome.Select(capped.variables(), kept, capped.truncated());
        }
        if (query.isAskType()) {
            return new QueryOutcome.Ask(exec.ask());
        }
        Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (graph.size() >= maxRows && !graph.contains(t)) {
                Iter.close(triples);
                return new QueryOutcome.Triples(graph, true);
            }
            graph.add(t);
        }
        return new QueryOutcome.Triples(graph, false);
    }
}
