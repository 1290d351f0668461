package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diplokg.support.HeadlessChromium;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.LoopbackServer;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profile pages in Debian's headless Chromium on the project's data (its own store, since one test
 * ingests a seed article): the sections each type must show, names instead of IRIs or ISO codes,
 * charts drawn, the article's highlighted spans linked to their facts and back, and axe-core with
 * no serious or critical violation. Screenshots land in {@code target/screenshots/}.
 */
// rule confidences of an ordinary article fall under the threshold, so its facts are offered for review
@TestPropertySource(properties = "diplokg.review.threshold=0.9")
class ProfilePagesBrowserIT extends LoopbackServer {

    private static final Path STORE = tempDir("diplokg-profiles-");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WebDriver browser;
    private static String axe;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        projectData(registry, STORE);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Path axeFile = Path.of(System.getProperty("diplokg.axe", "target/npm/node_modules/axe-core/axe.min.js"));
        assertThat(axeFile)
                .as("axe-core, installed from npm by the build (pre-integration-test)")
                .exists();
        axe = Files.readString(axeFile);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(String path) {
        browser.get(http.base() + path);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "complete".equals(js("return document.readyState")));
    }

    private List<String> sectionIds() {
        return browser.findElements(By.cssSelector("main section.section")).stream()
                .map(e -> e.getAttribute("id"))
                .toList();
    }

    /** The visible text above the folded statement table: names only, no IRIs, no two-letter codes standing for countries. */
    private String assertHumanLabels() {
        String text = (String)
                js(
                        "const m = document.querySelector('main').cloneNode(true); m.querySelectorAll('details, script').forEach(e => e.remove()); return m.innerText;");
        assertThat(text).doesNotContain("https://", "http://", "w3id.org");
        assertThat(text).doesNotContainPattern("– [A-Z]{2}\\b").doesNotContainPattern("\\b[A-Z]{2} –");
        for (WebElement a : browser.findElements(By.cssSelector("main section a"))) {
            if (a.isDisplayed()) {
                assertThat(a.getText().trim())
                        .as("link text")
                        .doesNotMatch("[A-Z]{2,3}")
                        .doesNotStartWith("http");
            }
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private void assertAccessible(String page) {
        // axe walks every node: Vietnam's page is large, and the shared machine slow
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        js(axe);
        List<String> bad = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        assertThat(bad).as("axe-core serious/critical violations on " + page).isEmpty();
    }

    private void assertEditorLinks() {
        for (WebElement a : browser.findElements(By.cssSelector("main section p.query a"))) {
            assertThat(a.getAttribute("href")).contains("/sparql.html?query=").contains("%23+title%3A");
        }
    }

    @Test
    void countryPageShowsPartnershipStagesRelationsMissionsDocumentsAndSourcesByName() {
        open("/id/country/CN?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("China");
        assertThat(sectionIds())
                .containsExactly(
                        "country-partnership",
                        "country-stages",
                        "country-relations",
                        "country-missions-hosted",
                        "country-missions-sent",
                        "country-events-by-year",
                        "country-latest-events",
                        "country-documents",
                        "country-sources");
        String text = assertHumanLabels();
        assertThat(text)
                .contains(
                        "Vietnam – China",
                        "Comprehensive strategic partnership",
                        "May 2008",
                        "18 January 1950",
                        "Embassy of Vietnam in China",
                        "Vietnam–China border management agreements");
        assertThat(browser.findElement(By.cssSelector("#country-stages [data-chart] svg"))
                        .isDisplayed())
                .isTrue();
        // the embassy's current head (the latest open holding) in the table, superseded heads folded as history
        assertThat(browser.findElement(By.cssSelector("#country-missions-hosted > div.scroll table"))
                        .getText())
                .contains("Pham Thanh Binh", "25 July 2025")
                .doesNotContain("Dang Minh Khoi", "Pham Sao Mai");
        WebElement history = browser.findElement(By.cssSelector("#country-missions-hosted details.history"));
        assertThat(history.getAttribute("open")).isNull();
        assertThat(history.findElement(By.tagName("summary")).getText()).contains("Earlier heads (2)");
        assertThat((String) js("return arguments[0].querySelector('table').textContent", history))
                .contains("Dang Minh Khoi", "Pham Sao Mai")
                .doesNotContain("Pham Thanh Binh");
        assertThat(browser.findElement(By.cssSelector("#country-missions-sent > div.scroll table"))
                        .getText())
                .contains("He Wei")
                .doesNotContain("Hong Xiaoyong");
        assertThat(browser.findElement(By.cssSelector("details.statements")).getAttribute("open"))
                .isNull();
        assertEditorLinks();
        HeadlessChromium.screenshot(browser, "profile-country-cn");
        assertAccessible("country CN");

        open("/id/country/AU?lang=vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Úc");
        assertThat(assertHumanLabels()).contains("Việt Nam – Úc", "ngày 7/3/2024", "Đối tác chiến lược toàn diện");
        HeadlessChromium.screenshot(browser, "profile-country-au");
    }

    @Test
    void vietnamPageChartsEventsByYearAndListsFigures() {
        open("/id/country/VN?lang=en");
        assertThat(sectionIds())
                .contains("country-events-by-year", "country-latest-events", "country-figures", "country-sources");
        assertThat(
                        browser.findElements(
                                By.cssSelector(
                                        "#country-events-by-year [data-chart] svg rect, #country-events-by-year [data-chart] svg path")))
                .isNotEmpty();
        assertThat(assertHumanLabels()).contains("trade turnover (exceeding)");
        HeadlessChromium.screenshot(browser, "profile-country-vn");
        assertAccessible("country VN");
    }

    @Test
    void personPageShowsCareerEventsCounterpartsAndSources() {
        open("/id/person/bui-thanh-son?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bui Thanh Son");
        assertThat(sectionIds())
                .containsExactly("person-career", "person-events", "person-counterparts", "person-sources");
        assertThat(assertHumanLabels()).contains("Minister of Foreign Affairs", "8 April 2021", "Tran Luu Quang");
        HeadlessChromium.screenshot(browser, "profile-person");
        assertAccessible("person");
    }

    @Test
    void eventPageShowsParticipantsWithTheirPostsAtTheTime() {
        open("/id/event/2023-01-31-tran-luu-quang-works-with-mofa?lang=en");
        assertThat(sectionIds()).containsExactly("event-summary", "event-participants", "event-sources");
        String text = assertHumanLabels();
        assertThat(text)
                .contains(
                        "Working session",
                        "31 January 2023",
                        "Deputy Prime Minister",
                        "Cổng Thông tin điện tử Chính phủ (VGP)");
        // the source links to the article's profile, and the article links back to the event among its facts
        browser.findElement(By.cssSelector("#event-sources td a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/id/article/12478cf7ea6dc59f"));
        assertThat(browser.findElements(
                        By.cssSelector("#article-facts a[href='/id/event/2023-01-31-tran-luu-quang-works-with-mofa']")))
                .isNotEmpty();
        open("/id/event/2023-01-31-tran-luu-quang-works-with-mofa?lang=vi");
        HeadlessChromium.screenshot(browser, "profile-event");
        assertAccessible("event");
    }

    @Test
    void personPageShowsTheSpouseTheExtractionLinked() {
        // a made-up article in the pattern the spouse rule reads (extract/rules/spouses.tsv)
        String text = "Hà Nội, 3/5/2024. Thủ tướng Hà Lan Pieter de Vries cùng Phu nhân Anna de Vries đã tới Hà Nội,"
                + " mở đầu chuyến thăm chính thức Việt Nam theo lời mời của Chính phủ.";
        HttpResponse<String> r = http.send(http.request("/api/articles")
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        open("/id/person/pieter-de-vries?lang=en");
        assertThat(sectionIds()).contains("person-spouse");
        WebElement spouse = browser.findElement(By.cssSelector("#person-spouse td a"));
        assertThat(spouse.getText()).isEqualTo("Anna de Vries");
        assertHumanLabels();
        HeadlessChromium.screenshot(browser, "profile-person-spouse");
        // dk:spouse is symmetric: the spouse's own page names the person back
        spouse.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("pieter-de-vries")
                        && "complete".equals(js("return document.readyState")));
        assertThat(browser.findElement(By.cssSelector("#person-spouse td a")).getText())
                .isEqualTo("Pieter de Vries");
        assertAccessible("person with spouse");
    }

    @Test
    void organisationPageShowsHoldersUnitsAndEvents() {
        open("/id/org/vn-ministry-of-foreign-affairs?lang=en");
        assertThat(sectionIds())
                .containsExactly(
                        "organization-summary", "organization-holders", "organization-units", "organization-events");
        assertThat(assertHumanLabels())
                .contains("Pham Binh Minh", "Embassy of Vietnam in China", "Government of Vietnam");
        HeadlessChromium.screenshot(browser, "profile-organisation");
        assertAccessible("organisation");
        open("/id/mission/vn-embassy-cn?lang=en");
        assertThat(sectionIds()).contains("organization-summary");
        assertThat(assertHumanLabels()).contains("China", "Bắc Kinh");
    }

    @Test
    void partnershipPageNamesBothPartiesAndItsStageHistory() {
        open("/id/partnership/VN-AU?lang=vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việt Nam – Úc");
        assertThat(sectionIds())
                .containsExactly("partnership-parties", "partnership-stages", "partnership-established");
        assertThat(assertHumanLabels()).contains("Úc", "Việt Nam", "Đối tác toàn diện", "tháng 9/2009");
        HeadlessChromium.screenshot(browser, "profile-partnership");
        assertAccessible("partnership");
        open("/id/relation/VN-CN?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vietnam – China diplomatic relations");
        assertHumanLabels();
    }

    @Test
    void ingestedArticleHighlightsEveryFactWithOffsetsLinkedBothWays() throws IOException {
        byte[] seed = Files.readAllBytes(ProjectPaths.seeds().resolve("003_331e387f090f2c7c.txt"));
        HttpResponse<String> r = http.send(http.request("/api/articles")
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(seed)));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/id/article/");

        open(location + "?lang=en");
        assertThat(sectionIds()).contains("article-summary", "article-text", "article-facts");
        long factsWithOffsets = browser.findElements(By.cssSelector("#article-facts tbody tr a[href^='#span-']"))
                .size();
        List<WebElement> marks = browser.findElements(By.cssSelector("#article-text mark"));
        assertThat(factsWithOffsets).isGreaterThan(7); // the 7 annotated facts and the extracted ones
        assertThat((long) marks.size()).isEqualTo(factsWithOffsets);
        for (WebElement link : browser.findElements(By.cssSelector("#article-facts tbody tr a[href^='#span-']"))) {
            String n = link.getAttribute("href").replaceAll(".*#span-", "");
            assertThat(browser.findElements(By.id("span-" + n)))
                    .as("mark of fact " + n)
                    .hasSize(1);
            assertThat(browser.findElements(By.cssSelector("#article-text a[href='#fact-" + n + "']")))
                    .as("link from mark " + n)
                    .hasSize(1);
        }
        browser.findElement(By.cssSelector("#article-text a[href='#fact-1']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#fact-1");
        browser.findElement(By.cssSelector("#fact-1 a[href='#span-1']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#span-1");
        assertThat(assertHumanLabels()).contains("not reviewed", "Rule-based extraction");

        // the review status comes from the review decisions: accept one of the article's facts, reject another
        String article = "https://w3id.org/diplokg" + location;
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(http.get("/api/review?status=open&limit=500", "Authorization", "Bearer " + HttpTestClient.TOKEN)
                        .body())
                .get("items")
                .forEach(i -> {
                    if (article.equals(i.get("article").asString())) {
                        items.add(i);
                    }
                });
        assertThat(items).as("open review items of the ingested article").hasSizeGreaterThanOrEqualTo(2);
        String accepted = decide(items.get(0), "accept");
        String rejected = decide(items.get(1), "reject");
        open(location + "?lang=en");
        assertThat(factRows(accepted)).anyMatch(row -> row.contains("Accepted"));
        assertThat(factRows(rejected)).anyMatch(row -> row.contains("Rejected"));
        HeadlessChromium.screenshot(browser, "profile-article");
        assertAccessible("article");
    }

    /** Decides a review item with the update token (every scope); returns the fact's path on this server. */
    private String decide(JsonNode item, String action) {
        HttpResponse<String> r =
                http.send(http.request("/api/review/" + item.get("id").asString())
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + HttpTestClient.TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + action + "\"}")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return item.get("fact").asString().replace("https://w3id.org/diplokg/", "/");
    }

    /** The text of each row of the article's fact table that links to the fact. */
    private List<String> factRows(String factPath) {
        List<String> rows = browser.findElements(By.cssSelector("#article-facts tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector("a[href='" + factPath + "']"))
                        .isEmpty())
                .map(WebElement::getText)
                .toList();
        assertThat(rows).as("rows of " + factPath).isNotEmpty();
        return rows;
    }

    @Test
    void explorerHidesOverlappingLabelsDrawsTypesAsShapesAndShowsTheSelectedProfile() {
        open("/graph?center=https://w3id.org/diplokg/id/country/VN");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> js("return document.body.dataset.labelsHidden") != null);
        assertThat((Long) js("return window.diplokgCy.nodes().length")).isGreaterThan(20);
        assertThat((Long) js("return window.diplokgLabelOverlaps()")).isZero();
        assertThat((Long) js("return window.diplokgCy.nodes().filter(n => !n.hasClass('nolabel')).length"))
                .isGreaterThan(5L);
        assertThat(
                        js(
                                "return window.diplokgCy.getElementById('https://w3id.org/diplokg/id/country/VN').style('label')"))
                .isNotEqualTo("");
        // every node is drawn in its type's shape, and the view shows more than one type
        assertThat(js("""
                const shapes = { Country: 'round-rectangle', Person: 'ellipse', Organization: 'hexagon', Mission: 'tag', Event: 'diamond', Other: 'octagon' };
                return window.diplokgCy.nodes().filter(n => n.style('shape') !== shapes[n.data('category')]).length;""")).isEqualTo(0L);
        assertThat((Long) js("return new Set(window.diplokgCy.nodes().map(n => n.data('category'))).size"))
                .isGreaterThan(1L);
        HeadlessChromium.screenshot(browser, "graph-decluttered");
        js("window.diplokgCy.getElementById('https://w3id.org/diplokg/id/country/AU').emit('tap')");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "https://w3id.org/diplokg/id/country/AU"
                        .equals(js("return document.getElementById('profileSummary').dataset.loaded")));
        String panel = browser.findElement(By.id("profileSummary")).getText();
        assertThat(panel).containsAnyOf("Úc", "Australia").containsAnyOf("Việt Nam – Úc", "Vietnam – Australia");
        assertThat(browser.findElement(By.cssSelector("#profileSummary a")).getAttribute("href"))
                .endsWith("/id/country/AU");
        HeadlessChromium.screenshot(browser, "graph-profile-panel");
    }
}
