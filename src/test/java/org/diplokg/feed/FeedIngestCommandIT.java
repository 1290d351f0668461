package org.diplokg.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.diplokg.support.CliRun;
import org.diplokg.support.EmptyStoreServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ingest --feed} on a real TDB2 store against a real HTTP server on loopback serving an Atom
 * feed, an RSS 2.0 feed, a sitemap index and a malformed feed, with every failure a crawler meets.
 */
class FeedIngestCommandIT {

    private static final FeedFixtureServer WEB = new FeedFixtureServer(3000);
    private static final String GRAPHS =
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
    private static final String ARTICLES = """
            PREFIX dk: <https://w3id.org/diplokg/ontology#>
            SELECT ?url ?title ?publisher ?date WHERE { ?a <https://schema.org/url> ?url ; dk:title ?title ; dk:publisher ?publisher
              OPTIONAL { ?a dk:publishedOn ?date } FILTER(STRSTARTS(STR(?url), "http://127.0.0.1:")) } ORDER BY ?url""";

    @AfterAll
    static void stop() {
        WEB.close();
    }

    private static String[] feeds(String... feedPaths) {
        List<String> args = new java.util.ArrayList<>();
        for (String f : feedPaths) {
            args.addAll(List.of("--feed", WEB.base() + f));
        }
        args.addAll(List.of("--allow-host", "127.0.0.1", "--host-delay", "0s", "--read-timeout", "1s"));
        return args.toArray(String[]::new);
    }

    private static String query(Path store, String sparql) {
        CliRun r = CliRun.run("query", store, "--format", "csv", sparql);
        assertThat(r.code()).as(r.err()).isZero();
        // only the CSV: a server test's context in the same JVM may log to the captured stdout
        return r.out().lines().filter(l -> !l.contains(" --- [")).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void ingestsTheArticlesOfFeedsAndSitemapsReportsEveryFailureAndASecondRunFetchesNothingNew() {
        Path store = EmptyStoreServer.tempDir("diplokg-feeds-");
        String before = query(store, GRAPHS);
        String base = WEB.base();

        CliRun first =
                CliRun.run("ingest", store, feeds("/atom.xml", "/rss.xml", "/sitemap-index.xml", "/malformed.xml"));

        assertThat(first.code()).as(first.err()).isEqualTo(4);
        assertThat(first.err())
                .contains("ingested  " + base + "/news/a1.html: created")
                .contains("ingested  " + base + "/news/a2.html: created")
                .contains("ingested  " + base + "/news/a3.html: created")
                .contains("ingested  " + base + "/news/a4.html: created")
                .contains("unchanged " + base + "/news/a2.html: not modified (304)")
                .contains("skipped   " + base + "/private/secret.html: robots.txt disallows it")
                .contains("failed    " + base + "/news/missing.html: HTTP 404")
                .contains("failed    " + base + "/news/broken.html: HTTP 500")
                .contains("failed    " + base + "/news/slow.html: no complete answer within 1000 ms")
                .contains("failed    " + base + "/news/huge.html: answer larger than the limit of 5242880 bytes")
                .contains("failed    " + base + "/news/loop-a.html: redirect loop")
                .contains(
                        "failed    " + base
                                + "/news/to-private.html: host 127.0.0.2 resolves to a loopback address 127.0.0.2 and is not in the allow-list")
                .contains(
                        "failed    " + base + "/news/to-ten.html: host 10.0.0.1 resolves to a private address 10.0.0.1")
                .contains("failed    " + base + "/news/report.pdf: content type application/pdf is not accepted")
                .contains("failed    ftp://127.0.0.1/news/a1.html: only http and https are fetched")
                .contains("failed    " + base + "/malformed.xml: malformed feed")
                .contains("Feeds: 4; items seen 15, fetched 4, ingested 4, unchanged 1, skipped 1, failed 9");
        assertThat(WEB.privateHits()).as("nothing reaches the private host").isEmpty();
        assertThat(WEB.hits()).noneMatch(h -> h.path().startsWith("/private/"));
        assertThat(WEB.hits())
                .allMatch(h -> h.userAgent() != null
                        && h.userAgent().startsWith("DiploKG/")
                        && h.userAgent().contains("+https://"));

        String after = query(store, GRAPHS);
        List<String> added =
                after.lines().filter(l -> !before.lines().toList().contains(l)).toList();
        assertThat(added).as("four article graphs and nothing else").hasSize(4);
        assertThat(before.lines().filter(l -> !after.lines().toList().contains(l)))
                .as("no existing graph changed")
                .isEmpty();
        assertThat(query(store, ARTICLES).lines().skip(1).toList())
                .containsExactly(
                        base
                                + "/news/a1.html,Việt Nam và Singapore trao đổi về hợp tác kinh tế số,Báo Thử Nghiệm,2025-04-08",
                        base
                                + "/news/a2.html,Đối thoại chiến lược Việt Nam – Australia lần thứ sáu,Thông tấn Thử Nghiệm,2025-04-09",
                        base + "/news/a3.html,Việt Nam – Nhật Bản bàn về chuyển đổi năng lượng,127.0.0.1,2025-04-10",
                        base + "/news/a4.html,Việt Nam và Ấn Độ thúc đẩy hợp tác quốc phòng,127.0.0.1,2025-04-11");

        WEB.clearHits();
        CliRun second =
                CliRun.run("ingest", store, feeds("/atom.xml", "/rss.xml", "/sitemap-index.xml", "/malformed.xml"));
        assertThat(second.code()).as(second.err()).isEqualTo(4);
        assertThat(second.err())
                .contains("ingested 0")
                .contains("fetched 0")
                .contains("unchanged 1 feed document(s) not modified (304)");
        assertThat(WEB.hits())
                .filteredOn(h -> h.path().matches("/news/a\\d\\.html|/atom\\.xml"))
                .isNotEmpty()
                .allMatch(h -> h.status() == 304);
        assertThat(query(store, GRAPHS)).as("the second run adds nothing").isEqualTo(after);

        WEB.replace(
                "a3.html",
                FeedFixtureServer.fixture("a3.html")
                        .replace(
                                "năng lượng tái tạo tại Việt Nam.",
                                "năng lượng tái tạo tại Việt Nam, kể cả các dự án điện mặt trời áp mái."));
        CliRun third = CliRun.run("ingest", store, feeds("/rss.xml"));
        assertThat(third.err()).contains("ingested  " + base + "/news/a3.html: replaced");
        assertThat(query(store, GRAPHS).lines().count())
                .as("a changed text replaces its graph")
                .isEqualTo(after.lines().count());
    }

    @Test
    void refusesFilesAndFeedsTogetherAndAFeedThatIsNotHttp() {
        Path store = EmptyStoreServer.tempDir("diplokg-feeds-args-");
        CliRun both = CliRun.run("ingest", store, "--feed", WEB.base() + "/rss.xml", "some.txt");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        CliRun file = CliRun.run("ingest", store, "--feed", "file:///etc/passwd");
        assertThat(file.code()).isEqualTo(4);
        assertThat(file.err()).contains("file:///etc/passwd: only http and https are fetched");
    }
}
