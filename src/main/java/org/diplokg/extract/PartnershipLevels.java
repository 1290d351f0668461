package org.diplokg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The names of partnership levels, read from the ontology: the Vietnamese {@code skos:prefLabel}
 * and {@code skos:altLabel} of every concept of {@code dk:PartnershipLevelScheme}. One list, the
 * ontology's: a new wording of a level is an altLabel there, not a string in Java.
 */
public final class PartnershipLevels {

    private static final String DK = "https://w3id.org/diplokg/ontology#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private final QuickPattern pattern;
    private final Map<String, String> levelByLabel;

    private PartnershipLevels(Map<String, String> levelByLabel) {
        this.levelByLabel = levelByLabel;
        List<String> labels = new ArrayList<>(levelByLabel.keySet());
        labels.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = QuickPattern.compile(
                "(?<![\\p{L}])(?:"
                        + String.join("|", labels.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static PartnershipLevels fromOntology() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = PartnershipLevels.class.getResourceAsStream("/ontology/diplokg.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/diplokg.ttl is not on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byLabel = new TreeMap<>();
        Node scheme = NodeFactory.createURI(DK + "PartnershipLevelScheme");
        for (Triple t : g.find(Node.ANY, NodeFactory.createURI(SKOS + "inScheme"), scheme)
                .toList()) {
            for (String p : List.of("prefLabel", "altLabel")) {
                g.find(t.getSubject(), NodeFactory.createURI(SKOS + p), Node.ANY)
                        .forEachRemaining(l -> {
                            if (l.getObject().isLiteral()
                                    && "vi".equals(l.getObject().getLiteralLanguage())) {
                                byLabel.put(
                                        l.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT),
                                        t.getSubject().getURI());
                            }
                        });
            }
        }
        if (byLabel.isEmpty()) {
            throw new IllegalStateException(
                    "no Vietnamese labels of dk:PartnershipLevelScheme concepts in the ontology");
        }
        return new PartnershipLevels(byLabel);
    }

    /** A matcher for {@link #find}. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The next level named in {@code text} after the last one {@code m} found. */
    public boolean find(Matcher m, CharSequence text) {
        return pattern.find(m, text);
    }

    /** The level IRI of a matched label. */
    public String level(String matched) {
        return levelByLabel.get(matched.toLowerCase(Locale.ROOT));
    }

    public Map<String, String> labels() {
        return levelByLabel;
    }
}
