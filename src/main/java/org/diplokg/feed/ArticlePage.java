package org.diplokg.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.diplokg.extract.ArticleDecoder;
import org.diplokg.extract.ArticleInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a fetched news page into an {@link ArticleInput}: the article's main text without the page
 * furniture (menus, share bars, comments, related stories — selectors in
 * {@code feed/page-furniture.txt}), its title, publisher and publication date. The date comes from
 * {@code <meta property="article:published_time">}, then JSON-LD {@code NewsArticle.datePublished},
 * then {@code <time datetime>}, then the feed's own date; without any, the pipeline reads it from
 * the page text.
 */
final class ArticlePage {

    private static final String FURNITURE = String.join(", ", furniture());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticlePage() {}

    /** The article of a page, or a {@link ArticleDecoder.BadArticleException} when the page holds no article text. */
    static ArticleInput read(URI url, byte[] html, String charset, LocalDate feedDate) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<JsonNode> ld = newsArticle(doc);
        String title = firstNonBlank(
                meta(doc, "og:title"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
                ld.map(n -> n.path("headline").asString(null)).orElse(null),
                doc.title());
        String publisher = firstNonBlank(
                meta(doc, "og:site_name"),
                ld.map(n -> n.path("publisher").path("name").asString(null)).orElse(null),
                meta(doc, "publisher"),
                url.getHost());
        LocalDate published = date(meta(doc, "article:published_time"));
        if (published == null) {
            published =
                    ld.map(n -> date(n.path("datePublished").asString(null))).orElse(null);
        }
        Element main = mainElement(doc);
        if (published == null) {
            Element time =
                    Optional.ofNullable(main.selectFirst("time[datetime]")).orElse(doc.selectFirst("time[datetime]"));
            published = time == null ? null : date(time.attr("datetime"));
        }
        if (published == null) {
            published = feedDate;
        }
        main.select(FURNITURE).remove();
        String body = text(main, title);
        String text = ArticleDecoder.check((title == null ? "" : title.strip() + "\n\n") + body);
        return new ArticleInput(title, text, url.toString(), publisher, published, null);
    }

    private static Element mainElement(Document doc) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.select("p").size() > 0) {
                return e;
            }
        }
        return doc.body();
    }

    private static String text(Element main, String title) {
        StringBuilder out = new StringBuilder();
        for (Element block : main.select("p, li, h2, h3, h4, blockquote, figcaption")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue;
            }
            String t = block.text().strip();
            if (!t.isEmpty() && !t.equals(title == null ? null : title.strip())) {
                out.append(t).append('\n');
            }
        }
        return out.toString();
    }

    private static Optional<JsonNode> newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (JacksonException e) {
                // a broken JSON-LD block is ignored; the other date sources remain
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = findArticle(n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.path("@type");
        boolean article = type.isArray()
                ? type.valueStream().anyMatch(t -> t.asString("").endsWith("Article"))
                : type.asString("").endsWith("Article");
        return article ? Optional.of(node) : Optional.empty();
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    /** An ISO date or date-time; the date as the publisher wrote it (its own offset). */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // try the shorter forms
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // try the date alone
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static List<String> furniture() {
        try (InputStream in = ArticlePage.class.getResourceAsStream("/feed/page-furniture.txt")) {
            if (in == null) {
                throw new IllegalStateException("feed/page-furniture.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
