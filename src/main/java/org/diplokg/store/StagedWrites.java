package org.diplokg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes whole graphs to a remote engine so that a half-applied write is never visible: a write up to
 * the batch size is one update request; a larger one goes to staging graphs batch by batch and is moved
 * (replace) or added into place by one final request, and a failed batch drops the staging graphs.
 */
final class StagedWrites {

    private static final Logger log = LoggerFactory.getLogger(StagedWrites.class);

    private final RemoteEndpoint endpoint;
    private final String stagingBase;
    private final int batchSize;

    StagedWrites(RemoteEndpoint endpoint, String stagingBase) {
        this.endpoint = endpoint;
        this.stagingBase = stagingBase;
        this.batchSize = endpoint.settings().batchSize();
    }

    /** Whether a graph name is one of the staging graphs (hidden from readers). */
    boolean isStaging(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(stagingBase);
    }

    /** Writes every graph of {@code quads}, replacing or adding to what is there. Returns quads written. */
    long write(DatasetGraph quads, boolean replace) {
        long total = countQuads(quads);
        List<Node> graphs = new ArrayList<>();
        quads.listGraphNodes().forEachRemaining(graphs::add);
        if (!quads.getDefaultGraph().isEmpty()) {
            graphs.add(Quad.defaultGraphIRI);
        }
        if (total <= batchSize) {
            UpdateRequest request = new UpdateRequest();
            for (Node g : graphs) {
                if (replace) {
                    request.add(
                            Quad.isDefaultGraph(g) ? new UpdateDrop(Target.DEFAULT, true) : new UpdateDrop(g, true));
                }
                request.add(insert(g, graphTriples(quads, g)));
            }
            endpoint.send(request);
            return total;
        }
        Map<Node, Node> staging = new HashMap<>();
        String run = UUID.randomUUID().toString();
        try {
            int batchNo = 0;
            for (Node g : graphs) {
                Node stage = NodeFactory.createURI(stagingBase + run + "/" + staging.size());
                staging.put(g, stage);
                List<Triple> batch = new ArrayList<>(batchSize);
                for (Triple t : graphTriples(quads, g)) {
                    batch.add(t);
                    if (batch.size() == batchSize) {
                        sendBatch(stage, batch, ++batchNo);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    sendBatch(stage, batch, ++batchNo);
                }
            }
            UpdateRequest swap = new UpdateRequest();
            for (Node g : graphs) {
                Target target = Quad.isDefaultGraph(g) ? Target.DEFAULT : Target.create(g);
                swap.add(
                        replace
                                ? new UpdateMove(Target.create(staging.get(g)), target, true)
                                : new UpdateAdd(Target.create(staging.get(g)), target, true));
                if (!replace) {
                    swap.add(new UpdateDrop(staging.get(g), true));
                }
            }
            endpoint.send(swap);
            return total;
        } catch (StoreException e) {
            dropStaging(staging.values());
            throw new StoreException(
                    "Remote write failed; the staged data was discarded and nothing was applied: " + e.getMessage(), e);
        }
    }

    private void sendBatch(Node stage, List<Triple> batch, int batchNo) {
        try {
            endpoint.send(new UpdateRequest(insert(stage, batch)));
        } catch (StoreException e) {
            throw new StoreException(
                    "batch " + batchNo + " (" + batch.size() + " triples) failed: " + e.getMessage(), e);
        }
    }

    private void dropStaging(Iterable<Node> stages) {
        try {
            UpdateRequest drop = new UpdateRequest();
            stages.forEach(s -> drop.add(new UpdateDrop(s, true)));
            endpoint.send(drop);
        } catch (RuntimeException e) {
            log.error(
                    "Could not drop staging graphs {} after a failed write; drop graphs under {} by hand",
                    stages,
                    stagingBase,
                    e);
        }
    }

    private static UpdateDataInsert insert(Node graph, Iterable<Triple> triples) {
        QuadDataAcc acc = new QuadDataAcc();
        for (Triple t : triples) {
            acc.addQuad(Quad.create(Quad.isDefaultGraph(graph) ? Quad.defaultGraphNodeGenerated : graph, t));
        }
        return new UpdateDataInsert(acc);
    }

    private static List<Triple> graphTriples(DatasetGraph quads, Node g) {
        Graph graph = Quad.isDefaultGraph(g) ? quads.getDefaultGraph() : quads.getGraph(g);
        return graph.find().toList();
    }

    private static long countQuads(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
