package org.diplokg.bench.engines;

/**
 * One query of the three-engine mix: its family ({@code generic} or {@code library}), a short name and the
 * SPARQL text every engine receives (Virtuoso gets its scoping prologue in front, see {@link Engine}).
 */
record MixQuery(String family, String name, String text, boolean graphResult) {}
