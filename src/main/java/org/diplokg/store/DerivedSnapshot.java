package org.diplokg.store;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Data derived from the store (a search index, the explorer graph, a gazetteer, an answer cache), kept for
 * one dataset version and brought up to date lazily on the first read after a write: patched from the
 * store's change log when a patcher is given and the log can tell what changed, otherwise rebuilt whole.
 * The one way derived data follows writes, in the manner of jena-text following dataset changes; readers
 * never lock once the value is current, and two concurrent readers never build the same version twice.
 *
 * <p>A value is stamped with the version read <em>before</em> it was built, so a write that lands during a
 * build makes the next read build again rather than keep data older than its stamp.
 *
 * @param <T> the derived value; treat it as immutable once published (or confine mutation to the owner's lock)
 */
public final class DerivedSnapshot<T> {

    /** Brings a value up to date from the subjects a run of commits touched; empty when it cannot (rebuild). */
    @FunctionalInterface
    public interface Patcher<T> {
        Optional<T> patch(T previous, KnowledgeStore.Changes changes);
    }

    /** A value and the dataset version it was derived from. */
    public record Stamped<T>(String version, T value) {}

    private final KnowledgeStore store;
    private final Supplier<T> build;
    private final Patcher<T> patcher;
    private final boolean releaseBeforeRebuild;
    private final Object lock = new Object();
    private volatile Stamped<T> current;

    private DerivedSnapshot(KnowledgeStore store, Supplier<T> build, Patcher<T> patcher, boolean releaseBeforeRebuild) {
        this.store = store;
        this.build = build;
        this.patcher = patcher;
        this.releaseBeforeRebuild = releaseBeforeRebuild;
    }

    /** Rebuilt whole after every write. */
    public static <T> DerivedSnapshot<T> rebuilt(KnowledgeStore store, Supplier<T> build) {
        return new DerivedSnapshot<>(store, build, null, false);
    }

    /** Patched from the change log when it can tell what changed, rebuilt whole otherwise. */
    public static <T> DerivedSnapshot<T> patched(KnowledgeStore store, Supplier<T> build, Patcher<T> patcher) {
        return new DerivedSnapshot<>(store, build, patcher, false);
    }

    /**
     * Like {@link #patched}, but a rebuild first lets go of the stale value (readers of {@link #at} see none
     * meanwhile), so that two large values never sit in memory together.
     */
    public static <T> DerivedSnapshot<T> patchedReleasing(KnowledgeStore store, Supplier<T> build, Patcher<T> patcher) {
        return new DerivedSnapshot<>(store, build, patcher, true);
    }

    /** The value for the store's current version, building or patching it first if a write happened. */
    public T get() {
        return stamped().value();
    }

    /** The value with the version it belongs to, brought up to date first. */
    public Stamped<T> stamped() {
        String version = store.version();
        Stamped<T> s = current;
        if (s != null && s.version().equals(version)) {
            return s;
        }
        synchronized (lock) {
            s = current;
            version = store.version();
            if (s == null || !s.version().equals(version)) {
                s = refresh(s, version);
                current = s;
            }
            return s;
        }
    }

    /**
     * Brings the value up to date only if that is a patch (cheap); leaves it as it is when it would take a
     * rebuild, or when there is no value yet. Returns whether the value is now current.
     */
    public boolean patchIfPossible() {
        synchronized (lock) {
            Stamped<T> s = current;
            if (s == null) {
                return false;
            }
            String version = store.version();
            if (s.version().equals(version)) {
                return true;
            }
            Optional<Stamped<T>> patched = patch(s);
            patched.ifPresent(p -> current = p);
            return patched.isPresent() && patched.get().version().equals(store.version());
        }
    }

    /** The latest value, whatever version it is for (for reporting, e.g. how long it took); empty before the first. */
    public Optional<T> peek() {
        Stamped<T> s = current;
        return s == null ? Optional.empty() : Optional.of(s.value());
    }

    /** The value if it is current, without building anything. */
    public Optional<T> ifCurrent() {
        Stamped<T> s = current;
        return s != null && s.version().equals(store.version()) ? Optional.of(s.value()) : Optional.empty();
    }

    /** The value if it was derived from {@code version}, without building anything. */
    public Optional<T> at(String version) {
        Stamped<T> s = current;
        return s != null && s.version().equals(version) ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * Replaces the value, for an owner that derived it itself (e.g. from its own write) for {@code version}.
     * {@code update} gets the previous value (null if none) and returns the new one.
     */
    public void update(String version, Function<T, T> update) {
        synchronized (lock) {
            Stamped<T> s = current;
            current = new Stamped<>(version, update.apply(s == null ? null : s.value()));
        }
    }

    private Stamped<T> refresh(Stamped<T> previous, String version) {
        if (previous != null) {
            Optional<Stamped<T>> patched = patch(previous);
            if (patched.isPresent()) {
                return patched.get();
            }
            if (releaseBeforeRebuild) {
                current = null;
            }
        }
        return new Stamped<>(version, build.get());
    }

    private Optional<Stamped<T>> patch(Stamped<T> previous) {
        if (patcher == null) {
            return Optional.empty();
        }
        return store.changesSince(previous.version())
                .flatMap(changes ->
                        patcher.patch(previous.value(), changes).map(value -> new Stamped<>(changes.version(), value)));
    }
}
