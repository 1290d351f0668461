package org.diplokg.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.diplokg.store.DerivedSnapshot;

/**
 * What is derived per library query (an index, a whole answer), one {@link DerivedSnapshot} per query name, so that
 * the indexes and the whole answers look theirs up the same way: a name with nothing derived answers empty.
 */
final class NamedSnapshots<T> {

    private final Map<String, DerivedSnapshot<T>> byName = new LinkedHashMap<>();

    void put(String name, DerivedSnapshot<T> snapshot) {
        byName.put(name, snapshot);
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The snapshot of {@code name}; it must have one. */
    DerivedSnapshot<T> of(String name) {
        return byName.get(name);
    }

    Collection<DerivedSnapshot<T>> all() {
        return byName.values();
    }

    /** {@code part} of what was derived for {@code name} if it was derived for {@code version}. */
    <R> Optional<R> at(String name, String version, Function<T, R> part) {
        DerivedSnapshot<T> s = byName.get(name);
        return s == null ? Optional.empty() : s.at(version).map(part);
    }

    /** {@code part} of the latest thing derived for {@code name}, of whichever version. */
    <R> Optional<R> latest(String name, Function<T, R> part) {
        DerivedSnapshot<T> s = byName.get(name);
        return s == null ? Optional.empty() : s.peek().map(part);
    }
}
