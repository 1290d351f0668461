package org.diplokg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplokg.query.LibraryAnswer;
import org.diplokg.query.LibraryQuery;
import org.diplokg.query.LibraryQueryService;
import org.diplokg.query.PrecomputedAnswers;
import org.diplokg.query.QueryLibrary;
import org.diplokg.sparql.UpdateService;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.SparqlFiles;
import org.diplokg.store.UpdateOptions;
import org.diplokg.support.LiveLibrary;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the library indexes take to catch up with a write on a large store, patched, against building
 * them: waits for the first build after start-up, then makes an article-sized write (one graph with an
 * event between two persons, a fact with low-confidence evidence, a figure about the ministry), waits for
 * the indexes of the new version, checks three answers against the live query, and removes the graph again
 * (a second write, also patched), so the store ends as it began.
 *
 * <p>{@code java ... org.diplokg.bench.IndexPatchBenchmark PROJECT_DIR STORE_DIR}
 */
public final class IndexPatchBenchmark {

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx = PrebuiltStoreContext.start(
                Path.of(args[0]),
                Path.of(args[1]),
                "--diplokg.queries.precompute-interval=1s",
                "--diplokg.sparql.query-timeout=300s")) {
            QueryLibrary library = ctx.getBean(QueryLibrary.class);
            PrecomputedAnswers precomputed = ctx.getBean(PrecomputedAnswers.class);
            KnowledgeStore kstore = ctx.getBean(KnowledgeStore.class);
            UpdateService updates = ctx.getBean(UpdateService.class);
            List<String> indexed = library.all().stream()
                    .filter(LibraryQuery::indexed)
                    .map(LibraryQuery::name)
                    .toList();
            long t0 = System.nanoTime();
            waitForIndexes(precomputed, kstore, indexed);
            System.out.printf(
                    Locale.ROOT,
                    "first build after start-up: all indexes ready after %.1f s (%s)%n",
                    (System.nanoTime() - t0) / 1e9,
                    describe(precomputed, indexed));
            for (String resource : List.of("bench/index-patch-write.ru", "bench/index-patch-undo.ru")) {
                // the background pass also recomputes the precomputed answers: start from a quiet refresher
                if (!precomputed.awaitCurrent(Duration.ofMinutes(20))) {
                    throw new IllegalStateException("the precomputed answers did not finish in 20 minutes");
                }
                long start = System.nanoTime();
                updates.execute(updates.parse(SparqlFiles.text(resource), null), UpdateOptions.NONE);
                double wrote = (System.nanoTime() - start) / 1e6;
                waitForIndexes(precomputed, kstore, indexed);
                System.out.printf(
                        Locale.ROOT,
                        "%s: written in %.0f ms; indexes current %.1f s after the write (refresh interval 1 s): %s%n",
                        resource,
                        wrote,
                        (System.nanoTime() - start) / 1e9,
                        describe(precomputed, indexed));
                check(ctx, precomputed, "who-met-whom", Map.of("from", "2031-01-01", "to", "2031-12-31"));
                check(ctx, precomputed, "low-confidence-facts", Map.of("threshold", "0.51"));
                check(ctx, precomputed, "figures-for-subject", Map.of("limit", "5"));
            }
        }
    }

    private static void waitForIndexes(PrecomputedAnswers precomputed, KnowledgeStore store, List<String> names)
            throws InterruptedException {
        while (!names.stream()
                .allMatch(n -> precomputed.index(n, store.version()).isPresent())) {
            Thread.sleep(50);
        }
    }

    private static String describe(PrecomputedAnswers precomputed, List<String> names) {
        return names.stream()
                .map(n -> n
                        + (precomputed.indexPatched(n) ? " patched in " : " built in ")
                        + precomputed
                                .indexTook(n)
                                .map(d -> d.toMillis() + " ms")
                                .orElse("-"))
                .toList()
                .toString();
    }

    /** The index answer equals the live one (the same query without indexes), or the benchmark fails. */
    private static void check(
            ConfigurableApplicationContext ctx,
            PrecomputedAnswers precomputed,
            String name,
            Map<String, String> params) {
        LibraryQueryService indexed = ctx.getBean(LibraryQueryService.class);
        LibraryQueryService live = LiveLibrary.of(ctx);
        LibraryAnswer a = indexed.answer(name, params);
        long start = System.nanoTime();
        LibraryAnswer b = live.answer(name, params);
        double liveMs = (System.nanoTime() - start) / 1e6;
        boolean same = a.precomputed() && a.outcome().equals(b.outcome());
        System.out.printf(
                Locale.ROOT,
                "  %s %s: index answer %s the live one (%d rows; live took %.0f ms)%n",
                name,
                params,
                same ? "equals" : "DIFFERS FROM",
                ((org.diplokg.store.QueryOutcome.Select) b.outcome()).rows().size(),
                liveMs);
        if (!same) {
            throw new IllegalStateException(name + " " + params + ": the index answer differs from the live one");
        }
    }
}
