package org.diplokg.store;

import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's operator executor with one guard: a quad pattern (or a filter over one) given no input
 * rows answers no rows. Jena 6.0.0's {@code OpExecutorTDB2.optimizeExecuteQuads} peeks at the input
 * to reorder a pattern of two or more quads without first checking that there is one, and fails with
 * {@code ARQInternalErrorException: Peek iterator is already empty} whenever an earlier step of a
 * query produced nothing — which, with the union default graph turned on, is any multi-pattern
 * query after an unmatched first step (an empty store, an OPTIONAL-free sequence with no match).
 * The triple path of the same class already returns the empty input unchanged; this does the same.
 */
final class EmptyInputGuardOpExecutor extends OpExecutorTDB2 {

    static final OpExecutorFactory FACTORY = EmptyInputGuardOpExecutor::new;

    private EmptyInputGuardOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        if (!input.hasNext()) {
            return input;
        }
        return super.execute(quadPattern, input);
    }

    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        if (!input.hasNext()) {
            return input;
        }
        return super.execute(opFilter, input);
    }
}
