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
import java.util.concurrent.CompletableFuture;
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
    private static final long MAX_ROWS = 2_000;

    private final KnowledgeStore store;
    private final ProfileSections sections;
    private final ProfileTypes types;
    private final LabelLookup labels;
    private final SectionPool pool;
    private final QueryOptions options;
    private final int tableRows;

    public ProfileService(
            KnowledgeStore store,
            ProfileSections sections,
            ProfileTypes types,
            LabelLookup labels,
            SectionPool pool,
            ProfileProperties settings) {
        this.store = store;
        this.sections = sections;
        this.types = types;
        this.labels = labels;
        this.pool = pool;
        ProfileProperties set = settings == null ? ProfileProperties.defaults() : settings;
        this.options = QueryOptions.of(set.sectionTimeout(), MAX_ROWS);
        this.tableRows = set.tableRows();
    }

    /** The entity's profile type, empty when its classes have none. */
    public Optional<String> typeOf(String iri) {
        return types.typeOf(iri);
    }

    /** The profile of the entity, empty when its classes have no profile type. */
    public Optional<Profile> profile(String iri) {
        return types.typeOf(iri).map(type -> profile(iri, type));
    }

    public Profile profile(String iri, String type) {
        return profile(iri, type, options);
    }

    /** The profile with each section's query under {@code timeout} (background builds allow more than pages do). */
    public Profile profile(String iri, String type, Duration timeout) {
        return profile(iri, type, QueryOptions.of(timeout, MAX_ROWS));
    }

    private Profile profile(String iri, String type, QueryOptions limits) {
        List<Profile.Answer> answers = new ArrayList<>();
        Set<String> mentioned = new LinkedHashSet<>();
        mentioned.add(iri);
        StringBuilder timings = new StringBuilder();
        long start = System.nanoTime();
        List<ProfileSection> all = sections.of(type);
        List<CompletableFuture<Timed>> running = new ArrayList<>();
        for (ProfileSection s : all) {
            running.add(pool.submit(() -> timed(s, iri, limits)));
        }
        for (int i = 0; i < all.size(); i++) {
            ProfileSection s = all.get(i);
            Timed t;
            try {
                t = SectionPool.result(running.get(i));
            } catch (QueryTimeoutException e) {
                LOG.warn("profile {}: section {} ran past its time limit", iri, s.name());
                answers.add(Profile.Answer.timedOut(s));
                timings.append(' ').append(s.name()).append("=timed-out");
                continue;
            }
            timings.append(' ').append(s.name()).append('=').append(t.ms());
            Profile.Answer a = "table".equals(s.display()) && s.history() == null
                    ? t.answer().capped(tableRows)
                    : t.answer();
            if (!a.rows().isEmpty()) {
                answers.add(a);
                a.rows().forEach(r -> r.values().stream().filter(Node::isURI).forEach(n -> mentioned.add(n.getURI())));
            }
        }
        long t0 = System.nanoTime();
        Map<String, Label> names = labels.labels(mentioned);
        LOG.info(
                "profile {} in {} ms (sections {} ms):{} labels({})={}",
                iri,
                ms(start),
                (t0 - start) / 1_000_000,
                timings,
                mentioned.size(),
                ms(t0));
        Label own = names.get(iri);
        return new Profile(
                iri, type, own != null ? own : new Label(Cells.localName(iri), Cells.localName(iri)), answers, names);
    }

    private Timed timed(ProfileSection s, String iri, QueryOptions limits) {
        long t0 = System.nanoTime();
        Profile.Answer a = answer(s, iri, limits);
        return new Timed(a, ms(t0));
    }

    /** A section's answer and how long its query took. */
    private record Timed(Profile.Answer answer, long ms) {}

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** One section's answer for the entity: the rows as variable → term, in the query's order. */
    public Profile.Answer answer(ProfileSection s, String iri) {
        return answer(s, iri, options);
    }

    private Profile.Answer answer(ProfileSection s, String iri, QueryOptions limits) {
        Query bound = SparqlFiles.bind(s.query(), Map.of("entity", NodeFactory.createURI(iri)));
        QueryOutcome.Select select = (QueryOutcome.Select) store.query(bound, limits);
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
