package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The commit log tells exactly what changed between two versions, or admits it cannot. */
class SubjectChangesTest {

    private static Node n(String name) {
        return NodeFactory.createURI("urn:test:" + name);
    }

    @Test
    void unitesTheSubjectsOfTheCommitsInBetweenOnly() {
        SubjectChanges log = new SubjectChanges();
        log.committed(1, Set.of(n("a")));
        log.committed(2, Set.of(n("b")));
        log.committed(3, Set.of(n("c"), n("a")));
        assertThat(log.between(1, 3)).contains(Set.of(n("b"), n("c"), n("a")));
        assertThat(log.between(0, 1)).contains(Set.of(n("a")));
        assertThat(log.between(3, 3)).contains(Set.of());
        assertThat(log.between(3, 2)).isEmpty();
    }

    @Test
    void aCommitThatTouchedTooMuchOrEverythingIsUnknown() {
        SubjectChanges log = new SubjectChanges();
        log.committed(1, Set.of(n("a")));
        log.committed(2, null);
        log.committed(3, Set.of(n("b")));
        assertThat(log.between(0, 3)).isEmpty();
        assertThat(log.between(2, 3)).contains(Set.of(n("b")));
        Set<Node> many = new HashSet<>();
        for (int i = 0; i <= SubjectChanges.MAX_SUBJECTS; i++) {
            many.add(n("s" + i));
        }
        log.committed(4, many);
        assertThat(log.between(3, 4)).isEmpty();
    }

    @Test
    void commitsThatFellOutOfTheLogAreUnknown() {
        SubjectChanges log = new SubjectChanges();
        for (long c = 1; c <= SubjectChanges.COMMITS + 10; c++) {
            log.committed(c, Set.of(n("s" + c)));
        }
        assertThat(log.between(5, SubjectChanges.COMMITS + 10)).isEmpty();
        assertThat(log.between(SubjectChanges.COMMITS + 9, SubjectChanges.COMMITS + 10)).contains(Set.of(n("s" + (SubjectChanges.COMMITS + 10))));
        assertThat(log.between(10, SubjectChanges.COMMITS + 10)).isPresent(); // commit 11 is the oldest kept
    }
}
