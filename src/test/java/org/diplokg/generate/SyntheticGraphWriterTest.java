package org.diplokg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.support.GeneratedGraphs;
import org.diplokg.support.ProjectPaths;
import org.diplokg.validation.ShaclChangeValidator;
import org.diplokg.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated graph is reproducible, conforms to the shapes together with data/, and has the promised shape. */
class SyntheticGraphWriterTest {

    private static final String DK = "https://w3id.org/diplokg/ontology#";

    @TempDir
    Path dir;

    private final Path data = ProjectPaths.project().resolve("data");

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDiffers() throws IOException {
        Path a = dir.resolve("a.nq.gz");
        Path b = dir.resolve("b.nq.gz");
        Path c = dir.resolve("c.nq.gz");
        long n = SyntheticGraphWriter.write(a, 4_000, 7, data, x -> {});
        SyntheticGraphWriter.write(b, 4_000, 7, data, x -> {});
        SyntheticGraphWriter.write(c, 4_000, 8, data, x -> {});
        assertThat(n).as("at least the size asked for").isGreaterThanOrEqualTo(4_000L);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
    }

    @Test
    void smallGeneratedFileWithProjectDataPassesTheShapes() throws IOException {
        Path file = dir.resolve("small.nq.gz");
        DatasetGraph dsg = GeneratedGraphs.generate(file, 3_000, 11);
        long generated = dsg.stream().count();
        RdfFiles.underDirectory(data, "https://w3id.org/diplokg/").forEach(s -> s.parse(dsg));
        OntologyFiles ontology = new OntologyFiles();
        Graph all = GraphFactory.createDefaultGraph();
        ontology.ontology().find().forEachRemaining(all::add);
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));

        List<Violation> violations = new ShaclChangeValidator(ontology.shapes()).validate(all);

        assertThat(generated).isGreaterThanOrEqualTo(3_000);
        assertThat(violations).isEmpty();
    }

    @Test
    void graphHasCountriesCareersConcurrentAccreditationsAndArticleGraphs() throws IOException {
        Path file = dir.resolve("shape.nq.gz");
        DatasetGraph dsg = GeneratedGraphs.generate(file, 60_000, 3);
        Map<Node, Integer> holdingsPerPerson = new HashMap<>();
        Map<Node, Integer> participantsPerEvent = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, iri(DK + "holder"), Node.ANY)
                .forEachRemaining(q -> holdingsPerPerson.merge(q.getObject(), 1, Integer::sum));
        dsg.find(Node.ANY, Node.ANY, iri(DK + "participant"), Node.ANY)
                .forEachRemaining(q -> participantsPerEvent.merge(q.getSubject(), 1, Integer::sum));
        long embassies = dsg.stream(
                        Node.ANY, Node.ANY, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri(DK + "Embassy"))
                .count();
        long concurrent =
                dsg.stream(Node.ANY, Node.ANY, iri(DK + "concurrent"), Node.ANY).count();
        long articleGraphs = java.util.stream.StreamSupport.stream(
                        java.util.Spliterators.spliteratorUnknownSize(dsg.listGraphNodes(), 0), false)
                .filter(g -> g.getURI().contains("/graph/article/"))
                .count();
        long evidenceWithOffsets = dsg.stream(Node.ANY, Node.ANY, iri(DK + "startOffset"), Node.ANY)
                .count();
        long vi = dsg.stream()
                .filter(q ->
                        q.getObject().isLiteral() && "vi".equals(q.getObject().getLiteralLanguage()))
                .count();
        long en = dsg.stream()
                .filter(q ->
                        q.getObject().isLiteral() && "en".equals(q.getObject().getLiteralLanguage()))
                .count();

        assertThat(embassies).isGreaterThanOrEqualTo(180);
        assertThat(concurrent).isPositive();
        assertThat(holdingsPerPerson.values().stream().filter(h -> h >= 3).count())
                .isGreaterThan(10);
        assertThat(articleGraphs).isGreaterThan(100);
        assertThat(evidenceWithOffsets).isGreaterThan(articleGraphs * 5);
        assertThat(vi).isPositive();
        assertThat(en).isPositive();
        // power law: most events have the four fixed participants, a few have many more
        long typical =
                participantsPerEvent.values().stream().filter(p -> p <= 5).count();
        int most = participantsPerEvent.values().stream().max(Integer::compare).orElseThrow();
        assertThat(typical).isGreaterThan(participantsPerEvent.size() / 2);
        assertThat(most).isGreaterThanOrEqualTo(12);
    }

    private static Node iri(String s) {
        return org.apache.jena.graph.NodeFactory.createURI(s);
    }
}
