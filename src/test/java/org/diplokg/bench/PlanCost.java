package org.diplokg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;

/**
 * What a prepared plan would save per request: for each library query, the time to parse its text, and to compile
 * and optimise its algebra, averaged over many rounds after a warm-up. Compared with the queries' own latency
 * (bench/results/engines-*.md), it says whether caching plans is worth a second code path.
 *
 * <p>{@code java -cp … org.diplokg.bench.PlanCost [sparql-dir] [rounds]}
 */
public final class PlanCost {

    private PlanCost() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sparql");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        System.out.println("| query | parse µs | compile + optimise µs |");
        System.out.println("|---|---:|---:|");
        double parseSum = 0;
        double planSum = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            long sink = 0;
            for (int i = 0; i < rounds / 4; i++) { // warm-up
                sink += Algebra.optimize(Algebra.compile(QueryFactory.create(text)))
                        .hashCode();
            }
            long t0 = System.nanoTime();
            Query q = null;
            for (int i = 0; i < rounds; i++) {
                q = QueryFactory.create(text);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                Op op = Algebra.optimize(Algebra.compile(q));
                sink += op.hashCode();
            }
            long t2 = System.nanoTime();
            double parse = (t1 - t0) / 1e3 / rounds;
            double plan = (t2 - t1) / 1e3 / rounds;
            parseSum += parse;
            planSum += plan;
            System.out.printf(
                    "| %s | %.1f | %.1f |%s%n",
                    f.getFileName().toString().replace(".rq", ""), parse, plan, sink == 42 ? " " : "");
        }
        System.out.printf(
                "| **mean of %d** | %.1f | %.1f |%n", files.size(), parseSum / files.size(), planSum / files.size());
    }
}
