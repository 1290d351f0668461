package org.diplokg.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.diplokg.query.index.LibraryIndex;
import org.diplokg.sparql.QueryService;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of the {@link LibraryIndex}es of the queries marked {@code # index:}: each is a
 * {@link DerivedSnapshot} of the store, patched from the change log when the store can say which subjects
 * a write touched and rebuilt otherwise (letting go of the stale index first, so two never sit in memory).
 * Only the background refresher builds; a request takes an index only if it is for the current version.
 */
final class LibraryIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryIndexes.class);
    private static final long MAX_VIEW_ROWS = 10_000_000;

    /** One index with how long its last build or patch took. */
    private record Built(LibraryIndex index, Duration took, boolean patched) {}

    private final NamedSnapshots<Built> indexes = new NamedSnapshots<>();
    private final QueryService queries;
    private final Duration timeout;

    LibraryIndexes(
            QueryLibrary library,
            QueryService queries,
            KnowledgeStore store,
            List<LibraryIndex.Builder> builders,
            Duration timeout) {
        check(library, builders);
        this.queries = queries;
        this.timeout = timeout;
        for (LibraryIndex.Builder b : builders) {
            Query libraryQuery = library.find(b.query()).orElseThrow().query();
            indexes.put(
                    b.query(),
                    DerivedSnapshot.patchedReleasing(
                            store, () -> build(b, libraryQuery), (old, changes) -> patch(b.query(), old, changes)));
        }
    }

    /** Every index answers a library query whose header says {@code # index:}, and every such query has one. */
    static void check(QueryLibrary library, List<LibraryIndex.Builder> builders) {
        for (LibraryIndex.Builder b : builders) {
            LibraryQuery q = library.find(b.query())
                    .orElseThrow(() -> new IllegalStateException("No library query " + b.query() + " for "
                            + b.getClass().getSimpleName()));
            if (!q.indexed()) {
                throw new IllegalStateException("sparql/" + q.name() + ".rq has an index ("
                        + b.getClass().getSimpleName() + ") but no '# index:' header line");
            }
        }
        for (LibraryQuery q : library.all()) {
            if (q.indexed() && builders.stream().noneMatch(b -> b.query().equals(q.name()))) {
                throw new IllegalStateException("sparql/" + q.name() + ".rq says '# index:' but no index answers it");
            }
        }
    }

    boolean isEmpty() {
        return indexes.isEmpty();
    }

    /** The index of {@code name} if it was built for {@code version}. */
    Optional<LibraryIndex> at(String name, String version) {
        return indexes.at(name, version, Built::index);
    }

    Optional<Duration> took(String name) {
        return indexes.latest(name, Built::took);
    }

    boolean patched(String name) {
        return indexes.latest(name, Built::patched).orElse(false);
    }

    /** Patches every index that is behind, where that is a patch; cheap, so the refresher does it at every tick. */
    void catchUp() {
        for (DerivedSnapshot<Built> s : indexes.all()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            s.patchIfPossible();
        }
    }

    /** Brings every index up to the current version, patching or building; one that fails runs live. */
    void refresh() {
        for (String name : indexes.names()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                indexes.of(name).get();
            } catch (RuntimeException failure) {
                LOG.warn("Indexing {} failed; it runs live: {}", name, failure.getMessage());
            }
        }
    }

    private Built build(LibraryIndex.Builder b, Query libraryQuery) {
        long start = System.nanoTime();
        LibraryIndex index = b.build(libraryQuery, this::runView);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Indexed {} in {} ms", b.query(), took.toMillis());
        return new Built(index, took, false);
    }

    /**
     * The index for a later version in which only {@code changes.subjects()} were touched: the same index when
     * nothing was, else re-read rows of just those subjects; empty (rebuild) when the index cannot say.
     */
    private Optional<Built> patch(String name, Built old, KnowledgeStore.Changes changes) {
        if (changes.subjects().isEmpty()) {
            return Optional.of(old);
        }
        long start = System.nanoTime();
        try {
            Optional<LibraryIndex> patched = old.index().patch(changes.subjects(), this::runView);
            if (patched.isEmpty()) {
                return Optional.empty();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.info(
                    "Patched the index of {} for dataset version {} ({} subjects touched) in {} ms",
                    name,
                    changes.version(),
                    changes.subjects().size(),
                    took.toMillis());
            return Optional.of(new Built(patched.get(), took, true));
        } catch (RuntimeException e) {
            LOG.warn("Patching the index of {} failed; rebuilding it: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs a view query for an index to the end, waiting for a query slot; a cut answer is an error. */
    private QueryOutcome.Select runView(Query view) {
        QueryOutcome outcome =
                queries.executeInBackground(view, new QueryOptions(List.of(), List.of(), timeout, MAX_VIEW_ROWS));
        if (!(outcome instanceof QueryOutcome.Select s) || s.truncated()) {
            throw new IllegalStateException("a view query has more than " + MAX_VIEW_ROWS + " rows");
        }
        return s;
    }
}
