package org.diplokg.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page cache keeps the total weight under its bound, dropping the least recently used pages first. */
class BoundedCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedUntilTheWeightFits() {
        BoundedCache<String> cache = new BoundedCache<>(10, String::length);
        cache.put("a", "aaaa");
        cache.put("b", "bbbb");
        assertThat(cache.get("a")).contains("aaaa"); // a is now more recent than b
        cache.put("c", "cccc");
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).contains("aaaa");
        assertThat(cache.get("c")).contains("cccc");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void replacingAValueCountsOnlyItsNewWeight() {
        BoundedCache<String> cache = new BoundedCache<>(10, String::length);
        cache.put("a", "aaaaaaaa");
        cache.put("a", "aa");
        cache.put("b", "bbbbbbbb");
        assertThat(cache.get("a")).contains("aa");
        assertThat(cache.get("b")).contains("bbbbbbbb");
    }

    @Test
    void aValueHeavierThanTheWholeCacheIsNotKeptAndEvictsNothing() {
        BoundedCache<String> cache = new BoundedCache<>(5, String::length);
        cache.put("a", "aaa");
        cache.put("big", "bbbbbbbbbbbb");
        assertThat(cache.get("big")).isEmpty();
        assertThat(cache.get("a")).contains("aaa");
    }
}
