package org.diplokg.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.diplokg.text.TextFolding;
import org.springframework.stereotype.Component;

/**
 * An in-memory label index over the store, rebuilt lazily whenever the dataset version changes,
 * so it is always in step with writes. Matching is on folded text (no diacritics, tone placement
 * irrelevant); ranking prefers exact, then prefix, then all-words matches, and preferred labels
 * over variants.
 */
@Component
public class SearchIndex {

    private record Entry(
            String iri, String label, String folded, List<String> tokens, String type, boolean preferred) {}

    private final KnowledgeStore store;
    private final Query labelsQuery;
    private final DerivedSnapshot<List<Entry>> entries;

    public SearchIndex(KnowledgeStore store) {
        this.store = store;
        this.labelsQuery = SparqlFiles.query("queries/search/labels.rq");
        this.entries = DerivedSnapshot.rebuilt(store, this::load);
    }

    public List<SearchHit> search(String text, String type, int limit) {
        List<String> wanted = TextFolding.tokens(text);
        String folded = String.join(" ", wanted);
        Map<String, SearchHit> best = new HashMap<>();
        for (Entry e : entries.get()) {
            if (type != null && !type.equalsIgnoreCase(e.type())) {
                continue;
            }
            double score = score(e, folded, wanted);
            if (score > 0) {
                best.merge(
                        e.iri(),
                        new SearchHit(e.iri(), e.label(), e.type(), score),
                        (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::label))
                .limit(limit)
                .toList();
    }

    private static double score(Entry e, String folded, List<String> wanted) {
        double s;
        if (e.folded().equals(folded)) {
            s = 100;
        } else if (e.folded().startsWith(folded)) {
            s = 60;
        } else if (e.tokens().containsAll(wanted)) {
            s = 40;
        } else if (wanted.stream().allMatch(w -> e.tokens().stream().anyMatch(t -> t.startsWith(w)))) {
            s = 20;
        } else {
            return 0;
        }
        s += e.preferred() ? 5 : 0;
        s -= Math.min(10, Math.abs(e.tokens().size() - wanted.size())); // closer length, better
        return s;
    }

    private List<Entry> load() {
        QueryOutcome.Select rows =
                (QueryOutcome.Select) store.query(labelsQuery, QueryOptions.of(Duration.ofMinutes(2), Long.MAX_VALUE));
        List<Entry> entries = new ArrayList<>(rows.rows().size());
        for (Binding b : rows.rows()) {
            Node label = b.get(Var.alloc("label"));
            if (label == null || !label.isLiteral()) {
                continue;
            }
            Node type = b.get(Var.alloc("type"));
            String text = label.getLiteralLexicalForm();
            String folded = TextFolding.fold(text);
            entries.add(new Entry(
                    b.get(Var.alloc("entity")).getURI(),
                    text,
                    folded,
                    List.of(folded.split(" ")),
                    type == null ? null : type.getLocalName(),
                    "true".equals(b.get(Var.alloc("preferred")).getLiteralLexicalForm())));
        }
        return entries;
    }
}
