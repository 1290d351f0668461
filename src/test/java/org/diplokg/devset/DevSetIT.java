package org.diplokg.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.support.CliRun;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development set in data/devset: every gold list names an article that exists with the stated
 * SHA-256, every offset names exactly the text it claims (code points into the file as stored), and
 * {@code eval --set dev} reads all of it and writes its scores file. The test part is checked for
 * form only; its scores are measured by hand at the end, never asserted here.
 */
class DevSetIT {

    private static final List<String> DEV_TYPES =
            List.of("persons", "personTitles", "countries", "events", "partnershipLevels", "relations", "postings");
    private final JsonMapper json = JsonMapper.builder().build();
    private final Path devset = ProjectPaths.project().resolve("data/devset");

    @Test
    void everyGoldOffsetNamesTheTextItClaimsInBothParts() throws IOException {
        int spans = 0;
        for (String part : List.of("dev", "test")) {
            List<Path> golds = goldFiles(part);
            assertThat(golds).as(part + " gold lists").hasSizeGreaterThanOrEqualTo(part.equals("dev") ? 30 : 15);
            for (Path g : golds) {
                JsonNode gold = json.readTree(g.toFile());
                Path article = devset.resolve(part)
                        .resolve("articles")
                        .resolve(gold.get("article").asString());
                assertThat(article).as("article of " + g).isRegularFile();
                byte[] bytes = Files.readAllBytes(article);
                assertThat(sha256(bytes))
                        .as("sha256 of " + article)
                        .isEqualTo(gold.get("sha256").asString());
                String text = new String(bytes, StandardCharsets.UTF_8);
                for (JsonNode span : spans(gold)) {
                    int start = span.get("start").asInt();
                    int end = span.get("end").asInt();
                    assertThat(start)
                            .as(g + " span " + span)
                            .isGreaterThanOrEqualTo(0)
                            .isLessThan(end);
                    assertThat(end).as(g + " span " + span).isLessThanOrEqualTo(text.codePointCount(0, text.length()));
                    String named = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                    assertThat(named)
                            .as(g.getFileName() + " offsets " + start + "-" + end)
                            .isEqualTo(span.get("text").asString());
                    spans++;
                }
                assertPersonsAreNamed(g, gold);
            }
        }
        assertThat(spans).as("annotated spans").isGreaterThan(500);
    }

    @Test
    void evalOnTheDevPartScoresEveryAnnotatedFactAndWritesTheScoresFile(@TempDir Path tmp) throws IOException {
        Path scores = tmp.resolve("dev-scores.json");
        CliRun run = CliRun.run(
                "eval",
                "--set",
                "dev",
                "--gold",
                devset.resolve("dev/gold").toString(),
                "--articles",
                devset.resolve("dev/articles").toString(),
                "--reference",
                ProjectPaths.project().resolve("data/reference").toString(),
                "--out",
                scores.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Evaluation on " + goldFiles("dev").size() + " annotated article(s)");
        assertThat(scores).isRegularFile();
        JsonNode s = json.readTree(scores.toFile());
        for (String type : DEV_TYPES) {
            JsonNode t = s.get(type);
            assertThat(t.get("articles").asInt())
                    .as(type + " annotated in every dev article")
                    .isEqualTo(goldFiles("dev").size());
            assertThat(t.get("truePositives").asInt() + t.get("falseNegatives").asInt())
                    .as(type + " gold facts read")
                    .isPositive();
            assertThat(t.get("precision").asDouble()).isBetween(0.0, 1.0);
            assertThat(t.get("recall").asDouble()).isBetween(0.0, 1.0);
        }
        int countries = 0;
        for (Path g : goldFiles("dev")) {
            Set<String> codes = new HashSet<>();
            json.readTree(g.toFile()).get("countries").forEach(c -> codes.add(c.asString()));
            countries += codes.size();
        }
        JsonNode c = s.get("countries");
        assertThat(c.get("truePositives").asInt() + c.get("falseNegatives").asInt())
                .as("every gold country scored once")
                .isEqualTo(countries);
    }

    @Test
    void theDevelopmentSetAddsNothingToWhatServeLoadsFromData() throws IOException {
        assertThat(RdfFiles.underDirectory(devset, "https://w3id.org/diplokg/"))
                .as("RDF sources under data/devset")
                .isEmpty();
    }

    private void assertPersonsAreNamed(Path g, JsonNode gold) {
        Set<String> persons = new HashSet<>();
        gold.get("persons").forEach(p -> persons.add(p.get("name").asString()));
        gold.get("personTitles")
                .forEach(t -> assertThat(persons)
                        .as(g + " title holder")
                        .contains(t.get("person").asString()));
        gold.get("postings")
                .forEach(t -> assertThat(persons)
                        .as(g + " posted person")
                        .contains(t.get("person").asString()));
        gold.get("countries")
                .forEach(cc -> assertThat(cc.asString()).as(g + " country code").matches("[A-Z]{2}"));
    }

    private static List<JsonNode> spans(JsonNode gold) {
        List<JsonNode> out = new ArrayList<>();
        for (String field :
                List.of("persons", "personTitles", "events", "partnershipLevels", "relations", "postings")) {
            gold.get(field).forEach(out::add);
        }
        return out;
    }

    private List<Path> goldFiles(String part) throws IOException {
        try (Stream<Path> s = Files.list(devset.resolve(part).resolve("gold"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
