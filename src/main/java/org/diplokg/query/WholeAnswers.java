package org.diplokg.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.diplokg.sparql.QueryService;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole answers of the library queries marked {@code # precompute: yes} (parameterless whole-store
 * statistics), each computed by running the query itself, in full, as a {@link DerivedSnapshot} of the store.
 * Only the background refresher computes; a request takes an answer only if it is for the current version.
 */
final class WholeAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(WholeAnswers.class);
    private static final long MAX_ROWS = 1_000_000;

    /** One answer, or none when it is too large to keep, with how long computing it took. */
    private record Computed(QueryOutcome.Select answer, Duration took) {}

    private final NamedSnapshots<Computed> answers = new NamedSnapshots<>();

    WholeAnswers(QueryLibrary library, QueryService queries, KnowledgeStore store, Duration timeout) {
        for (LibraryQuery q : library.all()) {
            if (q.precomputed()) {
                answers.put(q.name(), DerivedSnapshot.rebuilt(store, () -> compute(q, queries, timeout)));
            }
        }
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }

    List<String> names() {
        return answers.names();
    }

    /** The full answer of {@code name} if it was computed for {@code version}. */
    Optional<QueryOutcome.Select> at(String name, String version) {
        return answers.at(name, version, Computed::answer);
    }

    Optional<Duration> took(String name) {
        return answers.latest(name, Computed::took);
    }

    /** Brings the answer of {@code name} up to the current version; one that fails or is too large runs live. */
    void refresh(String name) {
        try {
            answers.of(name).get();
        } catch (RuntimeException e) {
            LOG.warn("Precomputing {} failed; it runs live: {}", name, e.getMessage());
        }
    }

    private static Computed compute(LibraryQuery q, QueryService queries, Duration timeout) {
        long start = System.nanoTime();
        QueryOutcome outcome =
                queries.executeInBackground(q.query(), new QueryOptions(List.of(), List.of(), timeout, MAX_ROWS));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (outcome instanceof QueryOutcome.Select s && !s.truncated()) {
            LOG.info("Precomputed {}: {} rows in {} ms", q.name(), s.rows().size(), took.toMillis());
            return new Computed(s, took);
        }
        LOG.warn("Not precomputing {}: more than {} rows; it runs live", q.name(), MAX_ROWS);
        return new Computed(null, took);
    }
}
