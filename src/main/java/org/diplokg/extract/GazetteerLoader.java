package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;

/**
 * Builds the gazetteer from what the graph knows (queries/extract/gazetteer.rq, so it works on the
 * embedded and on a remote store) plus the built-in organisations (extract/organizations.tsv).
 */
public final class GazetteerLoader {

    private static final Query GAZETTEER = SparqlFiles.query("queries/extract/gazetteer.rq");

    private GazetteerLoader() {}

    public static Gazetteer fromStore(KnowledgeStore store, String baseIri) {
        QueryOutcome outcome = store.query(GAZETTEER, QueryOptions.of(Duration.ofMinutes(2), Long.MAX_VALUE));
        return build(((QueryOutcome.Select) outcome).rows(), baseIri);
    }

    /** For rows obtained elsewhere (an in-memory dataset in the evaluation). */
    public static Gazetteer fromRows(Function<Query, List<Binding>> select, String baseIri) {
        return build(select.apply(GAZETTEER), baseIri);
    }

    private static Gazetteer build(List<Binding> rows, String baseIri) {
        Gazetteer g = new Gazetteer();
        Set<String> known = new HashSet<>();
        Map<String, String[]> names = new HashMap<>();
        for (Binding b : rows) {
            Node entity = b.get(Var.alloc("entity"));
            Node label = b.get(Var.alloc("label"));
            if (entity == null || !entity.isURI() || label == null || !label.isLiteral()) {
                continue;
            }
            String kind = b.get(Var.alloc("kind")).getLiteralLexicalForm();
            g.markKnown(entity.getURI());
            if (kind.equals("post")) {
                continue;
            }
            Node code = b.get(Var.alloc("code"));
            String lang = label.getLiteralLanguage();
            String text = label.getLiteralLexicalForm();
            known.add(entity.getURI());
            Gazetteer.Kind k = switch (kind) {
                case "country" -> Gazetteer.Kind.COUNTRY;
                case "organization" -> Gazetteer.Kind.ORGANIZATION;
                default -> Gazetteer.Kind.PERSON;
            };
            String cc = code == null ? null : code.getLiteralLexicalForm();
            g.add(new Gazetteer.Entry(k, entity.getURI(), text, cc, true, null, null));
            if (cc != null) {
                String[] n = names.computeIfAbsent(cc, x -> new String[] {cc, cc});
                if ("vi".equals(lang) && (n[0].equals(cc) || text.length() < n[0].length())) {
                    n[0] = text;
                }
                if ("en".equals(lang)) {
                    n[1] = text;
                }
            }
        }
        names.forEach((cc, n) -> g.nameCountry(cc, n[0], n[1]));
        for (String[] org : resourceRows("/extract/organizations.tsv")) {
            String iri = new IriPolicy(baseIri).entity("org", org[0]);
            boolean inStore = known.contains(iri);
            for (String label : org[2].split("\\|")) {
                g.add(new Gazetteer.Entry(Gazetteer.Kind.ORGANIZATION, iri, label, null, inStore, org[1], org[3]));
            }
        }
        return g;
    }

    /** City (normalised, lowercase) to {ISO alpha-2, English name}. */
    public static Map<String, String[]> cities() {
        Map<String, String[]> cities = new HashMap<>();
        for (String[] row : resourceRows("/extract/cities.tsv")) {
            cities.put(VietnameseText.normalize(row[0]).toLowerCase(Locale.ROOT), new String[] {row[1], row[2]});
        }
        return cities;
    }

    /** The rows of a tab-separated resource of this package's data, blank lines and # comments skipped. */
    static List<String[]> resourceRows(String resource) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(GazetteerLoader.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
