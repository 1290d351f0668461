package org.diplokg.profiles;

import static org.diplokg.store.Bindings.text;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.QueryOutcome;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Component;

/** Chooses the profile of an entity from its classes, by the table in {@code profiles/types.tsv} (data, not code). */
@Component
public class ProfileTypes {

    private static final String DK = "https://w3id.org/diplokg/ontology#";
    private static final QueryOptions OPTIONS = QueryOptions.of(Duration.ofSeconds(10), 1000);

    private final KnowledgeStore store;
    private final Query typesOf = SparqlFiles.query("queries/profiles/types-of.rq");
    private final Map<String, String> profileByClass = new LinkedHashMap<>();

    public ProfileTypes(KnowledgeStore store) {
        this.store = store;
        for (String line : SparqlFiles.text("profiles/types.tsv").split("\n")) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length == 2) {
                profileByClass.put(DK + f[0].trim(), f[1].trim());
            }
        }
    }

    /** The profile type of the entity, empty when none of its classes has one. */
    public Optional<String> typeOf(String iri) {
        Set<String> classes = ((QueryOutcome.Select)
                        store.query(SparqlFiles.bind(typesOf, Map.of("entity", NodeFactory.createURI(iri))), OPTIONS))
                .rows().stream().map(b -> text(b, "type")).collect(Collectors.toSet());
        return profileByClass.entrySet().stream()
                .filter(e -> classes.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
