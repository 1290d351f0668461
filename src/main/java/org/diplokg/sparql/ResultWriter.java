package org.diplokg.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.diplokg.store.QueryOutcome;
import org.springframework.stereotype.Component;

/**
 * Serialises query outcomes and graphs in the negotiated format, with the headers every SPARQL
 * response carries.
 */
@Component
public class ResultWriter {

    public static final String TRUNCATED_HEADER = "X-DiploKG-Truncated";
    private static final int RESPONSE_BUFFER = 64 * 1024;

    public void write(QueryOutcome outcome, ResultFormat format, HttpServletResponse response, boolean headOnly)
            throws IOException {
        response.setStatus(200);
        response.setContentType(
                format.mediaType() + (format == ResultFormat.SPARQL_XML || format.tabular() ? "; charset=utf-8" : ""));
        response.addHeader("Vary", "Accept");
        if (outcome.truncated()) {
            response.setHeader(TRUNCATED_HEADER, "true");
        }
        if (headOnly) {
            return;
        }
        response.setBufferSize(RESPONSE_BUFFER); // fewer, larger socket writes for large answers
        write(outcome, format, response.getOutputStream());
    }

    public void write(QueryOutcome outcome, ResultFormat format, OutputStream out) {
        switch (outcome) {
            case QueryOutcome.Select select
            when format == ResultFormat.SPARQL_JSON ->
                SparqlJsonResultsWriter.writeSelect(out, select.variables(), select.rows());
            case QueryOutcome.Ask ask
            when format == ResultFormat.SPARQL_JSON -> SparqlJsonResultsWriter.writeAsk(out, ask.answer());
            case QueryOutcome.Select select
            when format == ResultFormat.SPARQL_XML ->
                SparqlXmlResultsWriter.writeSelect(out, select.variables(), select.rows());
            case QueryOutcome.Ask ask
            when format == ResultFormat.SPARQL_XML -> SparqlXmlResultsWriter.writeAsk(out, ask.answer());
            case QueryOutcome.Select select -> {
                RowSet rows =
                        RowSetStream.create(select.variables(), select.rows().iterator());
                ResultsWriter.create().lang(format.lang()).write(out, rows);
            }
            case QueryOutcome.Ask ask ->
                ResultsWriter.create().lang(format.lang()).write(out, ask.answer());
            case QueryOutcome.Triples triples
            when format == ResultFormat.TURTLE -> TurtleAnswerWriter.write(out, triples.graph());
            case QueryOutcome.Triples triples -> writeGraph(triples.graph(), format, out);
        }
    }

    public void writeGraph(Graph graph, ResultFormat format, OutputStream out) {
        if (format.quads()) {
            DatasetGraph dsg = DatasetGraphFactory.wrap(graph);
            RDFDataMgr.write(out, dsg, format.lang());
        } else if (format == ResultFormat.JSONLD) {
            RDFDataMgr.write(out, graph, RDFFormat.JSONLD11);
        } else if (format.lang().equals(Lang.TURTLE)) {
            writeTurtle(graph, out);
        } else {
            RDFDataMgr.write(out, graph, format.lang());
        }
    }

    /** Largest graph written as pretty Turtle (buffered, so a failure can fall back); larger ones stream. */
    private static final int PRETTY_TURTLE_LIMIT = 50_000;

    /**
     * Pretty Turtle nests lists and blank nodes recursively, so stored data with deeply nested collections
     * would overflow the stack: such a graph, or a large one, is written as streamed Turtle blocks instead.
     */
    private static void writeTurtle(Graph graph, OutputStream out) {
        if (hasAtMost(graph, PRETTY_TURTLE_LIMIT)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try {
                RDFDataMgr.write(buffer, graph, RDFFormat.TURTLE_PRETTY);
                buffer.writeTo(out);
                return;
            } catch (StackOverflowError deep) {
                // fall through to the flat writer
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_BLOCKS);
    }

    /** Counts no further than needed: {@code size()} of a store's union graph would count every triple. */
    private static boolean hasAtMost(Graph graph, int limit) {
        var triples = graph.find();
        try {
            for (int n = 0; triples.hasNext(); n++) {
                if (n == limit) {
                    return false;
                }
                triples.next();
            }
            return true;
        } finally {
            triples.close();
        }
    }
}
