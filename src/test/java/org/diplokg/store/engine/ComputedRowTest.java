package org.diplokg.store.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterAssign;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/**
 * {@link ComputedRow#extend} keeps ARQ's rules for an {@code extend}: an error leaves the variable unbound, a value for
 * a variable the row already binds keeps the row only when it is the same value, and later expressions see earlier
 * ones. Checked against ARQ's own {@code QueryIterAssign} on the same rows.
 */
class ComputedRowTest {

    private final ExecutionContext cxt = ExecutionContext.create(
            DatasetGraphFactory.createTxnMem(), ARQ.getContext().copy());

    private final List<Binding> input = List.of(
            SSE.parseBinding("(binding (?x 1))"),
            SSE.parseBinding("(binding (?x 2))"),
            SSE.parseBinding("(binding (?x \"1.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>))"),
            SSE.parseBinding("(binding (?y 5))"),
            SSE.parseBinding("(binding (?y \"a\"))"));

    @Test
    void extendingGivesArqsRows() {
        for (String extend : List.of(
                "(extend ((?x 1)) (table (vars ?x ?y)))",
                "(extend ((?z (* ?y 2)) (?w (+ ?z 1))) (table (vars ?x ?y)))",
                "(extend ((?x (+ ?y 0))) (table (vars ?x ?y)))",
                "(extend ((?w (/ 1 0))) (extend ((?x ?y)) (table (vars ?x ?y))))")) {
            OpExtend op = (OpExtend) SSE.parseOp(extend);
            assertThat(strings(ComputedRow.extend(op, sub -> rows(), cxt)))
                    .as(extend)
                    .isEqualTo(strings(arq(op)));
        }
    }

    private QueryIterator arq(OpExtend op) {
        QueryIterator rows = rows();
        java.util.ArrayDeque<OpExtend> steps = new java.util.ArrayDeque<>();
        for (var o = (org.apache.jena.sparql.algebra.Op) op; o instanceof OpExtend e; o = e.getSubOp()) {
            steps.push(e);
        }
        for (OpExtend e : steps) {
            rows = new QueryIterAssign(rows, e.getVarExprList(), cxt, true);
        }
        return rows;
    }

    private QueryIterator rows() {
        return QueryIterPlainWrapper.create(input.iterator(), cxt);
    }

    private static List<String> strings(QueryIterator rows) {
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(b -> {
            List<String> terms = new ArrayList<>();
            b.forEach((v, n) -> terms.add(v.getVarName() + "=" + n));
            terms.sort(null);
            out.add(String.join(" ", terms));
        });
        rows.close();
        return out;
    }
}
