package org.diplokg.generate;

import static org.diplokg.generate.SyntheticTerms.*;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * The synthetic reference graph: persons with careers of ambassador postings, an embassy per country with
 * its relation, partnership history and concurrent accreditations, and policy documents. Draws from the
 * generator's one random stream, so the same seed gives the same bytes.
 */
final class ReferenceGraphWriter {

    private final SyntheticOutput out;
    private final SplittableRandom rnd;
    private final RealIris real;
    private final int persons;
    private final int documents;
    private final List<int[]> stages;
    private final List<String> partnered;

    /**
     * {@code stages} receives each partnership stage as (index in {@code partnered}, year, level index), and
     * {@code partnered} each partnered country, for the articles to restate.
     */
    ReferenceGraphWriter(
            SyntheticOutput out,
            SplittableRandom rnd,
            RealIris real,
            int persons,
            int documents,
            List<int[]> stages,
            List<String> partnered) {
        this.out = out;
        this.rnd = rnd;
        this.real = real;
        this.persons = persons;
        this.documents = documents;
        this.stages = stages;
        this.partnered = partnered;
    }

    /** Writes the reference graph; its partnership stages are kept in {@code stages} for the articles. */
    void write() {
        Node g = iri(BASE + "graph/reference/synthetic");
        Node source = iri(ID + "source/diplokg-synthetic");
        out.sourceGraph(g, source, "reference");
        add(g, source, RDF.type.asNode(), dk("WebSource"));
        add(g, source, dk("title"), lit("DiploKG synthetic benchmark data"));
        add(g, source, iri(SCHEMA + "url"), iri(BASE));
        Node vn = country("VN");
        for (int i = 0; i < persons; i++) {
            Node p = person(i);
            String name = name(i);
            add(g, p, RDF.type.asNode(), dk("Person"));
            add(g, p, iri(RDFS + "label"), lang(name, "vi"));
            add(g, p, iri(RDFS + "label"), lang(fold(name), "en"));
            add(g, p, iri(SKOS + "altLabel"), lit(fold(name)));
            add(g, p, dk("nationality"), i % 2 == 0 ? vn : country(real.otherCountry(i)));
        }
        for (String cc : real.countries()) {
            if (!cc.equals("VN")) {
                embassy(g, vn, cc);
            }
        }
        for (int i = 0; i < persons; i += 3) {
            career(g, i);
        }
        for (int d = 0; d < documents; d++) {
            int t = d % DOC_TYPES.length;
            Node doc = document(d);
            add(g, doc, RDF.type.asNode(), dk(DOC_TYPES[t]));
            add(g, doc, dk("documentNumber"), lit((100 + d) + "-" + DOC_SUFFIX[t]));
            add(g, doc, dk("issuer"), iri(ID + (t < 3 ? "org/vn-party-central-committee" : "org/vn-government")));
            add(g, doc, dk("issuedOn"), date(1990 + d % 35, 1 + d % 12, 1 + d % 28));
            add(g, doc, iri(RDFS + "label"), lang("Văn kiện số " + (100 + d), "vi"));
            add(g, doc, dk("title"), lang("Về công tác đối ngoại, văn kiện " + (100 + d), "vi"));
        }
    }

    /** The embassy, ambassador post, relation, partnership history and concurrent accreditation for one country. */
    private void embassy(Node g, Node vn, String cc) {
        Node c = country(cc);
        Node mission = mission(cc);
        add(g, mission, RDF.type.asNode(), dk("Embassy"));
        add(g, mission, iri(RDFS + "label"), lang("Đại sứ quán Việt Nam tại " + cc, "vi"));
        add(g, mission, iri(RDFS + "label"), lang("Embassy of Vietnam in " + cc, "en"));
        add(g, mission, dk("sendingState"), vn);
        add(g, mission, dk("hostCountry"), c);
        add(g, mission, dk("ofState"), vn);
        Node post = ambassadorPost(cc);
        add(g, post, RDF.type.asNode(), dk("Post"));
        add(g, post, iri(RDFS + "label"), lang("Đại sứ Việt Nam tại " + cc, "vi"));
        add(g, post, iri(RDFS + "label"), lang("Ambassador of Vietnam to " + cc, "en"));
        add(g, post, iri(ORG + "postIn"), mission);
        add(g, post, dk("role"), dk("Ambassador"));
        Node rel = iri(ID + "relation/VN-" + cc);
        add(g, rel, RDF.type.asNode(), dk("DiplomaticRelation"));
        add(g, rel, dk("party"), vn);
        add(g, rel, dk("party"), c);
        add(g, rel, dk("establishedOn"), established(cc));
        if (rnd.nextInt(3) == 0) {
            partnership(g, vn, c, cc);
        }
        if (rnd.nextInt(4) == 0) {
            String from = real.otherCountry(cc.hashCode());
            Node acc = iri(ID + "accreditation/syn-vn-embassy-" + from.toLowerCase(Locale.ROOT) + "/" + cc);
            add(g, acc, RDF.type.asNode(), dk("Accreditation"));
            add(g, acc, dk("accreditedMission"), mission(from));
            add(g, acc, dk("accreditedTo"), c);
            add(g, acc, dk("concurrent"), typed("true", XSDDatatype.XSDboolean));
            add(g, acc, dk("startDate"), year(2000 + rnd.nextInt(25)));
        }
    }

    private void partnership(Node g, Node vn, Node c, String cc) {
        Node pship = iri(ID + "partnership/VN-" + cc);
        add(g, pship, RDF.type.asNode(), dk("Partnership"));
        add(g, pship, dk("party"), vn);
        add(g, pship, dk("party"), c);
        add(g, pship, iri(RDFS + "label"), lang("Việt Nam – " + cc, "vi"));
        int n = 1 + rnd.nextInt(3);
        Node previous = null;
        int y = 1995 + rnd.nextInt(10);
        for (int s = 0; s < n; s++) {
            y += 2 + rnd.nextInt(8);
            Node stage = stage(cc, y);
            add(g, pship, dk("hasStage"), stage);
            add(g, stage, RDF.type.asNode(), dk("PartnershipStage"));
            add(g, stage, dk("partnership"), pship);
            add(g, stage, dk("level"), dk(LEVELS[s]));
            add(g, stage, dk("startDate"), year(y));
            add(g, stage, dk("status"), dk(s == n - 1 ? "InForce" : "Superseded"));
            stages.add(new int[] {partnered.size(), y, s});
            if (previous != null) {
                add(g, stage, dk("upgradedFrom"), previous);
            }
            previous = stage;
        }
        partnered.add(cc);
    }

    /** Two to four consecutive ambassador postings of person {@code i}, the last one possibly current. */
    private void career(Node g, int i) {
        Node person = person(i);
        String slug = person.getURI().substring(ID.length() + 7);
        int postings = 2 + rnd.nextInt(3);
        int from = 1990 + rnd.nextInt(25);
        for (int k = 0; k < postings; k++) {
            Node post = ambassadorPost(real.otherCountry(rnd.nextInt(1 << 20)));
            int to = from + 2 + rnd.nextInt(3);
            Node holding = iri(ID + "holding/" + slug + "/" + post.getURI().substring(ID.length() + 5) + "/" + from);
            add(g, holding, RDF.type.asNode(), dk("PostHolding"));
            add(g, holding, dk("holder"), person);
            add(g, holding, dk("post"), post);
            add(g, holding, dk("startDate"), year(from));
            if (k < postings - 1 || to < 2026) {
                add(g, holding, dk("endDate"), year(to));
            }
            from = to;
        }
    }

    private void add(Node g, Node s, Node p, Node o) {
        out.add(g, s, p, o);
    }
}
