package org.diplokg.security;

import java.util.Locale;

/**
 * What a token may do. Scopes are separate so that a feed robot can ingest without being able to
 * rewrite curated graphs, and a reviewer can decide on facts without being able to take backups.
 */
public enum Scope {
    /** Reading the data where reads are restricted ({@code diplokg.security.restrict-reads=true}). */
    READ,
    /** SPARQL Update and Graph Store writes. */
    WRITE,
    /** Article ingestion ({@code POST /api/articles}). */
    INGEST,
    /** Review decisions ({@code POST /api/review/{id}}). */
    REVIEW,
    /** Administration: audit trail, backups. */
    ADMIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code read}, {@code write}, …; a typo is a start-up error, not a token that silently can do nothing. */
    public static Scope parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown token scope '" + text + "'; use read, write, ingest, review or admin", e);
        }
    }
}
