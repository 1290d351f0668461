/**
 * Feature: the curated knowledge itself: loading {@code data/} at start-up, coverage reports, the gold
 * check and generated country references. May use {@code sparql}, {@code system}, {@code store},
 * {@code text}, {@code ontology}.
 */
package org.diplokg.knowledge;
