package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.diplokg.support.ProjectDataServer;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each profile section's answer for the entity of its {@code # example:} line, on the project's
 * data, equals the answer pinned in {@code src/test/resources/profiles/answers/<type>/<name>.tsv}
 * (one row per line, {@code var=value} cells, IRIs as paths on this server). Run with
 * {@code PROFILES_PIN=write} in the environment to rewrite the files after a deliberate data change, then review the diff.
 */
class ProfileSectionAnswersIT extends ProjectDataServer {

    private static final String BASE = "https://w3id.org/diplokg/";

    @Autowired
    ProfileService profiles;

    static Stream<ProfileSection> sections() {
        return new ProfileSections().all().values().stream().flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void sectionAnswerOnTheProjectDataIsThePinnedOne(ProfileSection section) throws IOException {
        String example = section.text()
                .lines()
                .filter(l -> l.startsWith("# example: "))
                .findFirst()
                .orElseThrow()
                .substring(11)
                .trim();
        Profile.Answer answer = profiles.answer(section, BASE + example.substring(1));
        StringBuilder actual = new StringBuilder("# " + example + "\n");
        for (Map<String, Node> row : answer.rows()) {
            StringJoiner cells = new StringJoiner("\t");
            row.forEach((k, v) -> cells.add(k + "="
                    + (v.isURI() ? v.getURI().replace(BASE, "/") : v.isLiteral() ? v.getLiteralLexicalForm() : "_")));
            actual.append(cells).append('\n');
        }
        Path pinned = ProjectPaths.project()
                .resolve("src/test/resources/profiles/answers/" + section.type() + "/" + section.name() + ".tsv");
        if ("write".equals(System.getenv("PROFILES_PIN"))) {
            Files.createDirectories(pinned.getParent());
            Files.writeString(pinned, actual.toString(), StandardCharsets.UTF_8);
        }
        assertThat(pinned)
                .as("pinned answer of " + section.type() + "/" + section.name())
                .exists();
        assertThat(actual.toString()).isEqualTo(Files.readString(pinned, StandardCharsets.UTF_8));
    }
}
