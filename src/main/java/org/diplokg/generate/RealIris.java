package org.diplokg.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.store.RdfSource;

/**
 * The countries, persons and posts of the project's {@code data/}, sorted, which the synthetic
 * graph reuses so that it links to the curated knowledge and the library's default parameters.
 */
record RealIris(List<String> countries, List<Node> persons, List<Node> posts) {

    /** A country other than VN, chosen by {@code i}: the same {@code i} gives the same country. */
    String otherCountry(int i) {
        String cc = countries.get(Math.floorMod(i, countries.size()));
        return cc.equals("VN") ? countries.get(Math.floorMod(i + 1, countries.size())) : cc;
    }

    static RealIris read(Path data) {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException(
                    "No data directory " + data + " (the generator reuses its countries; use --data DIR)");
        }
        DatasetGraph real = DatasetGraphFactory.createGeneral();
        for (RdfSource s : RdfFiles.underDirectory(data, SyntheticTerms.BASE)) {
            s.parse(real);
        }
        List<String> countries = new ArrayList<>();
        List<Node> persons = new ArrayList<>();
        List<Node> posts = new ArrayList<>();
        String countryPrefix = SyntheticTerms.ID + "country/";
        real.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            String o = q.getObject().isURI() ? q.getObject().getURI() : "";
            if (o.equals(SyntheticTerms.DK + "Country")
                    && q.getSubject().isURI()
                    && q.getSubject().getURI().startsWith(countryPrefix)) {
                countries.add(q.getSubject().getURI().substring(countryPrefix.length()));
            } else if (o.equals(SyntheticTerms.DK + "Person")) {
                persons.add(q.getSubject());
            } else if (o.equals(SyntheticTerms.DK + "Post")) {
                posts.add(q.getSubject());
            }
        });
        if (countries.size() < 2) {
            throw new IllegalArgumentException("The data directory " + data + " lists fewer than two countries");
        }
        Comparator<Node> byIri = Comparator.comparing(Node::getURI);
        return new RealIris(
                countries.stream().distinct().sorted().toList(),
                persons.stream().filter(Node::isURI).distinct().sorted(byIri).toList(),
                posts.stream().filter(Node::isURI).distinct().sorted(byIri).toList());
    }
}
