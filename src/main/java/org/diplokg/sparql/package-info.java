/**
 * The SPARQL 1.1 protocol: query, update and Graph Store endpoints, result negotiation and writers,
 * the query guard (SERVICE/LOAD allow-lists) and the concurrency and row limits every query runs under.
 * Features build on it. May use {@code system}, {@code validation}, {@code store}, {@code text},
 * {@code ontology}; never a feature or {@code config}.
 */
package org.diplokg.sparql;
