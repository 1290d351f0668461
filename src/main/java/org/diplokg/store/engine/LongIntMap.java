package org.diplokg.store.engine;

import java.util.Arrays;

/**
 * A map from longs to ints in two arrays (open addressing), for the rank of each distinct term code a sort meets:
 * hundreds of thousands of entries without a boxed key and value each.
 */
final class LongIntMap {

    /** Never a key: an inline id's top byte is 0x80 plus a type of 1 or more, so 0x80 with type 0 is no term code. */
    private static final long EMPTY = 0x8000_0000_0000_0001L;

    private long[] keys = newKeys(16);
    private int[] values = new int[16];
    private int size;

    /** The value of {@code key}, or {@code absent}. */
    int get(long key, int absent) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return absent;
    }

    void put(long key, int value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        if (insert(keys, values, key, value)) {
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The keys, in no particular order. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        return out;
    }

    private static int slot(long key, int mask) {
        return Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    }

    private static boolean insert(long[] keys, int[] values, long key, int value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                values[i] = value;
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        return true;
    }

    private void grow() {
        long[] biggerKeys = newKeys(keys.length * 2);
        int[] biggerValues = new int[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                insert(biggerKeys, biggerValues, keys[i], values[i]);
            }
        }
        keys = biggerKeys;
        values = biggerValues;
    }

    private static long[] newKeys(int capacity) {
        long[] k = new long[capacity];
        Arrays.fill(k, EMPTY);
        return k;
    }
}
