package org.diplokg.linkeddata;

import java.util.Optional;

/**
 * A richer HTML page for an entity than the statement table, when some feature provides one (the
 * profiles). Declared here so that linked data does not depend on that feature: the feature depends on this.
 */
public interface EntityProfilePage {

    /** The page in {@code lang} ("vi" or "en"), or empty when the entity has no profile. */
    Optional<String> render(String iri, String lang);
}
