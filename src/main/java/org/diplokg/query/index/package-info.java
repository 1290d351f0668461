/**
 * Library indexes: in-memory secondary indexes that answer one parameterised library query for any parameter
 * values, filled from view queries and patched from the store's change log. Each is checked against its
 * {@code .rq} file, which stays the one statement of what the query means ({@code LibraryIndexTest},
 * {@code LibraryIndexesIT}). May use {@code store} and the shared kernels; nothing of {@code query} itself, which
 * drives their life ({@code LibraryIndexes}).
 */
package org.diplokg.query.index;
