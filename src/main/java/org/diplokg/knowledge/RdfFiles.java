package org.diplokg.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.store.RdfSource;

/**
 * Turns files into load sources following the named-graph convention: a Turtle or N-Triples file
 * {@code data/reference/aliases.ttl} becomes graph {@code <base>graph/reference/aliases};
 * TriG and N-Quads files name their own graphs.
 */
public final class RdfFiles {

    private RdfFiles() {}

    public static Optional<Lang> langOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (plain.endsWith(".json") || plain.indexOf('.') < 0) {
            return Optional.empty(); // gold lists and other JSON are not RDF
        }
        return Optional.ofNullable(RDFLanguages.filenameToLang(plain));
    }

    /** Every RDF file under {@code root}, sorted, each mapped to its graph. */
    public static List<RdfSource> underDirectory(Path root, String baseIri) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .flatMap(f -> langOf(f).map(lang -> new RdfSource(f, lang, graphFor(root, f, baseIri))).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    /** A source for one file given on the command line. */
    public static RdfSource single(Path file, String graphIri, String baseIri) {
        Lang lang = langOf(file)
                .orElseThrow(() -> new IllegalArgumentException("Unknown RDF format for " + file
                        + " (use .ttl, .nt, .trig, .nq, .jsonld or .rdf, optionally .gz)"));
        Node graph = graphIri != null
                ? NodeFactory.createURI(graphIri)
                : graphFor(file.toAbsolutePath().getParent(), file.toAbsolutePath(), baseIri);
        return new RdfSource(file, lang, graph);
    }

    static Node graphFor(Path root, Path file, String baseIri) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            rel = rel.substring(0, rel.length() - 3);
        }
        int dot = rel.lastIndexOf('.');
        String stem = dot > 0 ? rel.substring(0, dot) : rel;
        return NodeFactory.createURI(new IriPolicy(baseIri).graph(stem));
    }
}
