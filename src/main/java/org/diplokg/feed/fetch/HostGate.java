package org.diplokg.feed.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time to a host, and a pause of at least the configured
 * delay (or the host's robots.txt {@code Crawl-delay}, whichever is longer, capped at a minute)
 * between the end of one request and the start of the next.
 */
public final class HostGate {

    /** A request to run while holding a host's turn. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws FetchException;
    }

    private static final long MAX_DELAY_NANOS = Duration.ofMinutes(1).toNanos();

    private final long delayNanos;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> nextStart = new ConcurrentHashMap<>();

    public HostGate(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    public <T> T call(URI uri, Duration crawlDelay, Call<T> call) throws FetchException {
        String host = key(uri);
        ReentrantLock lock = locks.computeIfAbsent(host, h -> new ReentrantLock());
        lock.lock();
        try {
            long wait = nextStart.getOrDefault(host, 0L) - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException(FetchException.Kind.IO, "interrupted");
                }
            }
            try {
                return call.run();
            } finally {
                long delay =
                        Math.min(MAX_DELAY_NANOS, Math.max(delayNanos, crawlDelay == null ? 0 : crawlDelay.toNanos()));
                nextStart.put(host, System.nanoTime() + delay);
            }
        } finally {
            lock.unlock();
        }
    }

    static String key(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
    }
}
