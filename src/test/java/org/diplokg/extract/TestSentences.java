package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.ListAssert;
import org.diplokg.support.ProjectPaths;

/**
 * Reads sentences written for the extraction tests with the project's reference data as gazetteer, and lists what
 * the pipeline found as short strings, so that each rule test states its expectation in one line and all of them read
 * through the same pipeline. Every sentence is dated 20 May 2024 (the publication date the tests count from).
 */
final class TestSentences {

    static final String ID = "https://w3id.org/diplokg/id/";
    private static final String BASE = "https://w3id.org/diplokg/";

    /** The readings a sentence table (src/test/resources/extract/*.tsv) may name, by their column value. */
    private static final Map<String, Function<ArticleExtraction, List<String>>> READINGS = Map.of(
            "holdings", TestSentences::holdings,
            "holdingIris", TestSentences::holdingIris,
            "countries", TestSentences::countries,
            "events", TestSentences::events,
            "levels", TestSentences::levels,
            "relations", TestSentences::relations,
            "persons", TestSentences::persons);

    private TestSentences() {}

    /** Loaded once per test JVM, on first use; read only after that. */
    private static final class Reference {
        static final Gazetteer GAZETTEER =
                ReferenceGazetteer.fromDirectory(ProjectPaths.project().resolve("data/reference"), BASE);
        static final ExtractionPipeline PIPELINE = new ExtractionPipeline(BASE, GAZETTEER, GazetteerLoader.cities());
    }

    static Gazetteer gazetteer() {
        return Reference.GAZETTEER;
    }

    static ExtractionPipeline pipeline() {
        return Reference.PIPELINE;
    }

    static ArticleExtraction read(String text) {
        return pipeline().extract(new ArticleInput("Tin thử", text, null, null, LocalDate.of(2024, 5, 20), null));
    }

    /** "name post/…" for every person's post. */
    static List<String> holdings(ArticleExtraction x) {
        return x.personPosts().stream()
                .map(p -> p.name() + " " + p.post().iri().substring(ID.length()))
                .toList();
    }

    /** "person/… post/…" for every person's post: the minted IRIs, not the names. */
    static List<String> holdingIris(ArticleExtraction x) {
        return x.personPosts().stream()
                .map(p -> p.personIri().substring(ID.length()) + " "
                        + p.post().iri().substring(ID.length()))
                .toList();
    }

    /** The codes of the countries found, each once, in order of first mention. */
    static List<String> countries(ArticleExtraction x) {
        return x.countries().stream().map(c -> c.entry().code()).distinct().toList();
    }

    /** "Type date" for every event. */
    static List<String> events(ArticleExtraction x) {
        return x.events().stream().map(e -> e.type() + " " + e.date().lexical()).toList();
    }

    /** "CC LevelClass" for every partnership level. */
    static List<String> levels(ArticleExtraction x) {
        return x.partnerships().stream()
                .map(p -> p.countryCode() + " " + p.level().substring(p.level().indexOf('#') + 1))
                .toList();
    }

    /** "CC date" for every establishment of relations. */
    static List<String> relations(ArticleExtraction x) {
        return x.relations().stream()
                .map(r -> r.countryCode() + " " + r.established().lexical())
                .toList();
    }

    /** The names of the persons found, each once, in order of first mention. */
    static List<String> persons(ArticleExtraction x) {
        return x.persons().stream().map(Facts.PersonMention::name).distinct().toList();
    }

    /**
     * Checks one row of a sentence table: the sentence ({@code \n} for a line break) read through the pipeline,
     * the named reading must list the expected items ({@code " | "} between them, none when empty): {@code exactly}
     * (in order), {@code anyOrder}, or {@code contains} (at least these).
     */
    static void assertReads(String reading, String match, String sentence, String expected) {
        Function<ArticleExtraction, List<String>> of =
                Objects.requireNonNull(READINGS.get(reading), () -> "No reading named " + reading);
        List<String> want = expected == null ? List.of() : List.of(expected.split(" \\| "));
        ListAssert<String> found =
                assertThat(of.apply(read(sentence.replace("\\n", "\n")))).as("%s of: %s", reading, sentence);
        switch (match) {
            case "exactly" -> found.containsExactlyElementsOf(want);
            case "anyOrder" -> found.containsExactlyInAnyOrderElementsOf(want);
            case "contains" -> found.containsAll(want);
            default -> throw new IllegalArgumentException("No match named " + match);
        }
    }
}
