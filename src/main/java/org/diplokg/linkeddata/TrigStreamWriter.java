package org.diplokg.linkeddata;

import java.io.OutputStream;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's streaming TriG writer (blocks of adjacent quads with the same graph and subject), with
 * blank-node labels derived from the store's own labels instead of a per-document table. Jena's
 * default for the streaming writers remembers every blank node it has written so that it can reuse
 * the label; over a dump with millions of evidence and participation nodes that table grows with
 * the dataset and the dump stops being constant-memory. Encoded labels are stable within and across
 * dumps, so the same node always gets the same label.
 */
final class TrigStreamWriter extends WriterStreamRDFBlocks {

    TrigStreamWriter(OutputStream out) {
        super(out, new Context());
        // setFormatter() in the base class runs again only on base(), which the export never sends
        this.fmt = new NodeFormatterTTL(null, pMap, NodeToLabel.createBNodeByLabelEncoded());
    }
}
