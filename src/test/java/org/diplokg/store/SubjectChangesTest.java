package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The commit log tells exactly what changed since a commit, or admits it cannot. */
class SubjectChangesTest {

    private static Node n(String name) {
        return NodeFactory.createURI("urn:test:" + name);
    }

    @Test
    void unitesTheSubjectsOfTheCommitsSinceOnly() {
        SubjectChanges log = new SubjectChanges();
        assertThat(log.committed(Set.of(n("a")))).isEqualTo(1);
        log.committed(Set.of(n("b")));
        log.committed(Set.of(n("c"), n("a")));
        assertThat(log.last()).isEqualTo(3);
        assertThat(log.since(1)).contains(new SubjectChanges.Since(3, Set.of(n("b"), n("c"), n("a"))));
        assertThat(log.since(0).orElseThrow().subjects()).containsExactlyInAnyOrder(n("a"), n("b"), n("c"));
        assertThat(log.since(3)).contains(new SubjectChanges.Since(3, Set.of()));
        assertThat(log.since(4)).isEmpty();
    }

    @Test
    void aCommitThatTouchedTooMuchOrEverythingIsUnknown() {
        SubjectChanges log = new SubjectChanges();
        log.committed(Set.of(n("a")));
        log.committed(null);
        log.committed(Set.of(n("b")));
        assertThat(log.since(0)).isEmpty();
        assertThat(log.since(2)).contains(new SubjectChanges.Since(3, Set.of(n("b"))));
        Set<Node> many = new HashSet<>();
        for (int i = 0; i <= SubjectChanges.MAX_SUBJECTS; i++) {
            many.add(n("s" + i));
        }
        log.committed(many);
        assertThat(log.since(3)).isEmpty();
    }

    @Test
    void commitsThatFellOutOfTheLogAreUnknown() {
        SubjectChanges log = new SubjectChanges();
        long last = SubjectChanges.COMMITS + 10;
        for (long c = 1; c <= last; c++) {
            log.committed(Set.of(n("s" + c)));
        }
        assertThat(log.since(5)).isEmpty();
        assertThat(log.since(last - 1)).contains(new SubjectChanges.Since(last, Set.of(n("s" + last))));
        assertThat(log.since(10)).isPresent(); // commit 11 is the oldest kept
    }
}
