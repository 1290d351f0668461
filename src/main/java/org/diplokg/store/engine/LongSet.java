package org.diplokg.store.engine;

/**
 * A set of longs in one array (open addressing), for the node ids a {@code COUNT(DISTINCT)} has seen: 8 to 16 bytes an
 * id instead of about 60 for a boxed id in a {@link java.util.HashSet}, which matters when a whole-store count holds
 * millions of them.
 */
final class LongSet {

    private long[] slots = new long[8];
    private boolean hasZero;
    private int size;

    /** Adds {@code value}; true if it was not there. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            size += added ? 1 : 0;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, value)) {
            size++;
            return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    void forEach(java.util.function.LongConsumer action) {
        if (hasZero) {
            action.accept(0);
        }
        for (long v : slots) {
            if (v != 0) {
                action.accept(v);
            }
        }
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != 0) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) {
            if (v != 0) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }
}
