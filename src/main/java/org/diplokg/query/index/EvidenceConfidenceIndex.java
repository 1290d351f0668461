package org.diplokg.query.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
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
    static final String FACTS_OF_EVIDENCE = "queries/index/facts-of-evidence.rq";

    @Override
    public String query() {
        return "low-confidence-facts";
    }

    @Override
    public LibraryIndex build(Query query, LibraryIndex.ViewReader views) {
        List<Var> columns = query.getProjectVars();
        List<Binding> rows = new NodeInterner().rows(views.read(VIEW).rows(), columns);
        BindingComparator order = new BindingComparator(query.getOrderBy());
        rows.sort(order);
        return new Index(columns, order, List.copyOf(rows));
    }

    private record Index(List<Var> columns, Comparator<Binding> order, List<Binding> sorted) implements LibraryIndex {

        private static final Var CONFIDENCE = Var.alloc("confidence");
        private static final Var FACT = Var.alloc("fact");

        /**
         * A fact's rows change when the fact or one of its evidence nodes is touched: the fact is the subject of
         * its {@code dk:evidence} links (also of removed ones), the evidence node of its confidence, source and
         * rule. So the facts to re-read are the touched nodes themselves and the facts of touched evidence.
         */
        @Override
        public Optional<LibraryIndex> patch(Set<Node> touched, ViewReader views) {
            Set<Node> facts = new HashSet<>(touched);
            views.read(FACTS_OF_EVIDENCE, "e", touched).forEach(b -> facts.add(b.get(FACT)));
            List<Binding> added = new NodeInterner().rows(views.read(VIEW, "fact", facts), columns);
            return Optional.of(new Index(columns, order, SortedRows.replace(sorted, FACT, facts, added, order)));
        }

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
