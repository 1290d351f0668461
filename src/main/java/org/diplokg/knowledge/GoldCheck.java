package org.diplokg.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the gold lists of the seed annotations ({@code data/annotations/gold/*.json}) with the
 * store and lists every annotated fact the store does not hold.
 */
@Component
public class GoldCheck {

    private final KnowledgeStore store;
    private final IriPolicy iris;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Query holding = SparqlFiles.query("queries/knowledge/gold-holding.rq");
    private final Query document = SparqlFiles.query("queries/knowledge/gold-document.rq");
    private final Query eventDate = SparqlFiles.query("queries/knowledge/gold-event-date.rq");
    private final Query country = SparqlFiles.query("queries/knowledge/gold-country.rq");
    private final Query person = SparqlFiles.query("queries/knowledge/gold-person.rq");

    public GoldCheck(KnowledgeStore store, IriPolicy iris) {
        this.store = store;
        this.iris = iris;
    }

    public Map<String, List<String>> missing(Path goldDirectory) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        if (goldDirectory == null || !Files.isDirectory(goldDirectory)) {
            return missing;
        }
        try (Stream<Path> files = Files.list(goldDirectory)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                missing.put(f.getFileName().toString(), check(f));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return missing;
    }

    private List<String> check(Path goldFile) throws IOException {
        JsonNode gold = json.readTree(goldFile.toFile());
        List<String> absent = new ArrayList<>();
        for (JsonNode h : gold.path("personsWithPosts")) {
            String person = h.path("person").asString();
            String post = h.path("post").asString();
            if (!ask(holding, Map.of("person", iri(person), "post", iri(post)))) {
                absent.add("holding " + person + " -> " + post);
            }
        }
        for (JsonNode d : gold.path("policyDocuments")) {
            String number = d.path("number").asString();
            if (!ask(document, Map.of("number", NodeFactory.createLiteralString(number)))) {
                absent.add("policy document " + number);
            }
        }
        for (JsonNode e : gold.path("eventDates")) {
            String event = e.path("event").asString();
            String date = e.path("date").asString();
            if (!ask(eventDate, Map.of("event", iri(event), "date", NodeFactory.createLiteralString(date)))) {
                absent.add("event " + event + " on " + date);
            }
        }
        completed(gold, absent);
        Node article = articleGraph(goldFile);
        if (article != null) {
            for (JsonNode c : gold.path("countries")) {
                String code = c.isString() ? c.asString() : c.path("code").asString();
                if (!ask(country, Map.of("graph", article, "country", iri(iris.entity("country", code))))) {
                    absent.add("country " + code);
                }
            }
        }
        return absent;
    }

    /**
     * The completed annotation (persons, titles, ambassadors' postings, events), where the gold list
     * names the IRIs it annotated them with; entries without IRIs (the development set's) are skipped.
     */
    private void completed(JsonNode gold, List<String> absent) {
        for (JsonNode p : gold.path("persons")) {
            if (p.hasNonNull("iri")
                    && !ask(person, Map.of("person", iri(p.get("iri").asString())))) {
                absent.add("person " + p.get("iri").asString());
            }
        }
        for (JsonNode t : gold.path("personTitles")) {
            if (t.hasNonNull("personIri")) {
                holding(
                        t.get("personIri").asString(),
                        iris.entity("post", t.path("post").asString()),
                        absent);
            }
        }
        for (JsonNode t : gold.path("postings")) {
            if (t.hasNonNull("personIri")) {
                String sending = t.path("sendingState").asString().toLowerCase(java.util.Locale.ROOT);
                String receiving = t.path("receivingState").asString().toLowerCase(java.util.Locale.ROOT);
                String post =
                        sending.equals("vn") ? "vn-ambassador-" + receiving : sending + "-ambassador-" + receiving;
                holding(t.get("personIri").asString(), iris.entity("post", post), absent);
            }
        }
        for (JsonNode e : gold.path("events")) {
            if (e.hasNonNull("event")
                    && !ask(
                            eventDate,
                            Map.of(
                                    "event",
                                    iri(e.get("event").asString()),
                                    "date",
                                    NodeFactory.createLiteralString(
                                            e.path("date").asString())))) {
                absent.add("event " + e.get("event").asString() + " on "
                        + e.path("date").asString());
            }
        }
    }

    private void holding(String personIri, String postIri, List<String> absent) {
        if (!ask(holding, Map.of("person", iri(personIri), "post", iri(postIri)))) {
            absent.add("holding " + personIri + " -> " + postIri);
        }
    }

    /** The seed's graph: {@code graph/article/} plus the first 16 hex digits of the article's SHA-256. */
    private Node articleGraph(Path goldFile) throws IOException {
        String stem = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path article =
                Path.of(System.getProperty("diplokg.seeds", "../shared/seeds")).resolve(stem + ".txt");
        if (!Files.exists(article)) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(article));
            return NodeFactory.createURI(
                    iris.graph("article/" + IriPolicy.hashKey(HexFormat.of().formatHex(digest))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s.startsWith("dk:") ? DiploKg.NS + s.substring(3) : s);
    }

    private boolean ask(Query q, Map<String, Node> values) {
        return ((QueryOutcome.Ask) store.query(SparqlFiles.bind(q, values), QueryOptions.of(Duration.ofSeconds(30), 1)))
                .answer();
    }
}
