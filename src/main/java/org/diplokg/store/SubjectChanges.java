package org.diplokg.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The store's commit counter, with the subjects each recent commit touched, so that derived data (the library
 * indexes) can re-read only what changed instead of everything. Bounded: it keeps the last {@value #COMMITS}
 * commits, and a commit that touched more than {@value #MAX_SUBJECTS} subjects or cleared the store is recorded
 * as "unknown", after which readers fall back to a full rebuild.
 */
final class SubjectChanges {

    static final int COMMITS = 256;
    static final int MAX_SUBJECTS = 50_000;

    /** One commit: its number and the subjects it touched, or null when that is not known. */
    private record Commit(long number, Set<Node> subjects) {}

    /** The subjects touched after some commit, up to commit {@code upTo}. */
    record Since(long upTo, Set<Node> subjects) {}

    private final Deque<Commit> log = new ArrayDeque<>();
    private volatile long last;

    /** Counts a commit and records what it touched ({@code subjects} null: anything may have changed); returns its number. */
    synchronized long committed(Set<Node> subjects) {
        long number = last + 1;
        log.addLast(
                new Commit(number, subjects == null || subjects.size() > MAX_SUBJECTS ? null : Set.copyOf(subjects)));
        while (log.size() > COMMITS) {
            log.removeFirst();
        }
        last = number;
        return number;
    }

    /** The number of the last commit (0 before the first). */
    long last() {
        return last;
    }

    /**
     * The subjects touched by the commits after {@code since} up to the last one, or empty when that is not
     * known (a commit fell out of the log, or touched too much).
     */
    synchronized Optional<Since> since(long since) {
        long upTo = last;
        if (since == upTo) {
            return Optional.of(new Since(upTo, Set.of()));
        }
        if (since > upTo || log.isEmpty() || log.peekFirst().number() > since + 1) {
            return Optional.empty();
        }
        Set<Node> union = new LinkedHashSet<>();
        for (Commit c : log) {
            if (c.number() > since) {
                if (c.subjects() == null) {
                    return Optional.empty();
                }
                union.addAll(c.subjects());
                if (union.size() > MAX_SUBJECTS) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Since(upTo, union));
    }
}
