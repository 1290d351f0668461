package org.diplokg.store.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void countsEachValueOnceLikeAHashSet() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            long v = switch (i % 4) {
                case 0 -> 0L;
                case 1 -> random.nextInt(50_000);
                case 2 -> random.nextLong();
                default -> -random.nextInt(1000);
            };
            assertThat(set.add(v)).isEqualTo(expected.add(v));
        }
        assertThat(set.size()).isEqualTo(expected.size());
    }
}
