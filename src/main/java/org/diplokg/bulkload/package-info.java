/**
 * Feature: filling an empty TDB2 store with Jena's bulk loaders, keeping the write path's graph
 * conventions and shape validation. May use {@code validation}, {@code store} and the kernels.
 */
package org.diplokg.bulkload;
