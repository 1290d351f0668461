package org.diplokg.query.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.diplokg.store.QueryOutcome;
import org.springframework.stereotype.Component;

/**
 * Answers {@code figures-for-subject} for any subject. A subject such as the ministry can have tens of
 * thousands of figures, each joined to its value, unit, measure and period before the query can sort them
 * by period; the index holds every subject's figures already sorted by the query's own ORDER BY (ARQ's
 * {@link BindingComparator}), so a page is a slice of one list.
 */
@Component
public class FiguresBySubjectIndex implements LibraryIndex.Builder {

    static final String VIEW = "queries/index/figures-by-subject.rq";
    private static final Var SUBJECT = Var.alloc("subject");

    @Override
    public String query() {
        return "figures-for-subject";
    }

    @Override
    public LibraryIndex build(Query query, LibraryIndex.ViewReader views) {
        List<Var> columns = query.getProjectVars();
        Map<Node, List<Binding>> bySubject =
                new NodeInterner().rowsBy(SUBJECT, views.read(VIEW).rows(), columns);
        BindingComparator order = new BindingComparator(query.getOrderBy());
        Map<Node, List<Binding>> sorted = new HashMap<>();
        bySubject.forEach((subject, figures) -> {
            figures.sort(order);
            sorted.put(subject, List.copyOf(figures));
        });
        return new Index(columns, order, sorted);
    }

    private record Index(List<Var> columns, Comparator<Binding> order, Map<Node, List<Binding>> bySubject)
            implements LibraryIndex {

        private static final Var FIGURE = Var.alloc("figure");

        @Override
        public Optional<QueryOutcome.Select> page(Map<String, Node> values, long limit, long offset) {
            Node subject = values.get("subject");
            if (subject == null || values.size() != 1) {
                return Optional.empty();
            }
            List<Binding> figures = bySubject.getOrDefault(subject, List.of());
            int from = (int) Math.min(offset, figures.size());
            int to = (int) Math.min(offset + limit + 1, figures.size());
            return Optional.of(new QueryOutcome.Select(columns, figures.subList(from, to), false));
        }

        /** Every pattern of the view has the figure as its subject, so only touched figures can have changed. */
        @Override
        public Optional<LibraryIndex> patch(Set<Node> touched, ViewReader views) {
            Map<Node, List<Binding>> added =
                    new NodeInterner().rowsBy(SUBJECT, views.read(VIEW, "figure", touched), columns);
            Map<Node, List<Binding>> next = new HashMap<>();
            bySubject.forEach((subject, figures) -> {
                List<Binding> fresh = added.getOrDefault(subject, List.of());
                boolean changed = !fresh.isEmpty() || figures.stream().anyMatch(f -> touched.contains(f.get(FIGURE)));
                List<Binding> rows = changed ? SortedRows.replace(figures, FIGURE, touched, fresh, order) : figures;
                if (!rows.isEmpty()) {
                    next.put(subject, rows);
                }
            });
            added.forEach((subject, fresh) -> {
                if (!bySubject.containsKey(subject)) {
                    next.put(subject, SortedRows.replace(List.of(), FIGURE, Set.of(), fresh, order));
                }
            });
            return Optional.of(new Index(columns, order, next));
        }
    }
}
