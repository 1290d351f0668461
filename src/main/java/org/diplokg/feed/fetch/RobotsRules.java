package org.diplokg.feed.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per site, read once an hour through the same safe fetcher and host gate as pages:
 * a missing robots.txt (4xx) allows everything, an unreachable or failing one (5xx, timeout)
 * allows nothing until the next try, as crawlers conventionally do. A site the address guard refuses
 * gets no rules here: the page fetch itself reports the refusal.
 */
public final class RobotsRules {

    private static final Duration TTL = Duration.ofHours(1);

    private record Cached(BaseRobotRules rules, long until) {}

    private final SafeFetcher fetcher;
    private final HostGate gate;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public RobotsRules(SafeFetcher fetcher, HostGate gate) {
        this.fetcher = fetcher;
        this.gate = gate;
    }

    public boolean allowed(URI url) {
        return rules(url).isAllowed(url.toString());
    }

    /** The site's Crawl-delay, or null when it sets none. */
    public Duration crawlDelay(URI url) {
        long ms = rules(url).getCrawlDelay();
        return ms > 0 ? Duration.ofMillis(ms) : null;
    }

    private BaseRobotRules rules(URI url) {
        String origin = HostGate.key(url);
        Cached c = cache.get(origin);
        if (c == null || c.until() < System.nanoTime()) {
            c = new Cached(fetch(url), System.nanoTime() + TTL.toNanos());
            cache.put(origin, c);
        }
        return c.rules();
    }

    private BaseRobotRules fetch(URI url) {
        URI robots = url.resolve("/robots.txt");
        try {
            SafeFetcher.Response r = gate.call(
                    robots, null, () -> fetcher.get(robots, SafeFetcher.Validators.NONE, "text/plain", t -> true));
            return parser.parseContent(
                    robots.toString(),
                    r.body(),
                    r.contentType().isEmpty() ? "text/plain" : r.contentType(),
                    List.of("diplokg"));
        } catch (FetchException e) {
            int status =
                    e.kind() == FetchException.Kind.REFUSED ? 404 : 500; // a refused site: the page fetch reports why
            if (e.kind() == FetchException.Kind.HTTP_STATUS && e.getMessage().matches("HTTP 4\\d\\d")) {
                status = Integer.parseInt(e.getMessage().substring(5));
            }
            return parser.failedFetch(status);
        }
    }
}
