package org.diplokg.extract;

import java.time.LocalDate;
import java.util.List;
import org.diplokg.support.ProjectPaths;

/**
 * Reads sentences written for the extraction tests with the project's reference data as gazetteer, and lists what
 * the pipeline found as short strings, so that each rule test states its expectation in one line and all of them read
 * through the same pipeline. Every sentence is dated 20 May 2024 (the publication date the tests count from).
 */
final class TestSentences {

    static final String ID = "https://w3id.org/diplokg/id/";
    private static final String BASE = "https://w3id.org/diplokg/";

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
}
