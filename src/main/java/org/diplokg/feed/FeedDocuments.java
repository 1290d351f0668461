package org.diplokg.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a feed document: RSS 2.0 or Atom (ROME), a sitemap or a sitemap index (crawler-commons),
 * told apart by the root element. Yields the item URLs (with the date the feed gives, if any) and,
 * for an index, the child sitemaps. DOCTYPEs are refused, so no entity is ever expanded.
 */
final class FeedDocuments {

    /** One article the feed points to. */
    record Item(URI url, LocalDate published) {}

    /** What a feed document lists. */
    record Listing(String kind, List<Item> items, List<URI> sitemaps) {}

    /** The document is not a feed or sitemap, or not well-formed XML. */
    static final class MalformedFeedException extends Exception {
        MalformedFeedException(String message) {
            super(message);
        }
    }

    private static final Pattern ROOT = Pattern.compile("<\\s*(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");

    private FeedDocuments() {}

    static Listing read(URI url, byte[] bytes) throws MalformedFeedException {
        String root = rootElement(bytes);
        if (root.equals("urlset") || root.equals("sitemapindex")) {
            return sitemap(url, bytes);
        }
        if (root.equals("rss") || root.equals("feed") || root.equals("rdf")) {
            return feed(bytes);
        }
        throw new MalformedFeedException("not an RSS, Atom or sitemap document (root element "
                + (root.isEmpty() ? "missing" : "<" + root + ">") + ")");
    }

    private static Listing feed(byte[] bytes) throws MalformedFeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedFeedException("malformed feed: " + e.getMessage());
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            URI link = uri(e.getLink() != null ? e.getLink() : e.getUri());
            if (link != null) {
                Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
                items.add(new Item(
                        link,
                        d == null
                                ? null
                                : d.toInstant().atOffset(ZoneOffset.ofHours(7)).toLocalDate()));
            }
        }
        String type = feed.getFeedType() == null ? "feed" : feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        return new Listing(type, items, List.of());
    }

    private static Listing sitemap(URI url, byte[] bytes) throws MalformedFeedException {
        AbstractSiteMap map;
        try {
            map = new SiteMapParser(false).parseSiteMap("application/xml", bytes, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new MalformedFeedException("malformed sitemap: " + e.getMessage());
        }
        if (map instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI u = uri(child.getUrl().toString());
                if (u != null) {
                    children.add(u);
                }
            }
            return new Listing("sitemap index", List.of(), children);
        }
        List<Item> items = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            URI link = uri(u.getUrl().toString());
            if (link != null) {
                items.add(new Item(
                        link,
                        u.getLastModified() == null
                                ? null
                                : u.getLastModified()
                                        .toInstant()
                                        .atOffset(ZoneOffset.ofHours(7))
                                        .toLocalDate()));
            }
        }
        return new Listing("sitemap", items, List.of());
    }

    /** The local name of the first element, skipping the XML declaration, comments, DOCTYPE and a BOM. */
    static String rootElement(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "");
        Matcher m = ROOT.matcher(head);
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static URI uri(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new URI(s.strip()).normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
