package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@link Evaluation} compares an extraction with a gold list of the development-set format:
 * names folded but honorifics kept, aliases, ambassadors' postings from Ambassador holdings, dates
 * more precise than the gold one, teasers in or out, and types a gold list does not annotate.
 */
class EvaluationTest {

    private static final String ID = "https://w3id.org/diplokg/id/";
    private static final Facts.Support AT = new Facts.Support(0, 1, "test", 1.0);
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode gold(String text) {
        return json.readTree(text);
    }

    /** An extraction with these holdings, persons and events and nothing else (no relation any test here scores). */
    private static ArticleExtraction extraction(
            List<Facts.PersonPost> posts, List<Facts.PersonMention> persons, List<Facts.Event> events) {
        return new ArticleExtraction(
                ArticleInput.plainText("x", "a.txt"),
                "x",
                "0",
                "x",
                LocalDate.of(2024, 3, 8),
                false,
                posts,
                persons,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                events,
                List.of(),
                List.of(),
                List.of(),
                postings(posts),
                List.of());
    }

    /** The resident postings the pipeline derives from ambassadors' holdings (PostingExtractor). */
    private static List<Facts.Posting> postings(List<Facts.PersonPost> posts) {
        return posts.stream()
                .filter(p ->
                        "Ambassador".equals(p.post().role()) && p.post().org().hostCode() != null)
                .map(p -> new Facts.Posting(
                        p.personIri(),
                        p.name(),
                        p.post().org().sendingCode(),
                        p.post().org().hostCode(),
                        false,
                        p.post().org().iri(),
                        p.support()))
                .toList();
    }

    private static Facts.PersonPost ambassador(String name, String sending, String host) {
        String post =
                sending.equals("VN") ? "vn-ambassador-" + host.toLowerCase() : sending.toLowerCase() + "-ambassador-vn";
        OrgRef mission = new OrgRef(ID + "mission/x", "Embassy", "x", "x", sending, sending, host, null, null);
        return new Facts.PersonPost(
                ID + "person/" + name, name, new PostRef(ID + "post/" + post, "Ambassador", "x", "x", mission), AT);
    }

    /** An evaluation of one article, "a": its gold list against what was extracted from it. */
    private static Evaluation articleA(JsonNode gold, ArticleExtraction extracted) {
        Evaluation e = new Evaluation();
        e.add("a", gold, extracted);
        return e;
    }

    /** The score of one kind of fact for article "a". */
    private static Evaluation.Score scoreOf(String kind, JsonNode gold, ArticleExtraction extracted) {
        return articleA(gold, extracted).scores().get(kind);
    }

    private static DateMention day(int y, int m, int d) {
        return new DateMention(0, 1, "x", LocalDate.of(y, m, d), DateMention.Precision.DAY, false);
    }

    @Test
    void aPersonIsMatchedByFoldedNameOrAliasButAnHonorificMakesADifferentName() {
        Evaluation.Score s = scoreOf(
                "persons",
                gold("""
                {"persons": [{"name": "Hun Manet"}, {"name": "Joe Biden", "aliases": ["Biden"]}, {"name": "Lê Thị Bích Trân"}]}"""),
                extraction(
                        List.of(),
                        List.of(
                                new Facts.PersonMention(ID + "person/1", "Samdech Hun Manet", AT),
                                new Facts.PersonMention(ID + "person/2", "Biden", AT),
                                new Facts.PersonMention(ID + "person/3", "LÊ THỊ BÍCH TRÂN", AT)),
                        List.of()));
        assertThat(s.truePositives()).isEqualTo(2);
        assertThat(s.misses()).containsExactly("a: hun-manet");
        assertThat(s.falseHits()).containsExactly("a: samdech-hun-manet");
    }

    @Test
    void postingsComeFromAmbassadorHoldingsWithTheirReceivingStateConcurrentOrNot() {
        Evaluation.Score s = scoreOf(
                "postings",
                gold("""
                {"postings": [{"person": "Phạm Hùng Tâm", "sendingState": "VN", "receivingState": "AU", "concurrent": false},
                              {"person": "Phạm Hùng Tâm", "sendingState": "VN", "receivingState": "VU", "concurrent": true},
                              {"person": "Marc Knapper", "sendingState": "US", "receivingState": "VN", "concurrent": false}]}"""),
                extraction(
                        List.of(ambassador("Phạm Hùng Tâm", "VN", "AU"), ambassador("Marc Knapper", "US", "VN")),
                        List.of(),
                        List.of()));
        assertThat(s.truePositives()).isEqualTo(2);
        assertThat(s.misses()).containsExactly("a: pham-hung-tam -> VU");
        assertThat(s.falsePositives()).isZero();
    }

    @Test
    void anEventMatchesByTypeAndADateInsideTheGoldOneButNotByTheWrongType() {
        Evaluation.Score s = scoreOf(
                "events",
                gold("""
                {"events": [{"type": "Talks", "date": "2024-03"}, {"type": "OfficialVisit", "date": "2024-03-06"}]}"""),
                extraction(
                        List.of(),
                        List.of(),
                        List.of(
                                new Facts.Event(
                                        "Talks", "hội đàm", day(2024, 3, 7), List.of(ID + "country/AU"), null, AT),
                                new Facts.Event(
                                        "StateVisit", "thăm", day(2024, 3, 6), List.of(ID + "country/AU"), null, AT))));
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.misses()).containsExactly("a: OfficialVisit 2024-03-06");
        assertThat(s.falseHits()).containsExactly("a: StateVisit 2024-03-06");
    }

    @Test
    void withoutTeasersAFactStatedOnlyByATeaserIsNeitherMissedNorFalse() {
        JsonNode g = gold("""
                {"countries": ["VN", {"code": "SG", "teaser": true}, {"code": "MY", "teaser": true}],
                 "relations": [{"country": "AU", "established": "1973-02-26", "teaser": true}]}""");
        ArticleExtraction x = new ArticleExtraction(
                ArticleInput.plainText("x", "a.txt"),
                "x",
                "0",
                "x",
                null,
                false,
                List.of(),
                List.of(),
                List.of(country("VN"), country("SG")),
                List.of(),
                List.of(),
                List.of(new Facts.Relation("AU", day(1973, 2, 26), AT)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Evaluation all = new Evaluation(true);
        all.add("a", g, x);
        assertThat(all.scores().get("countries").truePositives()).isEqualTo(2);
        assertThat(all.scores().get("countries").misses()).containsExactly("a: MY");
        Evaluation body = new Evaluation(false);
        body.add("a", g, x);
        Evaluation.Score c = body.scores().get("countries");
        assertThat(c.truePositives()).isEqualTo(1);
        assertThat(c.falsePositives() + c.falseNegatives()).isZero();
        Evaluation.Score r = body.scores().get("relations");
        assertThat(r.truePositives() + r.falsePositives() + r.falseNegatives()).isZero();
        assertThat(r.articles()).isEqualTo(1);
    }

    @Test
    void aTypeTheGoldListDoesNotAnnotateIsNotScoredForThatArticle() {
        Evaluation e = articleA(
                gold("{\"persons\": []}"), extraction(List.of(ambassador("X", "VN", "FR")), List.of(), List.of()));
        assertThat(e.scores().get("postings").articles()).isZero();
        assertThat(e.scores().get("postings").falsePositives()).isZero();
        assertThat(e.scores().get("persons").articles()).isEqualTo(1);
        assertThat(e.scores().get("persons").falseHits()).containsExactly("a: x");
    }

    private static Facts.Mention country(String code) {
        return new Facts.Mention(
                new Gazetteer.Entry(Gazetteer.Kind.COUNTRY, ID + "country/" + code, code, code, true, null, code), AT);
    }
}
