package org.diplokg.linkeddata;

import org.diplokg.ontology.IriPolicy;
import org.springframework.stereotype.Component;

/** Maps between entity IRIs under the configured base and paths on this server. */
@Component
public class IriMapping {

    private final String base;

    public IriMapping(IriPolicy iris) {
        this.base = iris.baseIri();
    }

    /** {@code /id/person/x} → {@code <base>id/person/x}. */
    public String iriForPath(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** A link that stays on this server for IRIs under the base, the IRI itself otherwise. */
    public String localPath(String iri) {
        return iri != null && iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
