package org.diplokg.store;

import java.time.Duration;

/**
 * The background thread that keeps derived data (precomputed answers, indexes, hub pages) in step with the store:
 * it looks at {@link KnowledgeStore#version()} every interval, or sooner when woken, and hands each look to its
 * owner with whether the version has <em>settled</em> (is the one seen at the look before). Owners recompute whole
 * only once settled, so a burst of writes costs one recomputation rather than one per write; cheap patches they may
 * apply at every look. One such loop for every kind of derived data, instead of each owner timing its own.
 */
public final class VersionWatcher {

    /** One look at the store. */
    @FunctionalInterface
    public interface Look {
        /**
         * @param version the store's version now
         * @param settled the version is the one of the previous look (true at the first look: nothing to wait for)
         */
        void at(String version, boolean settled);
    }

    private final KnowledgeStore store;
    private final String name;
    private final Duration interval;
    private final Runnable first;
    private final Look look;
    private final Object wake = new Object();
    private boolean woken; // guarded by wake: a wake during a look is not lost
    private Thread thread;

    /**
     * @param name     the thread's name, as it shows in thread dumps
     * @param interval time between two looks
     * @param first    runs once on the thread before the first look (e.g. finding what to derive)
     */
    public VersionWatcher(KnowledgeStore store, String name, Duration interval, Runnable first, Look look) {
        this.store = store;
        this.name = name;
        this.interval = interval;
        this.first = first;
        this.look = look;
    }

    /** Starts the thread once; later calls do nothing. */
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
        }
    }

    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    /** Makes the next look come now rather than at the end of the interval. */
    public void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void loop() {
        first.run();
        String seen = null;
        while (!Thread.currentThread().isInterrupted()) {
            String version = store.version();
            look.at(version, seen == null || version.equals(seen));
            seen = version;
            try {
                synchronized (wake) {
                    if (!woken) {
                        wake.wait(Math.max(1, interval.toMillis()));
                    }
                    woken = false;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
