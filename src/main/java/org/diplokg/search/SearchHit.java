package org.diplokg.search;

/**
 * One search result as the JSON API returns it.
 *
 * @param iri   the entity
 * @param label the label that matched best (in its own language)
 * @param type  local name of the entity's DiploKG class, e.g. {@code Person}, {@code Country}
 * @param score higher is better
 */
public record SearchHit(String iri, String label, String type, double score) {}
