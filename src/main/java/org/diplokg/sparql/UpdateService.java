package org.diplokg.sparql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryTimeoutException;
import org.diplokg.store.UpdateOptions;
import org.diplokg.system.ProtocolException;
import org.springframework.stereotype.Service;

/**
 * Applies SPARQL Update requests: one request is one transaction, validated before commit.
 */
@Service
public class UpdateService {

    private final KnowledgeStore store;
    private final RequestParser parser;
    private final MeterRegistry meters;
    private final SparqlProperties limits;

    public UpdateService(KnowledgeStore store, RequestParser parser, MeterRegistry meters, SparqlProperties limits) {
        this.store = store;
        this.parser = parser;
        this.meters = meters;
        this.limits = limits;
    }

    public UpdateRequest parse(String text, String baseIri) {
        return parser.update(text, baseIri);
    }

    public void execute(UpdateRequest request, UpdateOptions options) {
        if (options.hasProtocolDataset()) {
            applyProtocolDataset(request, options);
        }
        long start = System.nanoTime();
        try {
            // an update's WHERE is a query: it gets the query time-out unless the caller set one
            store.update(request, options.timeout() == null ? options.withTimeout(limits.queryTimeout()) : options);
        } catch (QueryTimeoutException e) {
            throw new ProtocolException(503, e.getMessage());
        } finally {
            Timer.builder("diplokg.sparql.update")
                    .register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** using-graph-uri / using-named-graph-uri act as USING / USING NAMED; both at once is a conflict (400). */
    private static void applyProtocolDataset(UpdateRequest request, UpdateOptions options) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateWithUsing modify) {
                if (modify.getWithIRI() != null
                        || !modify.getUsing().isEmpty()
                        || !modify.getUsingNamed().isEmpty()) {
                    throw ProtocolException.badRequest(
                            "The update names its dataset with USING/WITH and the request gives "
                                    + "using-graph-uri/using-named-graph-uri; use one or the other");
                }
            }
        }
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateWithUsing modify) {
                add(options.usingGraphUris(), modify, false);
                add(options.usingNamedGraphUris(), modify, true);
            }
        }
    }

    private static void add(List<String> uris, UpdateWithUsing modify, boolean named) {
        for (String uri : uris) {
            if (named) {
                modify.addUsingNamed(NodeFactory.createURI(uri));
            } else {
                modify.addUsing(NodeFactory.createURI(uri));
            }
        }
    }
}
