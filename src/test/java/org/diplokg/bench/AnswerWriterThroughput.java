package org.diplokg.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultWriter;
import org.diplokg.store.QueryOutcome;

/**
 * Issue 3: how long the endpoint's answer writers take against Jena's on the same answers, side by side
 * in one JVM: a CONSTRUCT (everything about Vietnam) as Turtle, and 20,000 rows as SPARQL XML and JSON.
 * Run with {@code bench/run.sh answer-writers [QUADS]}; the answers come from the synthetic store.
 */
public final class AnswerWriterThroughput {

    private static final int ROUNDS = 5;
    private static final int WRITES = 20;

    public static void main(String[] args) throws Exception {
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        String construct = Files.readString(Path.of("src/test/resources/bench/mix/07-describe-vietnam.rq"));
        Graph graph = GraphFactory.createDefaultGraph();
        List<Var> vars = new ArrayList<>();
        List<Binding> rows = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = exec(ds, construct)) {
                exec.constructTriples().forEachRemaining(graph::add);
            }
            try (QueryExec exec = exec(ds, "SELECT * { ?s ?p ?o } LIMIT 20000")) {
                RowSet rs = exec.select();
                vars.addAll(rs.getResultVars());
                rs.forEachRemaining(b -> {
                    BindingBuilder copy = BindingBuilder.create();
                    b.forEach(copy::add);
                    rows.add(copy.build());
                });
            }
        });
        ResultWriter ours = new ResultWriter();
        QueryOutcome triples = new QueryOutcome.Triples(graph, false);
        QueryOutcome select = new QueryOutcome.Select(vars, rows, false);
        System.out.printf(
                Locale.ROOT,
                "CONSTRUCT answer: %,d triples; SELECT answer: %,d rows. Mean ms per write (%d writes), per round:%n",
                graph.size(),
                rows.size(),
                WRITES);
        for (int r = 0; r < ROUNDS; r++) {
            System.out.printf(
                    Locale.ROOT,
                    "round %d: Turtle Jena pretty %.2f, Jena flat %.2f, ours %.2f | SPARQL XML Jena %.2f, ours %.2f | SPARQL JSON ours %.2f%n",
                    r + 1,
                    time(out -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY)),
                    time(out -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_FLAT)),
                    time(out -> ours.write(triples, ResultFormat.TURTLE, out)),
                    time(out -> ResultsWriter.create()
                            .lang(ResultSetLang.RS_XML)
                            .write(out, RowSetStream.create(vars, rows.iterator()))),
                    time(out -> ours.write(select, ResultFormat.SPARQL_XML, out)),
                    time(out -> ours.write(select, ResultFormat.SPARQL_JSON, out)));
        }
    }

    private static QueryExec exec(Dataset ds, String query) {
        return QueryExec.dataset(ds.asDatasetGraph())
                .query(QueryFactory.create(query))
                .set(TDB2.symUnionDefaultGraph, true)
                .build();
    }

    private static double time(java.util.function.Consumer<ByteArrayOutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        long start = System.nanoTime();
        for (int i = 0; i < WRITES; i++) {
            out.reset();
            write.accept(out);
        }
        return (System.nanoTime() - start) / (WRITES * 1e6);
    }
}
