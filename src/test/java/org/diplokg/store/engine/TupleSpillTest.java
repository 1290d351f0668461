package org.diplokg.store.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TupleSpillTest {

    @Test
    void tuplesComeBackSortedOnTheirLeadingColumnsAcrossTemporaryFiles() {
        Random random = new Random(11);
        List<long[]> expected = new ArrayList<>();
        try (TupleSpill spill = new TupleSpill(3, 2, 1_000)) {
            for (int i = 0; i < 10_500; i++) {
                long[] t = {random.nextInt(50) - 25, random.nextLong(), i};
                expected.add(t.clone());
                spill.add(t);
            }
            assertThat(spill.files()).isEqualTo(10);
            List<long[]> sorted = new ArrayList<>();
            for (Iterator<long[]> it = spill.sorted(); it.hasNext(); ) {
                sorted.add(it.next());
            }
            expected.sort(Comparator.<long[]>comparingLong(t -> t[0]).thenComparingLong(t -> t[1]));
            assertThat(sorted).hasSize(expected.size());
            for (int i = 0; i < sorted.size(); i++) {
                assertThat(sorted.get(i)[0]).isEqualTo(expected.get(i)[0]);
                assertThat(sorted.get(i)[1]).isEqualTo(expected.get(i)[1]);
            }
            assertThat(sorted.stream().mapToLong(t -> t[2]).sum())
                    .isEqualTo(expected.stream().mapToLong(t -> t[2]).sum());
        }
    }
}
