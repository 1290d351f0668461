package org.diplokg.store.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.junit.jupiter.api.Test;

/** A side's filter is decided once per term only when its outcome can depend on nothing but that term. */
class TermFilterMemoTest {

    private static final JoinSide SIDE = JoinSide.of(Quad.create(
            Quad.unionGraph,
            Var.alloc("ev"),
            NodeFactory.createURI("https://w3id.org/diplokg/ontology#confidence"),
            Var.alloc("c")));

    private static List<Expr> filter(String... exprs) {
        return java.util.Arrays.stream(exprs).map(ExprUtils::parse).toList();
    }

    private static Tuple<NodeId> row(long ev, long c) {
        return TupleFactory.create4(
                NodeId.NodeIdAny,
                NodeIdFactory.createPtr(ev),
                NodeIdFactory.createPtr(500),
                NodeIdFactory.createPtr(c));
    }

    @Test
    void aFilterOfOneVariableIsDecidedOncePerTermWithTheSameOutcomes() {
        AtomicInteger decided = new AtomicInteger();
        Predicate<Tuple<NodeId>> decide = t -> {
            decided.incrementAndGet();
            return t.get(3).getPtrLocation() % 2 == 0;
        };
        Predicate<Tuple<NodeId>> memo = TermFilterMemo.of(filter("?c < 0.6"), SIDE, decide);
        for (int ev = 0; ev < 1000; ev++) {
            long c = 10 + ev % 3;
            assertThat(memo.test(row(ev, c))).isEqualTo(c % 2 == 0);
        }
        assertThat(decided).hasValue(3);
    }

    @Test
    void unstableFunctionsCustomFunctionsExistsAndTwoVariablesAreDecidedRowByRow() {
        Predicate<Tuple<NodeId>> decide = t -> true;
        for (String[] f : List.of(
                new String[] {"RAND() < ?c"},
                new String[] {"isBlank(BNODE())", "?c < 1"},
                new String[] {"STRLEN(STRUUID()) > ?c"},
                new String[] {"<urn:x:fn>(?c)"},
                new String[] {"?c < 1", "?ev != ?c"})) {
            assertThat(TermFilterMemo.of(filter(f), SIDE, decide))
                    .as(String.join(" && ", f))
                    .isSameAs(decide);
        }
    }

    @Test
    void outcomesStopBeingKeptAtTheLimitButRowsAreStillDecided() {
        AtomicInteger decided = new AtomicInteger();
        Predicate<Tuple<NodeId>> memo = TermFilterMemo.of(filter("?c > 0"), SIDE, t -> {
            decided.incrementAndGet();
            return true;
        });
        int terms = TermFilterMemo.MAX_TERMS + 10;
        for (int round = 0; round < 2; round++) {
            for (long c = 0; c < terms; c++) {
                assertThat(memo.test(row(1, c))).isTrue();
            }
        }
        assertThat(decided).hasValue(terms + 10);
    }
}
