package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplokg.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A section whose query runs past {@code diplokg.profiles.section-timeout} does not fail the page: on a real server
 * over the project's data with a 1 ms limit, Vietnam's page (the largest sections of the data) still answers 200 with
 * its heading and folded statement table, each section that ran out of time says so and keeps its "open in the SPARQL
 * editor" link with its own query.
 */
@TestPropertySource(properties = {"diplokg.profiles.section-timeout=1ms", "diplokg.profiles.section-threads=4"})
class ProfileSectionTimeOutIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-profile-timeout-");
    private static final Pattern SECTION =
            Pattern.compile("<section id=\"([^\"]+)\" class=\"section[^\"]*\"(.*?)</section>", Pattern.DOTALL);
    private static final Pattern QUERY_LINK = Pattern.compile("href=\"/sparql\\.html\\?query=([^\"&]+)");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
    }

    private List<String[]> timedOutSections(String html) {
        List<String[]> out = new ArrayList<>();
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            if (m.group(2).contains("class=\"timed-out\"")) {
                out.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return out;
    }

    @Test
    void aSectionPastItsTimeLimitIsMarkedWithItsQueryLinkAndThePageStillRenders() {
        HttpResponse<String> page = http.get("/id/country/VN", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1").contains("<details class=\"statements\">");
        List<String[]> timedOut = timedOutSections(page.body());
        assertThat(timedOut).as("sections of Vietnam's page past a 1 ms limit").isNotEmpty();
        for (String[] s : timedOut) {
            assertThat(s[1]).as(s[0] + " says it ran out of time").contains("Too much data to answer in time");
            Matcher link = QUERY_LINK.matcher(s[1]);
            assertThat(link.find()).as(s[0] + " keeps its query link").isTrue();
            String query = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
            assertThat(query)
                    .as(s[0] + " links its own query, bound to the country")
                    .contains("country/VN")
                    .contains("SELECT");
        }
    }
}
