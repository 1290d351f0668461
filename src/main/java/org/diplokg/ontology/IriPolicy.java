package org.diplokg.ontology;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The IRI base this instance answers for ({@code diplokg.base-iri}); {@code id/...} under it dereferences
 * here. One place decides what the IRIs of graphs and entities look like, so that every package mints
 * them the same way without reading the wiring package.
 *
 * @param baseIri the base, ending in {@code /}
 */
@ConfigurationProperties(prefix = "diplokg")
public record IriPolicy(@DefaultValue("https://w3id.org/diplokg/") String baseIri) {
}
