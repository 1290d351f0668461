package org.diplokg.bulkload;

/**
 * Sorted, distinct tuples of node ids read one at a time into a shared array, so an index of ten million records is
 * written without an object per record in between.
 */
interface TupleCursor extends AutoCloseable {

    /** Moves to the next tuple; false at the end. */
    boolean advance();

    /** The current tuple, in the cursor's column order; overwritten by the next {@link #advance}. */
    long[] current();

    @Override
    default void close() {}
}
