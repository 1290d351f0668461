package org.diplokg.extract;

/**
 * An organisation a post belongs to. {@code cls} is the dk: class local name; the mission fields
 * are set for embassies, consulates and permanent missions so a new one can be declared fully.
 */
public record OrgRef(
        String iri,
        String cls,
        String labelVi,
        String labelEn,
        String stateCode,
        String sendingCode,
        String hostCode,
        String seatCity,
        String accreditedToIri) {

    static OrgRef of(String iri, String cls, String labelVi, String labelEn, String stateCode) {
        return new OrgRef(iri, cls, labelVi, labelEn, stateCode, null, null, null, null);
    }
}
