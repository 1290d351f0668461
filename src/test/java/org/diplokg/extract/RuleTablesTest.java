package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No dead rows: every row of every rule table fires on the example phrase it carries, through the
 * same code the pipeline uses, and no earlier row shadows it.
 */
class RuleTablesTest {

    private static RuleCues cues;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        cues = RuleCues.load();
        gazetteer = ReferenceGazetteer.fromDirectory(
                ProjectPaths.project().resolve("data/reference"), "https://w3id.org/diplokg/");
    }

    @Test
    void everyTitleRowReadsItsExampleWithItsOwnRule() {
        PostTitles titles = new PostTitles(
                "https://w3id.org/diplokg/",
                gazetteer,
                PersonNames.fromClasspath(cues),
                GazetteerLoader.cities(),
                cues);
        List<RuleTable.Row> rows = RuleTable.load("titles").rows();
        assertThat(rows).hasSizeGreaterThan(30);
        for (RuleTable.Row row : rows) {
            String text = VietnameseText.normalize(row.example());
            List<TitleMatch> found = titles.find(text, Tokenizer.tokens(text));
            String rule = "title-" + row.get("title") + (row.get("scope").equals("foreign") ? "-foreign" : "");
            assertThat(found).as(row.toString()).isNotEmpty();
            assertThat(found.get(0).rule()).as(row.toString()).isEqualTo(rule);
            assertThat(found.get(0).start()).as(row.toString()).isZero();
        }
    }

    @Test
    void everyEventRowGivesItsClassOnItsExample() {
        EventExtractor events = new EventExtractor(cues);
        List<RuleTable.Row> rows = cues.table("event-verbs").rows();
        assertThat(rows).as("event-verbs rows").isNotEmpty();
        for (RuleTable.Row row : rows) {
            assertThat(events.classOf(VietnameseText.normalize(row.example())))
                    .as(row.toString())
                    .contains(row.get("cue"));
        }
    }

    @Test
    void everyCueRowMatchesItsExampleOnItsOwnAndThroughItsCue() {
        // every cue table the pipeline loads; event-verbs rows name an event class, checked above
        for (String table : cues.tableNames()) {
            if (table.equals("event-verbs")) {
                continue;
            }
            List<RuleTable.Row> rows = cues.table(table).rows();
            assertThat(rows).as(table).isNotEmpty();
            for (RuleTable.Row row : rows) {
                String example = VietnameseText.normalize(row.example());
                Pattern own = Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                assertThat(own.matcher(example).find()).as(row.toString()).isTrue();
                assertThat(cues.pattern(table, row.get("cue")).matcher(example).find())
                        .as(row.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void everyHonorificExampleLeavesTheNameWithoutIt() {
        PersonNames names = PersonNames.fromClasspath(cues);
        List<RuleTable.Row> rows = cues.table("honorifics").rows();
        assertThat(rows).as("honorifics rows").isNotEmpty();
        for (RuleTable.Row row : rows) {
            String text = VietnameseText.normalize(row.example());
            List<Token> tokens = Tokenizer.tokens(text);
            assertThat(names.afterHonorifics(text, tokens, 0))
                    .as(row.toString())
                    .isPositive();
            PersonName name =
                    names.read(text, tokens, 0, gazetteer, false).orElseThrow(() -> new AssertionError(row.toString()));
            assertThat(text).as(row.toString()).endsWith(name.name());
            assertThat(name.name().split(" ")).as(row.toString()).hasSizeLessThan(text.split(" ").length);
        }
    }

    @Test
    void partnershipLevelsComeFromTheOntologyLabels() {
        PartnershipLevels levels = PartnershipLevels.fromOntology();
        assertThat(levels.labels())
                .containsEntry(
                        "đối tác chiến lược toàn diện",
                        "https://w3id.org/diplokg/ontology#ComprehensiveStrategicPartnership")
                .containsEntry(
                        "đối tác hợp tác chiến lược toàn diện",
                        "https://w3id.org/diplokg/ontology#ComprehensiveStrategicPartnership")
                .containsEntry("quan hệ đặc biệt", "https://w3id.org/diplokg/ontology#SpecialRelationship")
                .containsEntry(
                        "đối tác chiến lược sâu rộng",
                        "https://w3id.org/diplokg/ontology#ExtensiveStrategicPartnership");
        for (String label : levels.labels().keySet()) {
            var m = levels.matcher("Hai nước là " + label + " của nhau.");
            assertThat(m.find()).as(label).isTrue();
            assertThat(levels.level(m.group()))
                    .as(label)
                    .isEqualTo(levels.labels().get(label));
        }
    }
}
