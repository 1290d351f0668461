package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/**
 * A stopped query's failure is answered by why it was stopped, whatever the engine threw: memory when the guard
 * stopped it, time after the deadline; any other failure stays as it is.
 */
class CancellationTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void anyFailureOfAQueryTheGuardStoppedIsAMemoryStop() {
        AtomicLong collections = new AtomicLong();
        try (QueryMemoryGuard guard =
                new QueryMemoryGuard(0.85, () -> 950, 1000, collections::get, 86_400_000, Duration.ofSeconds(30))) {
            QueryExec exec = exec();
            guard.started(exec);
            collections.incrementAndGet();
            guard.check();
            Cancellation stop = new Cancellation(exec, guard, System.nanoTime() + LIMIT.toNanos(), LIMIT);

            assertThat(stop.explain(new NullPointerException("input is null")))
                    .isInstanceOf(QueryMemoryException.class);
            assertThat(stop.explain(new QueryCancelledException())).isInstanceOf(QueryMemoryException.class);
        }
    }

    @Test
    void aFailureAfterTheDeadlineIsATimeOutAndOneBeforeItStaysWhatItIs() {
        try (QueryMemoryGuard guard = QueryMemoryGuard.forHeap(0)) {
            QueryExec exec = exec();
            Cancellation late = new Cancellation(exec, guard, System.nanoTime() - 1, LIMIT);
            Cancellation early = new Cancellation(exec, guard, System.nanoTime() + LIMIT.toNanos(), LIMIT);
            NullPointerException npe = new NullPointerException("input is null");

            assertThat(late.explain(npe)).isInstanceOf(QueryTimeoutException.class);
            assertThat(early.explain(npe)).isSameAs(npe);
            assertThat(early.explain(new QueryCancelledException())).isInstanceOf(QueryTimeoutException.class);
        }
    }

    private static QueryExec exec() {
        return QueryExec.dataset(DatasetGraphFactory.createTxnMem())
                .query("SELECT * WHERE { ?s ?p ?o }")
                .build();
    }
}
