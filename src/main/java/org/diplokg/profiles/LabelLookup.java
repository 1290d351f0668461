package org.diplokg.profiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.diplokg.store.DerivedSnapshot;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Component;

/**
 * Names for every resource a profile page shows, in one query per page ({@code queries/profiles/labels.rq},
 * the resources bound in a VALUES block): section queries stay short, and no page shows an IRI where
 * the store has a name — labels, titles, or a name composed from the holder and post, the partnership and level.
 * Names are kept until the next write: most pages name the same countries, levels and posts.
 */
@Component
public class LabelLookup {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(10), 50_000);
    private static final int BATCH = 400;
    private static final Label NONE = new Label("", "");

    private final KnowledgeStore store;
    private final Query labels = SparqlFiles.query("queries/profiles/labels.rq");
    private final DerivedSnapshot<BoundedCache<Label>> cache;

    private final SectionPool pool;

    public LabelLookup(KnowledgeStore store, ProfileProperties settings, SectionPool pool) {
        this.store = store;
        this.pool = pool;
        long size = (settings == null ? ProfileProperties.defaults() : settings).labelCacheSize();
        this.cache = DerivedSnapshot.rebuilt(store, () -> new BoundedCache<>(size, l -> 1));
    }

    public Map<String, Label> labels(Collection<String> iris) {
        BoundedCache<Label> known = cache.get();
        Map<String, Label> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String iri : iris) {
            Optional<Label> l = known.get(iri);
            if (l.isEmpty()) {
                missing.add(iri);
            } else if (l.get() != NONE) {
                out.put(iri, l.get());
            }
        }
        // batches side by side: a hub's page names a thousand resources or more
        List<List<String>> batches = new ArrayList<>();
        List<Future<Map<String, Label>>> answers = new ArrayList<>();
        for (int i = 0; i < missing.size(); i += BATCH) {
            List<String> batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
            batches.add(batch);
            answers.add(pool.submit(() -> query(batch)));
        }
        for (int b = 0; b < batches.size(); b++) {
            Map<String, Label> found = SectionPool.result(answers.get(b));
            for (String iri : batches.get(b)) {
                Label l = found.get(iri);
                known.put(iri, l == null ? NONE : l);
                if (l != null) {
                    out.put(iri, l);
                }
            }
        }
        return out;
    }

    /** Per resource and language, the best-ranked candidate; one without a language stands in for either. */
    private Map<String, Label> query(List<String> iris) {
        List<Binding> values = new ArrayList<>();
        for (String iri : iris) {
            values.add(BindingFactory.binding(Var.alloc("s"), NodeFactory.createURI(iri)));
        }
        // The VALUES block opens the pattern, so every branch starts from the bound resources.
        Query q = labels.cloneQuery();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(List.of(Var.alloc("s")), values));
        ((ElementGroup) q.getQueryPattern()).getElements().forEach(pattern::addElement);
        q.setQueryPattern(pattern);
        Map<String, Candidates> best = new HashMap<>();
        for (Binding b : ((QueryOutcome.Select) store.query(q, OPTIONS)).rows()) {
            Node s = b.get(Var.alloc("s"));
            Node label = b.get(Var.alloc("label"));
            Node rank = b.get(Var.alloc("rank"));
            if (s == null || !s.isURI() || label == null || !label.isLiteral() || rank == null) {
                continue;
            }
            int r = ((Number) rank.getLiteralValue()).intValue();
            best.computeIfAbsent(s.getURI(), k -> new Candidates())
                    .offer(label.getLiteralLanguage(), label.getLiteralLexicalForm(), r);
        }
        Map<String, Label> out = new HashMap<>();
        best.forEach((iri, c) -> {
            Label l = Label.of(c.vi, c.en);
            if (l != null) {
                out.put(iri, l);
            }
        });
        return out;
    }

    /** The best name so far in each language; a tagged name beats an untagged one of the same rank. */
    private static final class Candidates {
        String vi;
        String en;
        int viRank = Integer.MAX_VALUE;
        int enRank = Integer.MAX_VALUE;

        void offer(String lang, String text, int rank) {
            if (text.isBlank()) {
                return;
            }
            String l = lang.toLowerCase(java.util.Locale.ROOT);
            int weight = rank * 2 + (l.isEmpty() ? 1 : 0);
            if ((l.isEmpty() || l.equals("vi")) && better(weight, text, viRank, vi)) {
                vi = text;
                viRank = weight;
            }
            if ((l.isEmpty() || l.equals("en")) && better(weight, text, enRank, en)) {
                en = text;
                enRank = weight;
            }
        }

        /** Lower weight wins; between equals, the first in code-point order, so a page names a thing the same way twice. */
        private static boolean better(int weight, String text, int bestWeight, String best) {
            return weight < bestWeight || (weight == bestWeight && text.compareTo(best) < 0);
        }
    }
}
