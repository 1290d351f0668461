package org.diplokg.store.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

class LiteralValueCacheTest {

    private static NodeValue compute(Node n) {
        return NodeValue.makeNode(n.getLiteralLexicalForm(), n.getLiteralDatatype());
    }

    @Test
    void aLiteralSeenAgainIsAnsweredFromTheTableWithoutRecomputing() {
        LiteralValueCache cache = new LiteralValueCache(64);
        AtomicInteger computed = new AtomicInteger();
        Node date = NodeFactory.createLiteralDT("2020-05-01", XSDDatatype.XSDdate);
        NodeValue first = cache.get(date, n -> {
            computed.incrementAndGet();
            return compute(n);
        });
        NodeValue second = cache.get(date, n -> {
            computed.incrementAndGet();
            return compute(n);
        });
        assertSame(first, second);
        assertEquals(1, computed.get());
    }

    @Test
    void irisAndStringsAreNeverStoredSoTheyCostNoLookupOrEviction() {
        LiteralValueCache cache = new LiteralValueCache(64);
        Node iri = NodeFactory.createURI("https://w3id.org/diplokg/id/country/VN");
        Node label = NodeFactory.createLiteralLang("Việt Nam", "vi");
        Node plain = NodeFactory.createLiteralString("viet nam");
        for (Node n : new Node[] {iri, label, plain}) {
            assertEquals(NodeValue.makeNode(n), cache.get(n, NodeValue::makeNode));
            assertNull(cache.getIfPresent(n));
        }
        assertEquals(0, cache.size());
    }

    @Test
    void collidingLiteralsNeverAnswerEachOthersValue() {
        LiteralValueCache cache = new LiteralValueCache(16); // far fewer slots than keys: constant collisions
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5_000; i++) {
                Node n = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
                NodeValue v = cache.get(n, LiteralValueCacheTest::compute);
                assertEquals(i, v.getInteger().intValue());
            }
        }
        assertTrue(cache.size() <= 16);
    }

    @Test
    void concurrentReadersAlwaysGetTheValueOfTheirOwnKey() throws Exception {
        LiteralValueCache cache = new LiteralValueCache(32);
        Thread[] threads = new Thread[4];
        AtomicInteger wrong = new AtomicInteger();
        for (int t = 0; t < threads.length; t++) {
            int offset = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    int k = (i * 7 + offset) % 1_000;
                    Node n = NodeFactory.createLiteralDT(Integer.toString(k), XSDDatatype.XSDinteger);
                    if (cache.get(n, LiteralValueCacheTest::compute)
                                    .getInteger()
                                    .intValue()
                            != k) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(0, wrong.get());
    }
}
