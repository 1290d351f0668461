package org.diplokg.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.diplokg.extract.ArticleDecoder;
import org.diplokg.extract.ArticleInput;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    private static ArticleInput page(String name, LocalDate feedDate) {
        return ArticlePage.read(
                URI.create("http://news.example/" + name),
                FeedFixtureServer.fixture(name).getBytes(StandardCharsets.UTF_8),
                "UTF-8",
                feedDate);
    }

    @Test
    void keepsTheArticleTextAndDropsMenusShareBarsCommentsAndRelatedStories() {
        ArticleInput a = page("a1.html", null);
        assertThat(a.text())
                .startsWith("Việt Nam và Singapore trao đổi về hợp tác kinh tế số\n\n")
                .contains("Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan")
                .contains("diễn đàn khu vực.")
                .doesNotContain("Trang chủ")
                .doesNotContain("Chia sẻ")
                .doesNotContain("Bạn đọc A")
                .doesNotContain("Bình luận")
                .doesNotContain("Tin liên quan")
                .doesNotContain("Bản quyền");
        assertThat(page("a3.html", null).text())
                .doesNotContain("Xem thêm")
                .doesNotContain("Giá vàng")
                .doesNotContain("Kinh tế\n");
        assertThat(page("a2.html", null).text()).doesNotContain("Thích").doesNotContain("Chưa có bình luận");
    }

    @Test
    void readsTitlePublisherAndDateFromMetaJsonLdTimeOrTheFeed() {
        ArticleInput a1 = page("a1.html", LocalDate.of(2000, 1, 1));
        assertThat(a1.title()).isEqualTo("Việt Nam và Singapore trao đổi về hợp tác kinh tế số");
        assertThat(a1.publisher()).isEqualTo("Báo Thử Nghiệm");
        assertThat(a1.published())
                .as("meta article:published_time wins over the feed")
                .isEqualTo(LocalDate.of(2025, 4, 8));
        ArticleInput a2 = page("a2.html", null);
        assertThat(a2.publisher()).isEqualTo("Thông tấn Thử Nghiệm");
        assertThat(a2.published()).as("JSON-LD NewsArticle").isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(page("a3.html", null).published()).as("<time datetime>").isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(page("a4.html", LocalDate.of(2025, 4, 12)).published())
                .as("the feed's date")
                .isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(page("a4.html", null).published())
                .as("none: the pipeline reads the page text")
                .isNull();
        assertThat(page("a4.html", null).url()).isEqualTo("http://news.example/a4.html");
    }

    @Test
    void refusesAPageWithoutText() {
        byte[] empty = "<html><body><nav>Trang chủ</nav><div class=\"share\">Chia sẻ</div></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArticlePage.read(URI.create("http://news.example/e"), empty, null, null))
                .isInstanceOf(ArticleDecoder.BadArticleException.class);
    }

    @Test
    void readsAtomRssSitemapsAndIndexesAndRefusesMalformedXml() throws Exception {
        String base = "http://news.example";
        FeedDocuments.Listing atom = FeedDocuments.read(URI.create(base + "/atom.xml"), bytes("atom.xml", base));
        assertThat(atom.kind()).isEqualTo("atom");
        assertThat(atom.items())
                .extracting(i -> i.url().toString())
                .containsExactly(base + "/news/a1.html", base + "/news/a2.html", base + "/private/secret.html");
        assertThat(atom.items().get(0).published()).isEqualTo(LocalDate.of(2025, 4, 8));
        FeedDocuments.Listing rss = FeedDocuments.read(URI.create(base + "/rss.xml"), bytes("rss.xml", base));
        assertThat(rss.kind()).isEqualTo("rss");
        assertThat(rss.items()).hasSize(8);
        assertThat(rss.items().get(0).published()).isEqualTo(LocalDate.of(2025, 4, 10));
        FeedDocuments.Listing index =
                FeedDocuments.read(URI.create(base + "/sitemap-index.xml"), bytes("sitemap-index.xml", base));
        assertThat(index.sitemaps()).extracting(URI::toString).containsExactly(base + "/sitemap-news.xml");
        FeedDocuments.Listing map =
                FeedDocuments.read(URI.create(base + "/sitemap-news.xml"), bytes("sitemap-news.xml", base));
        assertThat(map.items())
                .extracting(i -> i.url().toString())
                .startsWith(base + "/news/a4.html", base + "/news/a2.html");
        assertThatThrownBy(() -> FeedDocuments.read(URI.create(base + "/malformed.xml"), bytes("malformed.xml", base)))
                .isInstanceOf(FeedDocuments.MalformedFeedException.class)
                .hasMessageContaining("malformed feed");
        assertThatThrownBy(() -> FeedDocuments.read(URI.create(base + "/a1.html"), bytes("a1.html", base)))
                .hasMessageContaining("not an RSS, Atom or sitemap document (root element <html>)");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&x;</title><link>http://a/</link><description>d</description></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedDocuments.read(URI.create(base + "/x.xml"), xxe))
                .isInstanceOf(FeedDocuments.MalformedFeedException.class);
    }

    private static byte[] bytes(String fixture, String base) {
        return FeedFixtureServer.fixture(fixture).replace("{{base}}", base).getBytes(StandardCharsets.UTF_8);
    }
}
