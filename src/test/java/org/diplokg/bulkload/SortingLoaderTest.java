package org.diplokg.bulkload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sorting loader against Jena's phased loader on the same quads, both into real TDB2 stores opened again after
 * the load: every index holds the same tuples, in strictly ascending key order, and lookups with any bound slots give
 * the same answers. The quads mix IRIs, blank nodes and literals TDB2 stores inline (negative and large integers,
 * doubles, decimals, dates, booleans), repeats, and triples of the default graph.
 */
class SortingLoaderTest {

    private static final MonitorOutput QUIET = (fmt, args) -> {};

    @TempDir
    Path dir;

    @Test
    void indexesWrittenInMemoryHoldWhatThePhasedLoaderWrites() {
        List<Quad> quads = quads(20_000, 7);
        DatasetGraph phased = load(dir.resolve("phased"), quads, dsg -> LoaderFactory.phasedLoader(dsg, QUIET));
        DatasetGraph sorted = load(dir.resolve("sorted"), quads, dsg -> new SortingLoader(dsg, QUIET, dir, 64L << 20));
        assertSameIndexes(phased, sorted, quads);
    }

    @Test
    void indexesMergedFromSortedRunsHoldWhatThePhasedLoaderWritesAndTheRunsAreRemoved() throws Exception {
        List<Quad> quads = quads(120_000, 11);
        Path runs = Files.createDirectories(dir.resolve("runs"));
        DatasetGraph phased = load(dir.resolve("phased"), quads, dsg -> LoaderFactory.phasedLoader(dsg, QUIET));
        // 512 KB of tuples (the floor of 65,536 quads): 120,000 quads make two runs per index
        DatasetGraph sorted = load(dir.resolve("sorted"), quads, dsg -> new SortingLoader(dsg, QUIET, runs, 1L << 19));
        assertSameIndexes(phased, sorted, quads);
        try (Stream<Path> left = Files.list(runs)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void sortingTuplesOfLongsGivesTheOrderOfUnsignedKeys() {
        Random random = new Random(3);
        for (int width : new int[] {1, 3, 4}) {
            int n = 5_000;
            long[] a = new long[n * width];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(7) - 3; // many repeats
            }
            List<long[]> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(Arrays.copyOfRange(a, i * width, (i + 1) * width));
            }
            expected.sort(Arrays::compare);
            IdTupleSort.sort(a, width, n);
            for (int i = 0; i < n; i++) {
                assertThat(Arrays.copyOfRange(a, i * width, (i + 1) * width)).isEqualTo(expected.get(i));
            }
        }
    }

    private DatasetGraph load(Path store, List<Quad> quads, Function<DatasetGraph, DataLoader> loaders) {
        DatasetGraph dsg = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
        DataLoader loader = loaders.apply(dsg);
        loader.startBulk();
        StreamRDF sink = loader.stream();
        sink.prefix("dk", "https://w3id.org/diplokg/ontology#");
        for (Quad q : quads) {
            if (q.isDefaultGraph()) {
                sink.triple(q.asTriple());
            } else {
                sink.quad(q);
            }
        }
        loader.finishBulk();
        dsg.close();
        TDBInternal.expel(dsg);
        return TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    }

    private static void assertSameIndexes(DatasetGraph expected, DatasetGraph actual, List<Quad> quads) {
        Txn.executeRead(
                expected,
                () -> Txn.executeRead(actual, () -> {
                    DatasetGraphTDB e = TDBInternal.getDatasetGraphTDB(expected);
                    DatasetGraphTDB a = TDBInternal.getDatasetGraphTDB(actual);
                    compare(
                            e.getTripleTable()
                                    .getNodeTupleTable()
                                    .getTupleTable()
                                    .getIndexes(),
                            a.getTripleTable()
                                    .getNodeTupleTable()
                                    .getTupleTable()
                                    .getIndexes(),
                            e.getQuadTable().getNodeTupleTable().getNodeTable(),
                            a.getQuadTable().getNodeTupleTable().getNodeTable());
                    compare(
                            e.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                            a.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                            e.getQuadTable().getNodeTupleTable().getNodeTable(),
                            a.getQuadTable().getNodeTupleTable().getNodeTable());
                    Random random = new Random(5);
                    for (int i = 0; i < 400; i++) {
                        Quad q = quads.get(random.nextInt(quads.size()));
                        int mask = random.nextInt(16);
                        Node g = (mask & 1) != 0 ? q.getGraph() : Node.ANY;
                        Node s = (mask & 2) != 0 ? q.getSubject() : Node.ANY;
                        Node p = (mask & 4) != 0 ? q.getPredicate() : Node.ANY;
                        Node o = (mask & 8) != 0 ? q.getObject() : Node.ANY;
                        if (mask == 0) {
                            continue;
                        }
                        assertThat(set(actual.find(g, s, p, o)))
                                .as("find %s %s %s %s", g, s, p, o)
                                .isEqualTo(set(expected.find(g, s, p, o)));
                    }
                    assertThat(a.getStoragePrefixes().get(Quad.defaultGraphIRI, "dk"))
                            .isEqualTo("https://w3id.org/diplokg/ontology#");
                }));
    }

    private static void compare(TupleIndex[] expected, TupleIndex[] actual, NodeTable en, NodeTable an) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].getName()).isEqualTo(expected[i].getName());
            Set<List<Node>> want = new HashSet<>();
            expected[i].all().forEachRemaining(t -> want.add(nodes(t, en)));
            List<List<Node>> got = new ArrayList<>();
            byte[] previous = null;
            for (Iterator<Tuple<NodeId>> it = actual[i].all(); it.hasNext(); ) {
                Tuple<NodeId> t = it.next();
                byte[] key = key(t, actual[i]);
                if (previous != null) {
                    assertThat(Arrays.compareUnsigned(previous, key))
                            .as("index %s in key order", actual[i].getName())
                            .isNegative();
                }
                previous = key;
                got.add(nodes(t, an));
            }
            assertThat(got).as("index %s", expected[i].getName()).hasSize(want.size());
            assertThat(new HashSet<>(got)).as("index %s", expected[i].getName()).isEqualTo(want);
        }
    }

    /** The tuple's key in the index's own column order. */
    private static byte[] key(Tuple<NodeId> t, TupleIndex index) {
        Tuple<NodeId> mapped = index.getMapping().map(t);
        byte[] key = new byte[mapped.len() * 8];
        for (int c = 0; c < mapped.len(); c++) {
            NodeIdFactory.set(mapped.get(c), key, c * 8);
        }
        return key;
    }

    private static List<Node> nodes(Tuple<NodeId> t, NodeTable table) {
        List<Node> nodes = new ArrayList<>();
        t.forEach(id -> nodes.add(table.getNodeForNodeId(id)));
        return nodes;
    }

    private static Set<Quad> set(Iterator<Quad> it) {
        Set<Quad> set = new HashSet<>();
        it.forEachRemaining(set::add);
        return set;
    }

    /** Random quads over small pools, so terms and whole quads repeat; about one in ten in the default graph. */
    private static List<Quad> quads(int n, long seed) {
        Random r = new Random(seed);
        List<Quad> quads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node g = r.nextInt(10) == 0 ? Quad.defaultGraphIRI : iri("graph/" + r.nextInt(50));
            Node s = r.nextInt(20) == 0
                    ? NodeFactory.createBlankNode("b" + r.nextInt(100))
                    : iri("s/" + r.nextInt(n / 4 + 1));
            Node p = iri("p/" + r.nextInt(12));
            quads.add(Quad.create(g, s, p, object(r, n)));
        }
        return quads;
    }

    private static Node object(Random r, int n) {
        return switch (r.nextInt(9)) {
            case 0 -> NodeFactory.createLiteralDT(Long.toString(r.nextInt(2001) - 1000), XSDDatatype.XSDinteger);
            case 1 -> NodeFactory.createLiteralDT(Long.toString(r.nextLong()), XSDDatatype.XSDinteger);
            case 2 -> NodeFactory.createLiteralDT(Double.toString(r.nextGaussian() * 1e3), XSDDatatype.XSDdouble);
            case 3 ->
                NodeFactory.createLiteralDT((r.nextInt(200) - 100) + "." + r.nextInt(100), XSDDatatype.XSDdecimal);
            case 4 ->
                NodeFactory.createLiteralDT(
                        (1990 + r.nextInt(40)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10), XSDDatatype.XSDdate);
            case 5 -> NodeFactory.createLiteralDT(Boolean.toString(r.nextBoolean()), XSDDatatype.XSDboolean);
            case 6 -> NodeFactory.createLiteralLang("nhãn " + r.nextInt(n), r.nextBoolean() ? "vi" : "en");
            case 7 -> NodeFactory.createLiteralString("text " + r.nextInt(n));
            default -> iri("s/" + r.nextInt(n / 4 + 1));
        };
    }

    private static Node iri(String path) {
        return NodeFactory.createURI("https://example.org/" + path);
    }
}
