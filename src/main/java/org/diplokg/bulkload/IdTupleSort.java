package org.diplokg.bulkload;

/**
 * Sorts fixed-width tuples of longs laid end to end in one array, in place: a quicksort over whole tuples, so sorting
 * ten million quads needs no object per quad and no second array. Values compare as signed longs; callers store node
 * ids with the sign bit flipped so that this order is the unsigned byte order of TDB2's index records.
 */
final class IdTupleSort {

    private static final int INSERTION = 12;

    private IdTupleSort() {}

    /** Sorts the first {@code count} tuples of {@code width} longs in {@code a}. */
    static void sort(long[] a, int width, int count) {
        long[] pivot = new long[width];
        quicksort(a, width, 0, count, pivot, 2 * (64 - Long.numberOfLeadingZeros(Math.max(1, count))));
    }

    /** Tuples {@code [lo, hi)}; past {@code depth} levels (a degenerate input) the range is heap-sorted. */
    private static void quicksort(long[] a, int w, int lo, int hi, long[] pivot, int depth) {
        while (hi - lo > INSERTION) {
            if (depth-- == 0) {
                heapsort(a, w, lo, hi);
                return;
            }
            int mid = lo + (hi - lo) / 2;
            // median of three moved to the middle: the pivot is then never the last tuple, so the split is proper
            if (compare(a, w, mid, lo) < 0) swap(a, w, mid, lo);
            if (compare(a, w, hi - 1, lo) < 0) swap(a, w, hi - 1, lo);
            if (compare(a, w, hi - 1, mid) < 0) swap(a, w, hi - 1, mid);
            System.arraycopy(a, mid * w, pivot, 0, w);
            int i = lo - 1;
            int j = hi;
            while (true) {
                do i++;
                while (compareTo(a, w, i, pivot) < 0);
                do j--;
                while (compareTo(a, w, j, pivot) > 0);
                if (i >= j) break;
                swap(a, w, i, j);
            }
            // [lo, j] <= pivot <= [j + 1, hi): recurse into the smaller part, loop on the larger
            if (j + 1 - lo < hi - j - 1) {
                quicksort(a, w, lo, j + 1, pivot, depth);
                lo = j + 1;
            } else {
                quicksort(a, w, j + 1, hi, pivot, depth);
                hi = j + 1;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && compare(a, w, j, j - 1) < 0; j--) {
                swap(a, w, j, j - 1);
            }
        }
    }

    private static void heapsort(long[] a, int w, int lo, int hi) {
        int n = hi - lo;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, w, lo, i, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, w, lo, lo + end);
            siftDown(a, w, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int w, int lo, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) return;
            if (child + 1 < n && compare(a, w, lo + child + 1, lo + child) > 0) child++;
            if (compare(a, w, lo + i, lo + child) >= 0) return;
            swap(a, w, lo + i, lo + child);
            i = child;
        }
    }

    static int compare(long[] a, int w, int x, int y) {
        int px = x * w;
        int py = y * w;
        for (int k = 0; k < w; k++) {
            int c = Long.compare(a[px + k], a[py + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static int compareTo(long[] a, int w, int x, long[] b) {
        int px = x * w;
        for (int k = 0; k < w; k++) {
            int c = Long.compare(a[px + k], b[k]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static void swap(long[] a, int w, int x, int y) {
        int px = x * w;
        int py = y * w;
        for (int k = 0; k < w; k++) {
            long t = a[px + k];
            a[px + k] = a[py + k];
            a[py + k] = t;
        }
    }
}
