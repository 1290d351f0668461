package org.diplokg.profiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.diplokg.store.Bindings;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Component;

/**
 * Names for every resource a profile page shows, in one query per page ({@code queries/profiles/labels.rq},
 * the resources bound in a VALUES block): section queries stay short, and no page shows an IRI where
 * the store has a name — labels, titles, or a name composed from the holder and post, the partnership and level.
 */
@Component
public class LabelLookup {

    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(10), 20_000);
    private static final int BATCH = 400;

    private final KnowledgeStore store;
    private final Query labels = SparqlFiles.query("queries/profiles/labels.rq");

    public LabelLookup(KnowledgeStore store) {
        this.store = store;
    }

    public Map<String, Label> labels(Collection<String> iris) {
        Map<String, Label> out = new HashMap<>();
        List<String> all = new ArrayList<>(iris);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<Binding> values = new ArrayList<>();
            for (String iri : all.subList(i, Math.min(all.size(), i + BATCH))) {
                values.add(BindingFactory.binding(Var.alloc("s"), NodeFactory.createURI(iri)));
            }
            // The VALUES block opens the pattern, so every OPTIONAL starts from the bound resources.
            Query q = labels.cloneQuery();
            ElementGroup pattern = new ElementGroup();
            ElementData data = new ElementData(List.of(Var.alloc("s")), values);
            pattern.addElement(data);
            ((ElementGroup) q.getQueryPattern()).getElements().forEach(pattern::addElement);
            q.setQueryPattern(pattern);
            for (Binding b : ((QueryOutcome.Select) store.query(q, OPTIONS)).rows()) {
                Label l = Label.of(Bindings.text(b, "vi"), Bindings.text(b, "en"));
                Node s = b.get(Var.alloc("s"));
                if (l != null && s != null) {
                    out.putIfAbsent(s.getURI(), l);
                }
            }
        }
        return out;
    }
}
