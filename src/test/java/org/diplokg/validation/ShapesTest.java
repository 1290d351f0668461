package org.diplokg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes accept the project's knowledge and catch what they are for: every deliberately
 * broken example in {@code ontology/examples/invalid} fails on the property its header names.
 */
class ShapesTest {

    private static Graph ontology;
    private static ShaclChangeValidator validator;

    @BeforeAll
    static void load() {
        Path dir = ProjectPaths.project().resolve("ontology");
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("diplokg.ttl")).lang(Lang.TURTLE).parse(ontology);
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("shapes.ttl")).lang(Lang.TURTLE).parse(shapes);
        validator = new ShaclChangeValidator(shapes);
    }

    private static Graph withOntology(DatasetGraph data) {
        Graph all = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(all::add);
        data.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }

    @Test
    void projectDataHasNoViolations() {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RdfFiles.underDirectory(ProjectPaths.project().resolve("data"), "https://w3id.org/diplokg/")
                .forEach(s -> RDFParser.source(s.file()).lang(s.lang()).parse(StreamRDFLib.dataset(dsg)));
        assertThat(dsg.find().hasNext()).isTrue();
        List<Violation> violations = validator.validate(withOntology(dsg));
        assertThat(violations).as("SHACL violations in data/").isEmpty();
    }

    @Test
    void validExamplesHaveNoViolations() throws IOException {
        Path dir = ProjectPaths.project().resolve("ontology/examples/valid");
        assertThat(dir).as("valid examples").isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> examples = files.sorted().toList();
            assertThat(examples).as("valid examples in " + dir).isNotEmpty();
            for (Path f : examples) {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                RDFParser.source(f).parse(StreamRDFLib.dataset(dsg));
                assertThat(validator.validate(withOntology(dsg)))
                        .as(f.getFileName().toString())
                        .isEmpty();
            }
        }
    }

    static List<Path> invalidExamples() throws IOException {
        try (Stream<Path> files = Files.list(ProjectPaths.project().resolve("ontology/examples/invalid"))) {
            List<Path> examples =
                    files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
            if (examples.isEmpty()) {
                throw new IllegalStateException(
                        "no invalid examples in ontology/examples/invalid: the shapes would go untested");
            }
            return examples;
        }
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void brokenExampleViolatesTheShapeItNames(Path example) throws IOException {
        String expectedPath = Files.readAllLines(example).stream()
                .filter(l -> l.startsWith("# expect-path:"))
                .map(l -> l.substring("# expect-path:".length()).trim())
                .findFirst()
                .orElseThrow();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(example).lang(Lang.TURTLE).parse(StreamRDFLib.dataset(dsg));
        List<Violation> violations = validator.validate(withOntology(dsg));
        assertThat(violations).as(example.getFileName().toString()).isNotEmpty();
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo("<" + expectedPath + ">");
            assertThat(v.message()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void writePathRefusesEachBrokenExampleOnTheSamePath(Path example) throws IOException {
        String expectedPath = Files.readAllLines(example).stream()
                .filter(l -> l.startsWith("# expect-path:"))
                .map(l -> l.substring("# expect-path:".length()).trim())
                .findFirst()
                .orElseThrow();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(example).lang(Lang.TURTLE).parse(StreamRDFLib.dataset(dsg));
        java.util.Set<org.apache.jena.graph.Node> changed = new java.util.HashSet<>();
        dsg.find().forEachRemaining(q -> changed.add(q.getSubject()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.checkNodes(withOntology(dsg), changed))
                .as(example.getFileName().toString())
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .anySatisfy(v -> assertThat(v.path()).isEqualTo("<" + expectedPath + ">")));
    }
}
