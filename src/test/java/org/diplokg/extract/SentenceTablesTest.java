package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The rules that one sentence and one list pin, as rows of sentence tables ({@code src/test/resources/extract/*.tsv}:
 * rule families, general misreadings, the pipeline's titles and ranks), so that adding a case is adding a row. Each
 * row is one test named by its behaviour; tests that check more than one reading stay in their classes.
 */
class SentenceTablesTest {

    /** The readings a sentence table (src/test/resources/extract/*.tsv) may name, by their column value. */
    private static final Map<String, Function<ArticleExtraction, List<String>>> READINGS = Map.of(
            "holdings", TestSentences::holdings,
            "holdingIris", TestSentences::holdingIris,
            "countries", TestSentences::countries,
            "events", TestSentences::events,
            "levels", TestSentences::levels,
            "relations", TestSentences::relations,
            "persons", TestSentences::persons);

    /**
     * Checks one row of a sentence table: the sentence ({@code \n} for a line break) read through the pipeline,
     * the named reading must list the expected items ({@code " | "} between them, none when empty): {@code exactly}
     * (in order), {@code anyOrder}, or {@code contains} (at least these).
     */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = {
                "/extract/rule-families.tsv",
                "/extract/general-misreadings.tsv",
                "/extract/extraction-pipeline.tsv"
            },
            delimiter = '\t')
    void readsEachSentenceAsItsRowSays(
            String behaviour, String reading, String match, String sentence, String expected) {
        Function<ArticleExtraction, List<String>> of =
                Objects.requireNonNull(READINGS.get(reading), () -> "No reading named " + reading);
        List<String> want = expected == null ? List.of() : List.of(expected.split(" \\| "));
        ListAssert<String> found = assertThat(of.apply(TestSentences.read(sentence.replace("\\n", "\n"))))
                .as("%s of: %s", reading, sentence);
        switch (match) {
            case "exactly" -> found.containsExactlyElementsOf(want);
            case "anyOrder" -> found.containsExactlyInAnyOrderElementsOf(want);
            case "contains" -> found.containsAll(want);
            default -> throw new IllegalArgumentException("No match named " + match);
        }
    }
}
