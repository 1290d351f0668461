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
    /**
     * One answer (whole, or only its first rows, marked truncated, when it is longer than the whole answers kept), or
     * none, with how long computing it took.
     */
    private record Computed(QueryOutcome.Select answer, Duration took) {}

    private final NamedSnapshots<Computed> answers = new NamedSnapshots<>();

    WholeAnswers(QueryLibrary library, QueryService queries, KnowledgeStore store, QueryProperties settings) {
        for (LibraryQuery q : library.all()) {
            if (q.precomputed()) {
                answers.put(q.name(), DerivedSnapshot.rebuilt(store, () -> compute(q, queries, settings)));
            }
        }
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }

    List<String> names() {
        return answers.names();
    }

    /**
     * The answer of {@code name} if it was computed for {@code version}: whole, or, when {@link
     * QueryOutcome.Select#truncated()}, its first rows.
     */
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

    private static Computed compute(LibraryQuery q, QueryService queries, QueryProperties settings) {
        long start = System.nanoTime();
        QueryOutcome outcome = queries.executeInBackground(
                q.query(),
                new QueryOptions(List.of(), List.of(), settings.precomputeTimeout(), settings.precomputeMaxRows()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!(outcome instanceof QueryOutcome.Select s)) {
            return new Computed(null, took);
        }
        if (!s.truncated()) {
            LOG.info("Precomputed {}: {} rows in {} ms", q.name(), s.rows().size(), took.toMillis());
            return new Computed(s, took);
        }
        if (!q.query().hasOrderBy() || settings.precomputePrefixRows() == 0) {
            LOG.warn("Not precomputing {}: more than {} rows; it runs live", q.name(), settings.precomputeMaxRows());
            return new Computed(null, took);
        }
        // an ordered answer's first rows are its first pages, whatever follows
        int kept = Math.min(settings.precomputePrefixRows(), s.rows().size());
        LOG.info(
                "Precomputed {}: first {} of more than {} rows in {} ms; later pages run live",
                q.name(),
                kept,
                settings.precomputeMaxRows(),
                took.toMillis());
        return new Computed(
                new QueryOutcome.Select(s.variables(), List.copyOf(s.rows().subList(0, kept)), true), took);
    }
}
