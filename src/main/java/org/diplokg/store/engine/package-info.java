/**
 * Tuning of the embedded query engine (Jena ARQ over TDB2) that is not a per-query setting: caches
 * sized or shaped for the store, the statistics file, and operators that work on TDB2's node ids where
 * ARQ decodes terms (grouping, also fed straight from the quad index, spilled to disk when it outgrows
 * the heap; distinct top-N). Part of the store layer: depends on nothing of ours.
 */
package org.diplokg.store.engine;
