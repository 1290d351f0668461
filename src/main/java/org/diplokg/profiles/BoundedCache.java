package org.diplokg.profiles;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used map bounded by a total weight (characters of HTML, or one per name). One lives per
 * dataset version inside a {@link org.diplokg.store.DerivedSnapshot}, which drops it on the next write, so
 * nothing here ever has to be invalidated entry by entry.
 */
final class BoundedCache<V> {

    private final long capacity;
    private final ToLongFunction<V> weight;
    private final LinkedHashMap<String, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long total;

    BoundedCache(long capacity, ToLongFunction<V> weight) {
        this.capacity = capacity;
        this.weight = weight;
    }

    synchronized Optional<V> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps the value unless it alone outweighs the whole cache; evicts the least recently used to make room. */
    synchronized void put(String key, V value) {
        long w = weight.applyAsLong(value);
        if (w > capacity) {
            return;
        }
        V old = entries.put(key, value);
        total += w - (old == null ? 0 : weight.applyAsLong(old));
        Iterator<Map.Entry<String, V>> it = entries.entrySet().iterator();
        while (total > capacity && it.hasNext()) {
            Map.Entry<String, V> eldest = it.next();
            total -= weight.applyAsLong(eldest.getValue());
            it.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
