package org.diplokg.generate;

import static org.diplokg.generate.SyntheticTerms.*;

import java.util.function.LongConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** Where the generator's quads go: counted, with progress every {@link SyntheticGraphWriter#PROGRESS_EVERY} quads. */
final class SyntheticOutput {

    private final StreamRDF out;
    private final LongConsumer progress;
    private long count;
    private long blank;

    SyntheticOutput(StreamRDF out, LongConsumer progress) {
        this.out = out;
        this.progress = progress;
    }

    void add(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
        if (++count % SyntheticGraphWriter.PROGRESS_EVERY == 0) {
            progress.accept(count);
        }
    }

    long count() {
        return count;
    }

    /** A fresh blank node, named by a counter so the output is the same on every run. */
    Node blank() {
        return NodeFactory.createBlankNode("s" + Long.toString(blank++, 36));
    }

    /** The graph's own description: a {@code dk:SourceGraph} of the given kind derived from {@code source}. */
    void sourceGraph(Node g, Node source, String kind) {
        add(g, g, RDF.type.asNode(), dk("SourceGraph"));
        add(g, g, iri(PROV + "wasDerivedFrom"), source);
        add(g, g, iri(PROV + "generatedAtTime"), typed("2026-11-28T00:00:00Z", XSDDatatype.XSDdateTime));
        add(g, g, dk("graphKind"), lit(kind));
    }
}
