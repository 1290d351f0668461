package org.diplokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedSnapshotTest {

    @TempDir
    Path dir;

    private static Graph labelled(String... subjects) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String s : subjects) {
            g.add(Triple.create(
                    NodeFactory.createURI("urn:x:" + s), RDFS.label.asNode(), NodeFactory.createLiteralString(s)));
        }
        return g;
    }

    /** A snapshot of the store's subjects, rebuilt on a new version, counting its builds in {@code builds}. */
    private static DerivedSnapshot<Set<Node>> countingSubjects(KnowledgeStore store, AtomicInteger builds) {
        return DerivedSnapshot.rebuilt(store, countedSubjects(store, builds));
    }

    /** Reads the store's subjects, counting each read in {@code builds}. */
    private static Supplier<Set<Node>> countedSubjects(KnowledgeStore store, AtomicInteger builds) {
        return () -> {
            builds.incrementAndGet();
            return subjects(store);
        };
    }

    private static Set<Node> subjects(KnowledgeStore store) {
        Set<Node> found = new HashSet<>();
        store.graphNames()
                .forEach(g -> store.graph(g).orElseThrow().find().forEachRemaining(t -> found.add(t.getSubject())));
        return found;
    }

    @Test
    void buildsOncePerVersionAndAgainAfterAWrite() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true)) {
            AtomicInteger builds = new AtomicInteger();
            DerivedSnapshot<Set<Node>> snapshot = countingSubjects(store, builds);
            assertThat(snapshot.ifCurrent()).isEmpty();
            assertThat(snapshot.get()).isEmpty();
            assertThat(snapshot.get()).isEmpty();
            assertThat(builds).hasValue(1);

            store.replaceGraph(NodeFactory.createURI("urn:g:1"), labelled("a"));
            assertThat(snapshot.ifCurrent())
                    .as("stale after a write, and not rebuilt by asking")
                    .isEmpty();
            assertThat(snapshot.get()).containsExactly(NodeFactory.createURI("urn:x:a"));
            assertThat(snapshot.stamped().version()).isEqualTo(store.version());
            assertThat(builds).hasValue(2);
        }
    }

    @Test
    void patchesFromTheChangeLogInsteadOfRebuilding() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true)) {
            AtomicInteger builds = new AtomicInteger();
            AtomicInteger patches = new AtomicInteger();
            DerivedSnapshot<Set<Node>> snapshot =
                    DerivedSnapshot.patched(store, countedSubjects(store, builds), (previous, changes) -> {
                        patches.incrementAndGet();
                        Set<Node> next = new HashSet<>(previous);
                        next.addAll(changes.subjects());
                        return Optional.of(next);
                    });
            snapshot.get();
            store.replaceGraph(NodeFactory.createURI("urn:g:1"), labelled("a"));
            store.addToGraph(NodeFactory.createURI("urn:g:2"), labelled("b"));
            assertThat(snapshot.get())
                    .containsExactlyInAnyOrder(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"));
            assertThat(builds).hasValue(1);
            assertThat(patches).hasValue(1);
        }
    }

    @Test
    void aPatcherThatCannotTellFallsBackToARebuild() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true)) {
            AtomicInteger builds = new AtomicInteger();
            DerivedSnapshot<Set<Node>> snapshot = DerivedSnapshot.patched(
                    store, countedSubjects(store, builds), (previous, changes) -> Optional.empty());
            snapshot.get();
            store.replaceGraph(NodeFactory.createURI("urn:g:1"), labelled("a"));
            assertThat(snapshot.get()).containsExactly(NodeFactory.createURI("urn:x:a"));
            assertThat(builds).hasValue(2);
        }
    }

    @Test
    void anOwnerCanStampWhatItDerivedFromItsOwnWrite() {
        try (TdbKnowledgeStore store = new TdbKnowledgeStore(dir.resolve("tdb"), ChangeValidator.NONE, true)) {
            AtomicInteger builds = new AtomicInteger();
            DerivedSnapshot<Set<Node>> snapshot = countingSubjects(store, builds);
            snapshot.get();
            store.replaceGraph(NodeFactory.createURI("urn:g:1"), labelled("a"));
            snapshot.update(store.version(), previous -> Set.of(NodeFactory.createURI("urn:x:a")));
            assertThat(snapshot.ifCurrent()).contains(Set.of(NodeFactory.createURI("urn:x:a")));
            assertThat(snapshot.get()).containsExactly(NodeFactory.createURI("urn:x:a"));
            assertThat(builds).hasValue(1);
        }
    }
}
