package org.diplokg.feed.fetch;

import java.time.Duration;

/**
 * How far one fetch may go: the answer's size, the connect and whole-answer read time-outs, the redirects
 * followed by hand, and the User-Agent sent. They are one policy, set together from the feed settings, so
 * they travel as one value rather than as five loose constructor arguments of {@link SafeFetcher}.
 */
public record FetchLimits(
        long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects, String userAgent) {}
