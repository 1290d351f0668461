/**
 * Feature: the explorer graph ({@code /api/graph}): neighbourhood walks, derived edges and exports
 * (JSON, GraphML, GEXF). May use {@code sparql}, {@code system}, {@code store}, {@code text}, {@code ontology}.
 */
package org.diplokg.graph;
