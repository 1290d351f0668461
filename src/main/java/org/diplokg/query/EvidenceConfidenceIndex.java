package org.diplokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.diplokg.store.QueryOutcome;
import org.springframework.stereotype.Component;

/**
 * Answers {@code low-confidence-facts} without a {@code source} for any threshold. The query keeps the
 * evidence below the threshold and sorts it; at the default threshold that is some 40 % of all evidence,
 * hundreds of thousands of joined rows on a 10 M-triple store, before the first row can be sent. The index
 * holds every (fact, confidence, rule, source) row already sorted by the query's own ORDER BY (ARQ's
 * {@link BindingComparator}), so a page is the first rows that pass the query's filter, evaluated as ARQ
 * evaluates {@code ?confidence < threshold}. With a {@code source} the query is fast in the store and runs live.
 */
@Component
public class EvidenceConfidenceIndex implements LibraryIndex.Builder {

    static final String VIEW = "queries/index/evidence-confidence.rq";

    @Override
    public String query() {
        return "low-confidence-facts";
    }

    @Override
    public LibraryIndex build(LibraryQuery query, LibraryIndex.ViewReader views) {
        List<Var> columns = query.query().getProjectVars();
        NodeInterner terms = new NodeInterner();
        List<Binding> rows = new ArrayList<>();
        for (Binding row : views.read(VIEW).rows()) {
            rows.add(terms.row(row, columns));
        }
        rows.sort(new BindingComparator(query.query().getOrderBy()));
        return new Index(columns, List.copyOf(rows));
    }

    private record Index(List<Var> columns, List<Binding> sorted) implements LibraryIndex {

        private static final Var CONFIDENCE = Var.alloc("confidence");

        @Override
        public Optional<QueryOutcome.Select> page(Map<String, Node> values, long limit, long offset) {
            Node threshold = values.get("threshold");
            if (threshold == null || values.size() != 1) {
                return Optional.empty(); // a source given: one article's evidence, cheap for the store
            }
            Expr below = new E_LessThan(new ExprVar(CONFIDENCE), NodeValue.makeNode(threshold));
            FunctionEnvBase env = new FunctionEnvBase();
            List<Binding> page = new ArrayList<>();
            long passed = 0;
            for (Binding row : sorted) {
                if (below.isSatisfied(row, env)) {
                    if (passed++ >= offset) {
                        page.add(row);
                        if (page.size() > limit) {
                            break;
                        }
                    }
                }
            }
            return Optional.of(new QueryOutcome.Select(columns, page, false));
        }
    }
}
