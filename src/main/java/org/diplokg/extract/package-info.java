/**
 * Feature: reading Vietnamese news articles into facts (tokenising, gazetteer look-ups, dates, posts,
 * events) and ingesting them as provenance-tracked named graphs ({@code POST /api/articles}, {@code ingest}).
 * May use {@code knowledge}, {@code sparql}, {@code system}, {@code validation}, {@code store}, {@code text},
 * {@code ontology}.
 */
package org.diplokg.extract;
