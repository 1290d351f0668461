package org.diplokg.feed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Feed ingestion settings ({@code diplokg.feeds[N].url/.interval/.max-items} and
 * {@code diplokg.feeds.*}). The list of feeds and the crawler settings share one prefix, which a
 * single {@code @ConfigurationProperties} record cannot bind, so {@link #bind(Environment)} reads
 * both with Spring's {@link Binder}. Defaults are the polite and safe ones: no feed polled, 2 s
 * between two requests to one host, 5 MB per page, connect 5 s, read 20 s.
 *
 * @param feeds        the feeds the server polls (none by default)
 * @param allowHosts   host names (as written in URLs) that may resolve to loopback/private addresses
 * @param hostDelay    pause between two requests to the same host (robots.txt {@code Crawl-delay} can raise it)
 * @param maxPageSize  larger answers are aborted while streaming
 * @param connectTimeout time to open a connection
 * @param readTimeout  time for a whole answer (headers and body)
 * @param maxRedirects redirects followed, each hop re-checked
 * @param userAgent    sent with every request and matched against robots.txt as {@code DiploKG}
 * @param stateFile    where ETag/Last-Modified are remembered; empty = next to the TDB2 store
 */
public record FeedProperties(
        List<Feed> feeds,
        List<String> allowHosts,
        Duration hostDelay,
        DataSize maxPageSize,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        String userAgent,
        Path stateFile) {

    public static final String DEFAULT_USER_AGENT = "DiploKG/0.1 (+https://w3id.org/diplokg/; feed reader)";

    /** One configured feed; {@code interval} null or zero = never polled by the server. */
    public record Feed(URI url, Duration interval, Integer maxItems) {

        public int maxItemsOr(int fallback) {
            return maxItems == null || maxItems < 1 ? fallback : maxItems;
        }
    }

    public FeedProperties {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        allowHosts = allowHosts == null
                ? List.of()
                : allowHosts.stream()
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .toList();
        hostDelay = hostDelay == null ? Duration.ofSeconds(2) : hostDelay;
        maxPageSize = maxPageSize == null ? DataSize.ofMegabytes(5) : maxPageSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        maxRedirects = maxRedirects <= 0 ? 5 : maxRedirects;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    }

    public static FeedProperties bind(Environment environment) {
        Binder b = Binder.get(environment);
        String p = "diplokg.feeds";
        return new FeedProperties(
                b.bind(p, Bindable.listOf(Feed.class)).orElse(List.of()),
                b.bind(p + ".allow-hosts", Bindable.listOf(String.class)).orElse(List.of()),
                b.bind(p + ".host-delay", Duration.class).orElse(null),
                b.bind(p + ".max-page-size", DataSize.class).orElse(null),
                b.bind(p + ".connect-timeout", Duration.class).orElse(null),
                b.bind(p + ".read-timeout", Duration.class).orElse(null),
                b.bind(p + ".max-redirects", Integer.class).orElse(5),
                b.bind(p + ".user-agent", String.class).orElse(null),
                b.bind(p + ".state-file", Path.class).orElse(null));
    }
}
