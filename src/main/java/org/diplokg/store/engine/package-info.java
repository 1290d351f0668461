/**
 * Tuning of the embedded query engine (Jena ARQ over TDB2) that is not a per-query setting: caches
 * sized or shaped for the store, prepared plans. Part of the store layer: depends on nothing of ours.
 */
package org.diplokg.store.engine;
