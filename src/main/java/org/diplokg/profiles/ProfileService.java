package org.diplokg.profiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.QueryTimeoutException;
import org.diplokg.store.SparqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Answers the section queries of an entity's profile, each bound to the entity on the parsed query. */
@Service
public class ProfileService {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileService.class);
    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(10), 2_000);

    private final KnowledgeStore store;
    private final ProfileSections sections;
    private final ProfileTypes types;
    private final LabelLookup labels;

    public ProfileService(KnowledgeStore store, ProfileSections sections, ProfileTypes types, LabelLookup labels) {
        this.store = store;
        this.sections = sections;
        this.types = types;
        this.labels = labels;
    }

    /** The profile of the entity, empty when its classes have no profile type. */
    public Optional<Profile> profile(String iri) {
        return types.typeOf(iri).map(type -> profile(iri, type));
    }

    public Profile profile(String iri, String type) {
        List<Profile.Answer> answers = new ArrayList<>();
        Set<String> mentioned = new LinkedHashSet<>();
        mentioned.add(iri);
        StringBuilder timings = LOG.isDebugEnabled() ? new StringBuilder() : null;
        long start = System.nanoTime();
        for (ProfileSection s : sections.of(type)) {
            long t0 = System.nanoTime();
            Profile.Answer a;
            try {
                a = answer(s, iri);
            } catch (QueryTimeoutException e) {
                LOG.warn("profile {}: section {} ran past its time limit", iri, s.name());
                answers.add(Profile.Answer.timedOut(s));
                continue;
            }
            if (timings != null) {
                timings.append(' ').append(s.name()).append('=').append(ms(t0));
            }
            if (!a.rows().isEmpty()) {
                answers.add(a);
                a.rows().forEach(r -> r.values().stream().filter(Node::isURI).forEach(n -> mentioned.add(n.getURI())));
            }
        }
        long t0 = System.nanoTime();
        Map<String, Label> names = labels.labels(mentioned);
        if (timings != null) {
            LOG.debug("profile {} in {} ms:{} labels({})={}", iri, ms(start), timings, mentioned.size(), ms(t0));
        }
        Label own = names.get(iri);
        return new Profile(
                iri, type, own != null ? own : new Label(Cells.localName(iri), Cells.localName(iri)), answers, names);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** One section's answer for the entity: the rows as variable → term, in the query's order. */
    public Profile.Answer answer(ProfileSection s, String iri) {
        Query bound = SparqlFiles.bind(s.query(), Map.of("entity", NodeFactory.createURI(iri)));
        QueryOutcome.Select select = (QueryOutcome.Select) store.query(bound, OPTIONS);
        List<String> vars = select.variables().stream().map(Var::getVarName).toList();
        List<Map<String, Node>> rows = new ArrayList<>();
        for (Binding b : select.rows()) {
            Map<String, Node> row = new LinkedHashMap<>();
            for (String v : vars) {
                Node n = b.get(Var.alloc(v));
                if (n != null) {
                    row.put(v, n);
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return new Profile.Answer(s, vars, rows);
    }

    Map<String, Label> labelsOf(Set<String> iris) {
        return new HashMap<>(labels.labels(iris));
    }
}
