package org.diplokg.sparql;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The serialisations the endpoint offers, with their media types and short {@code ?format=} names.
 * Tabular formats serve SELECT and ASK; RDF formats serve CONSTRUCT, DESCRIBE and graph downloads.
 */
public enum ResultFormat {
    SPARQL_JSON(
            true,
            ResultSetLang.RS_JSON,
            "application/sparql-results+json",
            List.of("json", "srj"),
            List.of("application/json")),
    SPARQL_XML(
            true,
            ResultSetLang.RS_XML,
            "application/sparql-results+xml",
            List.of("xml", "srx"),
            List.of("application/xml", "text/xml")),
    CSV(true, ResultSetLang.RS_CSV, "text/csv", List.of("csv"), List.of()),
    TSV(true, ResultSetLang.RS_TSV, "text/tab-separated-values", List.of("tsv"), List.of()),
    TURTLE(false, Lang.TURTLE, "text/turtle", List.of("turtle", "ttl"), List.of("application/x-turtle")),
    NTRIPLES(false, Lang.NTRIPLES, "application/n-triples", List.of("ntriples", "nt"), List.of("text/plain")),
    JSONLD(false, Lang.JSONLD, "application/ld+json", List.of("jsonld", "json-ld"), List.of()),
    RDFXML(false, Lang.RDFXML, "application/rdf+xml", List.of("rdfxml", "rdf"), List.of()),
    TRIG(false, Lang.TRIG, "application/trig", List.of("trig"), List.of()),
    NQUADS(false, Lang.NQUADS, "application/n-quads", List.of("nquads", "nq"), List.of());

    private final boolean tabular;
    private final Lang lang;
    private final String mediaType;
    private final List<String> names;
    private final List<String> aliases;

    ResultFormat(boolean tabular, Lang lang, String mediaType, List<String> names, List<String> aliases) {
        this.tabular = tabular;
        this.lang = lang;
        this.mediaType = mediaType;
        this.names = names;
        this.aliases = aliases;
    }

    public boolean tabular() {
        return tabular;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return mediaType;
    }

    boolean isNamed(String name) {
        return names.contains(name) || mediaType.equals(name);
    }

    boolean answers(String mediaRange) {
        return mediaType.equals(mediaRange) || aliases.contains(mediaRange);
    }

    public boolean quads() {
        return RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang);
    }
}
