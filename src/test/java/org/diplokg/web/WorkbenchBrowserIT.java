package org.diplokg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplokg.support.BrowserSession;
import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectDataServer;
import org.diplokg.support.SyntheticGraphFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

/**
 * The workbench pages in a real browser: Debian's headless Chromium driven through Debian's
 * chromedriver. Screenshots land in {@code target/screenshots/}.
 */
class WorkbenchBrowserIT extends ProjectDataServer {

    private static final String VN = "https://w3id.org/diplokg/id/country/VN";
    private static final String US = "https://w3id.org/diplokg/id/country/US";

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private void screenshot(String name) {
        BROWSER.screenshot(name);
    }

    private void awaitGraph(String previous) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30)).until(d -> {
            Object loaded = BROWSER.js("return document.body.dataset.loaded");
            return loaded != null
                    && !loaded.equals(previous)
                    && Boolean.TRUE.equals(BROWSER.js("return window.diplokgLastLayoutMs !== undefined"));
        });
    }

    private String partnershipLevel(String a, String b) {
        return (String) BROWSER.js("""
                const e = window.diplokgCy.edges('[kind = "partnership"]').filter(x =>
                  (x.data('source') === arguments[0] && x.data('target') === arguments[1]) || (x.data('source') === arguments[1] && x.data('target') === arguments[0]));
                return e.length ? e[0].data('level') + ' ' + e[0].style('line-color') : null;""", a, b);
    }

    @Test
    void explorerShowsVietnamsPartnersAndReplaysUpgradesThroughTime() throws Exception {
        BROWSER.driver().get(http.base() + "/graph?center=" + VN);
        awaitGraph(null);
        screenshot("graph-vietnam");
        long nodes = (Long) BROWSER.js("return window.diplokgCy.nodes().length");
        assertThat(nodes).isGreaterThan(20);
        assertThat(partnershipLevel(VN, US)).isEqualTo("ComprehensiveStrategicPartnership rgb(198,40,40)");
        assertThat(BROWSER.driver()
                        .findElement(By.cssSelector("#legend [data-level='ComprehensiveStrategicPartnership']"))
                        .getText())
                .isIn("Đối tác chiến lược toàn diện", "Comprehensive strategic partnership");

        // slide back to 2020-01-01: the US was then a comprehensive partner (2013)
        LocalDate start = LocalDate.of(1945, 9, 2);
        long span = ChronoUnit.DAYS.between(start, LocalDate.now());
        long position = Math.round(ChronoUnit.DAYS.between(start, LocalDate.of(2020, 1, 1)) * 1000.0 / span);
        String before = (String) BROWSER.js("return document.body.dataset.loaded");
        BROWSER.js(
                "const s = document.getElementById('asOf'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
                position);
        awaitGraph(before);
        screenshot("graph-vietnam-2020");
        assertThat(partnershipLevel(VN, US)).startsWith("ComprehensivePartnership rgb(46,125,50)");
    }

    @Test
    void clickingANodeShowsItsFactsAndDoubleClickExpandsIt() throws Exception {
        BROWSER.driver().get(http.base() + "/graph?center=" + VN + "&allTime=true");
        awaitGraph(null);
        BROWSER.js("window.diplokgCy.getElementById(arguments[0]).emit('tap')", US);
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("selectedLabel")).isEmpty());
        assertThat(BROWSER.driver().findElement(By.id("selectedLabel")).getText())
                .isIn("Hoa Kỳ", "Mỹ", "United States");
        assertThat(BROWSER.driver()
                        .findElement(By.cssSelector("#details table"))
                        .getText())
                .contains("isoAlpha2");
        screenshot("graph-side-panel");

        long before = (Long) BROWSER.js("return window.diplokgCy.nodes().length");
        String stamp = (String) BROWSER.js("return document.body.dataset.loaded");
        BROWSER.js("window.diplokgCy.getElementById(arguments[0]).emit('dbltap')", US);
        awaitGraph(stamp);
        long after = (Long) BROWSER.js("return window.diplokgCy.nodes().length");
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Test
    void graphMlExportOfTheCurrentViewParses() throws Exception {
        BROWSER.driver().get(http.base() + "/graph?center=" + VN);
        awaitGraph(null);
        String graphml = (String) BROWSER.js("return window.DiploKG.exportGraphml()");
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
        long nodes = (Long) BROWSER.js("return window.diplokgCy.nodes().length");
        long edges = (Long) BROWSER.js("return window.diplokgCy.edges().length");
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo((int) nodes);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo((int) edges);
        String svg = (String) BROWSER.js("return window.DiploKG.exportSvg()");
        assertThat(DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("svg");
    }

    @Test
    void explorerRendersFiveThousandNodesAndTwentyThousandEdges() throws Exception {
        // a synthetic graph from the test-only route, loaded through the page's same-origin elements= option
        BROWSER.driver()
                .get(http.base() + "/graph?center=" + HttpTestClient.enc(SyntheticGraphFixture.PREFIX + "0")
                        + "&elements="
                        + HttpTestClient.enc("/test-fixtures/synthetic-graph?nodes=5000&edges=20000&seed=9"));
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(90))
                .until(d -> Boolean.TRUE.equals(BROWSER.js("return !!window.diplokgTimings")));
        screenshot("graph-large-5000");
        assertThat((Long) BROWSER.js("return window.diplokgCy.nodes().length")).isEqualTo(5000L);
        assertThat((Long) BROWSER.js("return window.diplokgCy.edges().length")).isEqualTo(20000L);
        assertThat(BROWSER.driver().findElement(By.id("status")).getText()).startsWith("5000 nodes · 20000 edges");
        assertThat(BROWSER.js("return document.body.dataset.largeGraph")).isEqualTo("true");
        assertThat(BROWSER.js("return window.diplokgCy.edges()[0].style('curve-style')"))
                .isEqualTo("haystack");
        // laid out (spread, not piled up) and fitted into the view
        assertThat(((Number) BROWSER.js("return window.diplokgCy.nodes().boundingBox().w")).doubleValue())
                .isGreaterThan(1000);
        assertThat(((Number) BROWSER.js("return window.diplokgCy.zoom()")).doubleValue())
                .isLessThan(1);
        assertThat((Long) BROWSER.js("return document.querySelectorAll('#nodeList li').length"))
                .isEqualTo(5000L);
    }

    @Test
    void sparqlEditorRunsAQueryAndShowsRows() throws Exception {
        BROWSER.driver().get(http.base() + "/sparql");
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(BROWSER.js("return !!window.diplokgYasgui")));
        BROWSER.js("""
                const tab = window.diplokgYasgui.getTab();
                tab.setQuery('PREFIX dk: <https://w3id.org/diplokg/ontology#> SELECT ?code WHERE { ?c a dk:Country ; dk:isoAlpha2 ?code } ORDER BY ?code LIMIT 5');
                tab.query();""");
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20))
                .until(d ->
                        !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
        List<String> rows = BROWSER.driver().findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .map(e -> e.getText())
                .toList();
        screenshot("sparql-editor");
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst()).contains("AD");
    }

    @Test
    void homePageShowsCountsAndSearchLeadsToTheExplorer() throws Exception {
        BROWSER.driver().get(http.base() + "/");
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[data-category='Country'] .n"))
                        .isEmpty());
        assertThat(BROWSER.driver()
                        .findElement(By.cssSelector("[data-category='Country'] .n"))
                        .getText())
                .isEqualTo("195");
        BROWSER.driver().findElement(By.id("q")).sendKeys("Thuy Si");
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#hits a")).isEmpty());
        screenshot("home-search");
        BROWSER.driver().findElement(By.cssSelector("#hits a")).click();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/graph?center="));
        assertThat(BROWSER.driver().getCurrentUrl()).contains("country%2FCH");
    }
}
