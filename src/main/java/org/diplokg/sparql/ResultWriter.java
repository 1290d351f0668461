package org.diplokg.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.RowStream;
import org.diplokg.system.AnswerAbortedException;
import org.springframework.stereotype.Component;

/**
 * Serialises query outcomes and graphs in the negotiated format, with the headers every SPARQL
 * response carries.
 */
@Component
public class ResultWriter {

    public static final String TRUNCATED_HEADER = "X-DiploKG-Truncated";
    private static final int RESPONSE_BUFFER = 64 * 1024;

    /** Rows of a SELECT held before its answer is committed: an answer at most this long is sent exactly as before. */
    static final int HELD_ROWS = 10_000;

    public void write(QueryOutcome outcome, ResultFormat format, HttpServletResponse response, boolean headOnly)
            throws IOException {
        headers(format, response, outcome.truncated());
        if (headOnly) {
            return;
        }
        write(outcome, format, response.getOutputStream());
    }

    /**
     * A SELECT answer written while the engine produces it. Up to {@link #HELD_ROWS} rows are held first, so a short
     * answer keeps everything a finished one has (the truncation header, a clean 4xx/503 on failure, the same
     * bytes); past that, the rows are written as they come and only the ones in flight are in memory. A longer
     * answer cut by the row limit says so in the {@code X-DiploKG-Truncated} trailer (chunked responses), and one
     * that fails once sent ends with the connection closed, never with a well-formed shorter answer.
     */
    public Void write(RowStream rows, ResultFormat format, HttpServletResponse response, boolean headOnly)
            throws IOException {
        List<Binding> held = new ArrayList<>();
        while (held.size() < HELD_ROWS && rows.hasNext()) {
            held.add(rows.next());
        }
        if (!rows.hasNext()) {
            write(new QueryOutcome.Select(rows.variables(), held, rows.truncated()), format, response, headOnly);
            return null;
        }
        headers(format, response, false);
        if (headOnly) {
            return null;
        }
        announceTruncation(rows, response);
        Iterator<Binding> all = Iter.concat(held.iterator(), rows);
        try {
            writeRows(rows.variables(), () -> all, format, response.getOutputStream());
        } catch (UncheckedIOException clientGone) {
            throw clientGone; // the connection is closed already
        } catch (RuntimeException e) {
            throw new AnswerAbortedException(e);
        }
        return null;
    }

    private static void announceTruncation(RowStream rows, HttpServletResponse response) {
        try {
            response.setTrailerFields(() -> rows.truncated() ? Map.of(TRUNCATED_HEADER, "true") : Map.of());
        } catch (IllegalStateException notSupported) {
            // HTTP/1.0 or a response that is not chunked: no trailer can be sent
        }
    }

    private static void headers(ResultFormat format, HttpServletResponse response, boolean truncated) {
        response.setStatus(200);
        response.setContentType(
                format.mediaType() + (format == ResultFormat.SPARQL_XML || format.tabular() ? "; charset=utf-8" : ""));
        response.addHeader("Vary", "Accept");
        if (truncated) {
            response.setHeader(TRUNCATED_HEADER, "true");
        }
        response.setBufferSize(RESPONSE_BUFFER); // fewer, larger socket writes for large answers
    }

    private static void writeRows(List<Var> variables, Iterable<Binding> rows, ResultFormat format, OutputStream out) {
        switch (format) {
            case SPARQL_JSON -> SparqlJsonResultsWriter.writeSelect(out, variables, rows);
            case SPARQL_XML -> SparqlXmlResultsWriter.writeSelect(out, variables, rows);
            default ->
                ResultsWriter.create().lang(format.lang()).write(out, RowSetStream.create(variables, rows.iterator()));
        }
    }

    public void write(QueryOutcome outcome, ResultFormat format, OutputStream out) {
        switch (outcome) {
            case QueryOutcome.Select select -> writeRows(select.variables(), select.rows(), format, out);
            case QueryOutcome.Ask ask
            when format == ResultFormat.SPARQL_JSON -> SparqlJsonResultsWriter.writeAsk(out, ask.answer());
            case QueryOutcome.Ask ask
            when format == ResultFormat.SPARQL_XML -> SparqlXmlResultsWriter.writeAsk(out, ask.answer());
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
