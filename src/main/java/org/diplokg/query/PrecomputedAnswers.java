package org.diplokg.query;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.diplokg.query.index.LibraryIndex;
import org.diplokg.sparql.QueryService;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.VersionWatcher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The background refresher of the library's derived data: the {@link LibraryIndexes} of the queries marked
 * {@code # index:} and the {@link WholeAnswers} of those marked {@code # precompute: yes}. {@link LibraryQueryService}
 * uses an index or answer only while its version is the store's current one; otherwise — before the first
 * computation finishes, and after a write until the next one does — it runs the query live like any other. An
 * answer is therefore never staler than the data it is served for.
 *
 * <p>A background thread looks at {@link KnowledgeStore#version()} every {@code diplokg.queries.precompute-interval}:
 * indexes that can be patched from the change log are patched at every tick; whole recomputation waits until the
 * version has stayed the same for one interval (so a burst of writes costs one recomputation, not one per write).
 * The version is this process's own write counter: in remote mode, writes that bypass this server are not seen,
 * exactly as for the result cache.
 */
@Component
public class PrecomputedAnswers {

    private final KnowledgeStore store;
    private final QueryProperties settings;
    private final LibraryIndexes indexes;
    private final WholeAnswers answers;
    private final Object progress = new Object();
    private final VersionWatcher watcher;
    private volatile String computedVersion = "";

    public PrecomputedAnswers(
            QueryLibrary library,
            QueryService queries,
            KnowledgeStore store,
            QueryProperties settings,
            List<LibraryIndex.Builder> indexBuilders) {
        this.store = store;
        this.settings = settings != null ? settings : QueryProperties.defaults();
        this.indexes = new LibraryIndexes(library, queries, store, indexBuilders, this.settings.precomputeTimeout());
        this.answers = new WholeAnswers(library, queries, store, this.settings);
        this.watcher = new VersionWatcher(
                store, "library-precompute", this.settings.precomputeInterval(), () -> {}, this::look);
    }

    /** Every index answers a library query whose header says {@code # index:}, and every such query has one. */
    static void checkIndexes(QueryLibrary library, List<LibraryIndex.Builder> builders) {
        LibraryIndexes.check(library, builders);
    }

    /**
     * The answer of {@code name} if it was computed for {@code version}, the store's current version: whole, or its
     * first rows when it is marked truncated (an ordered report longer than {@code precompute-max-rows}).
     */
    public Optional<QueryOutcome.Select> answer(String name, String version) {
        return answers.at(name, version);
    }

    /** The index of {@code name} if it was built for {@code version}, the store's current version. */
    public Optional<LibraryIndex> index(String name, String version) {
        return indexes.at(name, version);
    }

    /** How long the last build or patch of the index of {@code name} took, if there was one. */
    public Optional<Duration> indexTook(String name) {
        return indexes.took(name);
    }

    /** Whether the index of {@code name} now held was patched from the previous one rather than built. */
    public boolean indexPatched(String name) {
        return indexes.patched(name);
    }

    /** How long the last computation of {@code name} took, if there was one. */
    public Optional<Duration> took(String name) {
        return answers.took(name);
    }

    /** Starts the background refresher once the application is up (not in the CLI, which turns precomputing off). */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (settings.precompute() && !(answers.isEmpty() && indexes.isEmpty())) {
            watcher.start();
        }
    }

    @PreDestroy
    public void stop() {
        watcher.stop();
    }

    /** Waits until every precomputed answer and index matches the current version; false on time-out. For benchmarks and tests. */
    public boolean awaitCurrent(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (!computedVersion.equals(store.version())) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    private void look(String version, boolean settled) {
        if (!version.equals(computedVersion)) {
            indexes.catchUp(); // patches are cheap: at every look, without waiting for the version to settle
            if (settled) {
                refresh(version);
            }
        }
    }

    /**
     * Brings every index, then every precomputed answer, up to date; indexes come first (they serve interactive,
     * parameterised questions), and between two answers the indexes catch up with any write made meanwhile.
     */
    void refresh(String version) {
        indexes.refresh();
        for (String name : answers.names()) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            answers.refresh(name);
            indexes.catchUp(); // writes during a long pass do not wait for its end
        }
        synchronized (progress) {
            computedVersion = version;
            progress.notifyAll();
        }
    }
}
