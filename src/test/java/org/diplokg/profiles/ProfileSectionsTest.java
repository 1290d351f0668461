package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every profile section file has the standard header and a query bound through ?entity; highlights keep one mark per fact. */
class ProfileSectionsTest {

    private final ProfileSections sections = new ProfileSections();

    @Test
    void everyProfileTypeHasSectionsAndEverySectionHasTheStandardHeader() {
        assertThat(sections.all().keySet())
                .containsExactlyInAnyOrder("article", "country", "event", "organization", "partnership", "person");
        sections.all().values().stream().flatMap(List::stream).forEach(s -> {
            assertThat(s.text())
                    .as(s.name())
                    .containsPattern("(?m)^# title: .+")
                    .containsPattern("(?m)^# title@vi: .+")
                    .containsPattern("(?m)^# description: .+")
                    .containsPattern("(?m)^# param: entity iri .+")
                    .containsPattern("(?m)^# example: /id/.+");
            assertThat(s.query().isSelectType()).as(s.name()).isTrue();
            assertThat(s.query().getProjectVars())
                    .as(s.name() + " must not project the bound ?entity")
                    .noneMatch(v -> v.getVarName().equals("entity"));
        });
    }

    @Test
    void missionSectionsTellCurrentHeadsFromHistoryByTheirCurrentVariable() {
        for (ProfileSection s : sections.of("country")) {
            if (s.name().contains("missions")) {
                assertThat(s.history()).as(s.name()).isNotNull();
                assertThat(s.history().variable()).isEqualTo("current");
                assertThat(s.history().titleEn()).isEqualTo("Earlier heads");
                assertThat(s.query().getResultVars()).contains("current", "since", "until");
                assertThat(s.hidden()).contains("current");
            }
        }
        assertThat(sections.of("person").get(0).history()).isNull();
    }

    @Test
    void theEditorTextIsTheHeaderOverTheQueryWithTheEntityBound() {
        ProfileSection s = sections.of("country").get(0);
        String text = ProfileRenderer.editorText(s, "https://w3id.org/diplokg/id/country/AU");
        assertThat(text)
                .startsWith("# title: ")
                .contains("<https://w3id.org/diplokg/id/country/AU>")
                .doesNotContain("?entity");
    }

    @Test
    void nestedAndCrossingSpansEachGetExactlyOneMark() {
        String html = ArticleHighlights.render(
                "Hà Nội <và> Bắc Kinh",
                List.of(
                        new ArticleHighlights.Span(1, 0, 6, "a"), new ArticleHighlights.Span(2, 3, 6, "b"),
                        new ArticleHighlights.Span(3, 4, 12, "c"), new ArticleHighlights.Span(4, 12, 20, "d")));
        assertThat(html.split("<mark ", -1)).hasSize(5);
        assertThat(html.split("</mark>", -1)).hasSize(5);
        assertThat(html)
                .startsWith("<mark id=\"span-1\" title=\"a\">Hà <mark id=\"span-2\" title=\"b\">N")
                .contains("&lt;và&gt;")
                .contains("href=\"#fact-4\"");
        assertThat(html.replaceAll("<sup>.*?</sup>", "").replaceAll("<[^>]+>", ""))
                .isEqualTo("Hà Nội &lt;và&gt; Bắc Kinh");
    }
}
