package org.diplokg.hardening;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Parses SPARQL on a few threads with a large stack. Jena's grammar recurses once per triple of an
 * {@code INSERT DATA} block and once per nesting level, so a 200,000-triple update or a 10,000-branch
 * UNION overflows a request thread's 1 MB stack. Here parsing has room; then the parsed request is
 * measured ({@link SyntaxDepth}) and refused with 400 when it nests deeper than the request threads that
 * compile and run it can afford. A stack overflow even here is a 400 naming the limit, never a 500.
 *
 * <p>Measured for the choice (200,000 triples, cold JVM): a 64 MB stack parses them in ~12 s,
 * 256 MB in ~8.5 s; Jena's streaming update parser uses the same recursive grammar and overflows
 * the default stack just the same, so it is not an alternative.
 */
@Component
public class DeepParser implements DisposableBean {

    private final ExecutorService threads;
    private final int maxDepth;

    public DeepParser(HardeningProperties limits) {
        AtomicInteger n = new AtomicInteger();
        long stack = limits.parserStack().toBytes();
        this.threads = Executors.newFixedThreadPool(Math.max(1, limits.parserThreads()), r -> {
            Thread t = new Thread(null, r, "sparql-parser-" + n.incrementAndGet(), stack);
            t.setDaemon(true);
            return t;
        });
        this.maxDepth = limits.maxQueryDepth();
    }

    /** Parses a query; syntax errors propagate as Jena's {@link QueryParseException}. */
    public Query query(String text, String baseIri) {
        LongPatternScan.check(text, SafeExpressions.MAX_PATTERN);
        return onParserThread(() -> {
            Query query = QueryFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
            checkDepth(SyntaxDepth.of(query.getQueryPattern()));
            checkDepth(SyntaxDepth.of(Algebra.compile(query)));
            return query;
        });
    }

    /** Parses an update request; syntax errors propagate as Jena's {@link QueryParseException}. */
    public UpdateRequest update(String text, String baseIri) {
        LongPatternScan.check(text, SafeExpressions.MAX_PATTERN);
        return onParserThread(() -> {
            // on the large stack too: RIOT recurses into nested collections "((( ... )))" (found by FuzzIT)
            var single = InsertDataReader.read(text, baseIri);
            if (single.isPresent()) {
                return single.get();
            }
            UpdateRequest request = UpdateFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
            for (Update u : request.getOperations()) {
                if (u instanceof UpdateModify m && m.getWherePattern() != null) {
                    checkDepth(SyntaxDepth.of(m.getWherePattern()));
                    checkDepth(SyntaxDepth.of(Algebra.compile(m.getWherePattern())));
                }
            }
            return request;
        });
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw InputRefusedException.badRequest("The request nests " + depth
                    + " levels deep (groups, UNION branches, " + "property-path steps or expressions); the limit is "
                    + maxDepth + " (diplokg.hardening.max-query-depth)");
        }
    }

    private <T> T onParserThread(Supplier<T> parse) {
        Future<T> result = threads.submit(() -> {
            try {
                return parse.get();
            } catch (StackOverflowError e) {
                throw InputRefusedException.badRequest("The request is nested too deeply to parse; the limit is "
                        + maxDepth + " levels (diplokg.hardening.max-query-depth)");
            } catch (QueryParseException e) {
                if (e.getCause() instanceof StackOverflowError) {
                    throw InputRefusedException.badRequest("The request is nested too deeply to parse; the limit is "
                            + maxDepth + " levels (diplokg.hardening.max-query-depth)");
                }
                throw e;
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputRefusedException(503, "Interrupted while parsing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
