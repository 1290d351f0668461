/**
 * Feature: label search ({@code /api/search}) over an in-memory index of folded labels.
 * May use {@code sparql}, {@code system}, {@code store}, {@code text}, {@code ontology}.
 */
package org.diplokg.search;
