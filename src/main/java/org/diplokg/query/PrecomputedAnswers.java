package org.diplokg.query;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.diplokg.sparql.QueryService;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whole answers of the library queries marked {@code # precompute: yes} (parameterless whole-store
 * statistics such as {@code entities-by-type}), each computed by running the query itself, in full,
 * once per dataset version in the background; and, in the same pass, the {@link LibraryIndex}es of the
 * parameterised queries marked {@code # index:}, which answer any parameter values. {@link LibraryQueryService} pages such an answer only
 * while its version is the store's current one; otherwise — before the first computation finishes,
 * and after a write until the next one does — it runs the query live like any other. An answer is
 * therefore never staler than the data it is served for.
 *
 * <p>A background thread looks at {@link KnowledgeStore#version()} every {@code diplokg.queries.precompute-interval}
 * and recomputes once the version has stayed the same for one interval (so a burst of writes costs one
 * recomputation, not one per write). The version is this process's own write counter: in remote mode,
 * writes that bypass this server are not seen, exactly as for the result cache.
 */
@Component
public class PrecomputedAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(PrecomputedAnswers.class);
    private static final long MAX_ROWS = 1_000_000;
    private static final long MAX_VIEW_ROWS = 10_000_000;

    /** One query's full answer for one dataset version. */
    record Entry(String version, QueryOutcome.Select answer, Duration took) {
    }

    /** One query's index for one dataset version; {@code patched} when it was derived from the previous one. */
    record IndexEntry(String version, LibraryIndex index, Duration took, boolean patched) {
    }

    private final QueryLibrary library;
    private final QueryService queries;
    private final KnowledgeStore store;
    private final QueryProperties settings;
    private final Map<String, Entry> answers = new ConcurrentHashMap<>();
    private final Map<String, IndexEntry> indexes = new ConcurrentHashMap<>();
    private final List<LibraryIndex.Builder> indexBuilders;
    private final Object progress = new Object();
    private volatile String computedVersion = "";
    private volatile Thread worker;

    public PrecomputedAnswers(QueryLibrary library, QueryService queries, KnowledgeStore store, QueryProperties settings,
                              List<LibraryIndex.Builder> indexBuilders) {
        this.indexBuilders = List.copyOf(indexBuilders);
        checkIndexes(library, this.indexBuilders);
        this.library = library;
        this.queries = queries;
        this.store = store;
        this.settings = settings != null ? settings : QueryProperties.defaults();
    }

    /** Every index answers a library query whose header says {@code # index:}, and every such query has one. */
    static void checkIndexes(QueryLibrary library, List<LibraryIndex.Builder> builders) {
        for (LibraryIndex.Builder b : builders) {
            LibraryQuery q = library.find(b.query())
                    .orElseThrow(() -> new IllegalStateException("No library query " + b.query() + " for " + b.getClass().getSimpleName()));
            if (!q.indexed()) {
                throw new IllegalStateException("sparql/" + q.name() + ".rq has an index (" + b.getClass().getSimpleName() + ") but no '# index:' header line");
            }
        }
        for (LibraryQuery q : library.all()) {
            if (q.indexed() && builders.stream().noneMatch(b -> b.query().equals(q.name()))) {
                throw new IllegalStateException("sparql/" + q.name() + ".rq says '# index:' but no index answers it");
            }
        }
    }

    /** The full answer of {@code name} if it was computed for {@code version}, the store's current version. */
    public Optional<QueryOutcome.Select> answer(String name, String version) {
        Entry e = answers.get(name);
        return e != null && e.version().equals(version) ? Optional.of(e.answer()) : Optional.empty();
    }

    /** The index of {@code name} if it was built for {@code version}, the store's current version. */
    public Optional<LibraryIndex> index(String name, String version) {
        IndexEntry e = indexes.get(name);
        return e != null && e.version().equals(version) ? Optional.of(e.index()) : Optional.empty();
    }

    /** How long the last build or patch of the index of {@code name} took, if there was one. */
    public Optional<Duration> indexTook(String name) {
        return Optional.ofNullable(indexes.get(name)).map(IndexEntry::took);
    }

    /** Whether the index of {@code name} now held was patched from the previous one rather than built. */
    public boolean indexPatched(String name) {
        IndexEntry e = indexes.get(name);
        return e != null && e.patched();
    }

    /** How long the last computation of {@code name} took, if there was one. */
    public Optional<Duration> took(String name) {
        return Optional.ofNullable(answers.get(name)).map(Entry::took);
    }

    /** Starts the background refresher once the application is up (not in the CLI, which turns precomputing off). */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (!settings.precompute() || worker != null
                || (library.all().stream().noneMatch(LibraryQuery::precomputed) && indexBuilders.isEmpty())) {
            return;
        }
        worker = Thread.ofPlatform().daemon().name("library-precompute").start(this::loop);
    }

    @PreDestroy
    public synchronized void stop() {
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
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

    private void loop() {
        String seen = null;
        while (!Thread.currentThread().isInterrupted()) {
            String version = store.version();
            if (!version.equals(computedVersion)) {
                catchUpIndexes(); // patches are cheap: at every tick, without waiting for a quiet interval
                // compute at start-up, then only once a changed version has been stable for one interval
                if (seen == null || version.equals(seen)) {
                    refresh(version);
                }
            }
            seen = version;
            try {
                Thread.sleep(settings.precomputeInterval());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs a view query for an index to the end, waiting for a query slot; a cut answer is an error. */
    private QueryOutcome.Select runView(org.apache.jena.query.Query view) {
        QueryOutcome outcome = queries.executeInBackground(view, new QueryOptions(List.of(), List.of(), settings.precomputeTimeout(), MAX_VIEW_ROWS));
        if (!(outcome instanceof QueryOutcome.Select s) || s.truncated()) {
            throw new IllegalStateException("a view query has more than " + MAX_VIEW_ROWS + " rows");
        }
        return s;
    }

    /** Patches every index that was built before the latest commits, where the store can say what they touched. */
    private void catchUpIndexes() {
        String current = store.version();
        for (LibraryIndex.Builder b : indexBuilders) {
            IndexEntry e = indexes.get(b.query());
            if (e != null && !e.version().equals(current) && !Thread.currentThread().isInterrupted()) {
                patch(b.query());
            }
        }
    }

    /**
     * Brings the index of {@code name} up to the store's latest commit by re-reading only what the commits since
     * its version touched, when the store can say what they touched; false when it has to be rebuilt. The patched
     * index is labelled with the version those changes lead to, so it is used only while that is current.
     */
    private boolean patch(String name) {
        IndexEntry old = indexes.get(name);
        KnowledgeStore.Changes changes = old == null ? null : store.changesSince(old.version()).orElse(null);
        if (changes == null) {
            return false;
        }
        if (changes.subjects().isEmpty()) {
            // nothing touched (or already current): the same index holds for the later version
            indexes.put(name, new IndexEntry(changes.version(), old.index(), old.took(), old.patched()));
            return true;
        }
        long start = System.nanoTime();
        try {
            Optional<LibraryIndex> patched = old.index().patch(changes.subjects(), this::runView);
            if (patched.isEmpty()) {
                return false;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            indexes.put(name, new IndexEntry(changes.version(), patched.get(), took, true));
            LOG.info("Patched the index of {} for dataset version {} ({} subjects touched) in {} ms", name, changes.version(),
                    changes.subjects().size(), took.toMillis());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Patching the index of {} failed; rebuilding it: {}", name, e.getMessage());
            return false;
        }
    }

    /**
     * Builds (or patches) every index, then computes every precomputed query, for {@code version}; an index or answer
     * that fails or is too large is left to live runs. Indexes come first: they serve interactive, parameterised
     * questions, and between two answers the indexes catch up with any write made meanwhile.
     */
    void refresh(String version) {
        for (LibraryIndex.Builder b : indexBuilders) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (patch(b.query())) {
                continue;
            }
            indexes.remove(b.query()); // stale for the new version; dropped first so two never sit in memory
            long start = System.nanoTime();
            try {
                LibraryIndex index = b.build(library.find(b.query()).orElseThrow(), this::runView);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                indexes.put(b.query(), new IndexEntry(version, index, took, false));
                LOG.info("Indexed {} for dataset version {} in {} ms", b.query(), version, took.toMillis());
            } catch (RuntimeException e) {
                LOG.warn("Indexing {} failed; it runs live: {}", b.query(), e.getMessage());
            }
        }
        for (LibraryQuery q : library.all()) {
            if (!q.precomputed() || Thread.currentThread().isInterrupted()) {
                continue;
            }
            long start = System.nanoTime();
            try {
                QueryOutcome outcome = queries.executeInBackground(q.query(), new QueryOptions(List.of(), List.of(), settings.precomputeTimeout(), MAX_ROWS));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                if (outcome instanceof QueryOutcome.Select s && !s.truncated()) {
                    answers.put(q.name(), new Entry(version, s, took));
                    LOG.info("Precomputed {} for dataset version {}: {} rows in {} ms", q.name(), version, s.rows().size(), took.toMillis());
                } else {
                    answers.remove(q.name());
                    LOG.warn("Not precomputing {}: more than {} rows; it runs live", q.name(), MAX_ROWS);
                }
            } catch (RuntimeException e) {
                answers.remove(q.name());
                LOG.warn("Precomputing {} failed; it runs live: {}", q.name(), e.getMessage());
            }
            catchUpIndexes(); // writes during a long pass do not wait for its end
        }
        synchronized (progress) {
            computedVersion = version;
            progress.notifyAll();
        }
    }
}
