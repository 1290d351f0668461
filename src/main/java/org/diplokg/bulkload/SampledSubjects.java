package org.diplokg.bulkload;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;

/** About one subject in 64, chosen by hash so the same file gives the same sample, capped at 200,000 nodes. */
final class SampledSubjects {

    private static final int CAP = 200_000;

    private final boolean active;
    private final Set<Node> subjects = new HashSet<>();

    SampledSubjects(boolean active) {
        this.active = active;
    }

    void offer(Node subject) {
        if (active && (subject.hashCode() & 63) == 0 && subjects.size() < CAP) {
            subjects.add(subject);
        }
    }

    Set<Node> subjects() {
        return subjects;
    }
}
