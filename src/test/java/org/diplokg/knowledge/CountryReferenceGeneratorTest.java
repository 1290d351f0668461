package org.diplokg.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;

class CountryReferenceGeneratorTest {

    private final CountryReferenceGenerator generator = new CountryReferenceGenerator();

    @Test
    void coversAllUnMemberAndObserverStates() {
        var states = generator.states();
        assertThat(states).hasSize(195);
        assertThat(states.stream().filter(CountryReferenceGenerator.State::member))
                .hasSize(193);
        assertThat(states.stream().filter(s -> !s.member()).map(CountryReferenceGenerator.State::alpha2))
                .containsExactlyInAnyOrder("VA", "PS");
    }

    @Test
    void namesComeFromCldrInVietnameseAndEnglish() {
        var vn = generator.states().stream()
                .filter(s -> s.alpha2().equals("VN"))
                .findFirst()
                .orElseThrow();
        assertThat(vn.nameVi()).isEqualTo("Việt Nam");
        assertThat(vn.nameEn()).isEqualTo("Vietnam");
        assertThat(vn.alpha3()).isEqualTo("VNM");
        assertThat(vn.numeric()).isEqualTo("704");
        var de = generator.states().stream()
                .filter(s -> s.alpha2().equals("DE"))
                .findFirst()
                .orElseThrow();
        assertThat(de.nameVi()).isEqualTo("Đức");
    }

    @Test
    void committedCountryFileIsExactlyWhatTheGeneratorProduces() throws Exception {
        Path committed = ProjectPaths.project().resolve("data/reference/countries.ttl");
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .isEqualTo(generator.turtle("https://w3id.org/diplokg/"));
    }

    @Test
    void generatedTurtleParses() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(generator.turtle("https://w3id.org/diplokg/"), Lang.TURTLE)
                .parse(g);
        assertThat(g.contains(
                        NodeFactory.createURI("https://w3id.org/diplokg/id/country/US"),
                        NodeFactory.createURI("https://w3id.org/diplokg/ontology#isoAlpha3"),
                        NodeFactory.createLiteralString("USA")))
                .isTrue();
    }
}
