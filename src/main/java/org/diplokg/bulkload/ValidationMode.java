package org.diplokg.bulkload;

/**
 * How much of a bulk load is checked against the shapes before it is kept. {@code full} is the
 * default because a bulk file bypasses the per-write checks of the server; {@code sample} checks
 * about one subject in 64 (a quick smoke test of a generator or converter); {@code off} trusts the file.
 */
public enum ValidationMode {
    FULL,
    SAMPLE,
    OFF
}
