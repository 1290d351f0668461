package org.diplokg.store;

/**
 * Reads a SELECT answer while the query runs (see {@link KnowledgeStore#select(org.apache.jena.query.Query,
 * QueryOptions, RowReader)}): the reader may write each row out and forget it, so the answer's size is not bounded
 * by memory. It runs inside the store's read transaction; it should not block on anything but its output.
 */
@FunctionalInterface
public interface RowReader<T> {

    T read(RowStream rows);
}
