package org.diplokg.extract;

/** A post a title names: IRI, dk: role concept local name, labels and the organisation it is in. */
public record PostRef(String iri, String role, String labelVi, String labelEn, OrgRef org) {}
