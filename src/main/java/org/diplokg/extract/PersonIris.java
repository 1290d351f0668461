package org.diplokg.extract;

import org.diplokg.ontology.IriPolicy;

/**
 * The IRI of a person read by name, one rule for every extractor: the gazetteer's person when the graph already
 * knows the name (with or without diacritics), else one minted from the name, so that the same name read by a
 * title, a spouse word or on its own is one person.
 */
final class PersonIris {

    private final Gazetteer gazetteer;
    private final String base;

    PersonIris(String baseIri, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.base = new IriPolicy(baseIri).entityPrefix("person");
    }

    String of(String name) {
        return gazetteer.personByName(name).map(Gazetteer.Entry::iri).orElse(base + VietnameseText.slug(name));
    }
}
