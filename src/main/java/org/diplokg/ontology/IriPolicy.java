package org.diplokg.ontology;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance mints IRIs, under the base it answers for ({@code diplokg.base-iri}): entities are
 * {@code id/{kind}/{key}} (dereferenceable here), graphs are {@code graph/{key}}. One place decides, so that
 * extraction, reference data, the query library and the Linked Data pages all agree on an entity's IRI and
 * no package has to read the wiring package to learn the base. Keys are made by the caller (a slug, a
 * country code, a hash prefix); see docs/vocabulary.md for each kind.
 *
 * @param baseIri the base, ending in {@code /}
 */
@ConfigurationProperties(prefix = "diplokg")
public record IriPolicy(
        @DefaultValue(IriPolicy.DEFAULT_BASE) String baseIri) {

    /** The base of the published dataset. */
    public static final String DEFAULT_BASE = "https://w3id.org/diplokg/";

    /** Hex digits of a SHA-256 that key article graphs and article entities. */
    public static final int HASH_KEY_LENGTH = 16;

    /** Where entities live: {@code {base}id/}. */
    public String entitySpace() {
        return baseIri + "id/";
    }

    /** The prefix of one kind of entity, {@code {base}id/{kind}/}. */
    public String entityPrefix(String kind) {
        return entitySpace() + kind + "/";
    }

    /** An entity: {@code {base}id/{kind}/{key}}. */
    public String entity(String kind, String key) {
        return entityPrefix(kind) + key;
    }

    /** A named graph: {@code {base}graph/{key}} (the key may have segments, e.g. {@code reference/countries}). */
    public String graph(String key) {
        return baseIri + "graph/" + key;
    }

    /** The graph holding the ontology and shapes. */
    public String ontologyGraph() {
        return graph("ontology");
    }

    /** The key a SHA-256 (hex) gives an article graph or article entity: its first {@value #HASH_KEY_LENGTH} digits. */
    public static String hashKey(String sha256Hex) {
        return sha256Hex.substring(0, HASH_KEY_LENGTH);
    }
}
