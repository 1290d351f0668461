package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A plain table section longer than {@code diplokg.profiles.table-rows} shows that many rows and says how many more
 * its query has; a chart section keeps every row. Real server over the project's data with a limit of 3 rows.
 */
@TestPropertySource(properties = "diplokg.profiles.table-rows=3")
class ProfileTableRowsIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-profile-rows-");
    private static final String CN = "https://w3id.org/diplokg/id/country/CN";

    @Autowired
    ProfileService profiles;

    @Autowired
    ProfileSections sections;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\"(.*?)</section>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }

    private static int bodyRows(String sectionHtml) {
        String body = sectionHtml.substring(sectionHtml.indexOf("<tbody>"), sectionHtml.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }

    private int answerRows(String type, String name) {
        ProfileSection s = sections.of(type).stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow();
        return profiles.answer(s, CN).rows().size();
    }

    @Test
    void aLongTableShowsItsFirstRowsAndCountsTheRestWhileAChartKeepsAll() {
        String html = http.get("/id/country/CN?lang=en", "Accept", "text/html").body();

        int sources = answerRows("country", "11-sources");
        assertThat(sources).as("CN's sources on the project data").isGreaterThan(3);
        String table = section(html, "country-sources");
        assertThat(bodyRows(table)).isEqualTo(3);
        assertThat(table).contains((sources - 3) + " more rows: open the query in the SPARQL editor");

        int years = answerRows("country", "07-events-by-year");
        assertThat(years).isGreaterThan(3);
        String chart = section(html, "country-events-by-year");
        assertThat(bodyRows(chart)).isEqualTo(years);
        assertThat(chart).doesNotContain("more rows");
    }
}
