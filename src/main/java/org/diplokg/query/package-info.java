/**
 * Feature: the analyst query library ({@code sparql/*.rq}, {@code /api/queries}): typed parameters,
 * paging, precomputed answers and the indexes that answer some queries without the store.
 * May use {@code sparql}, {@code system}, {@code store}, {@code text}, {@code ontology}.
 */
package org.diplokg.query;
