package org.diplokg.profiles;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded pool that answers profile sections side by side. A hub's page asks a dozen queries; one after the
 * other its first request costs their sum, side by side about the slowest one. The pool is shared by all pages
 * so a burst of first requests cannot start more queries at once than {@code sectionThreads}; each query keeps
 * its own time limit.
 */
@Component
public class SectionPool implements DisposableBean {

    private final ExecutorService pool;

    public SectionPool(ProfileProperties settings) {
        int threads = (settings == null ? ProfileProperties.defaults() : settings).sectionThreads();
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
    }

    /** Starts the work on the pool, or runs it now on the caller's thread when the pool is off. */
    public <T> Future<T> submit(Callable<T> work) {
        if (pool != null) {
            return pool.submit(work);
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The work's result; its unchecked exception as thrown (a section's time-out stays a time-out). */
    public static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("Interrupted while a profile section was answered", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "profile-section-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
