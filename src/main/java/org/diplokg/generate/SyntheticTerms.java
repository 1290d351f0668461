package org.diplokg.generate;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Names and IRIs of the synthetic graph, as pure functions of their indexes, so the generator's
 * only state is its random stream (same seed, same bytes) and IRIs are stable across sizes.
 */
final class SyntheticTerms {

    static final String BASE = "https://w3id.org/diplokg/";
    static final String DK = BASE + "ontology#";
    static final String ID = BASE + "id/";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SCHEMA = "https://schema.org/";

    static final String[] EVENT_TYPES = {
        "OfficialVisit",
        "StateVisit",
        "WorkingVisit",
        "Talks",
        "Meeting",
        "Reception",
        "WorkingSession",
        "PhoneCall",
        "VideoCall",
        "Conference",
        "Summit",
        "Signing"
    };
    static final String[] LEVELS = {
        "ComprehensivePartnership", "StrategicPartnership", "ComprehensiveStrategicPartnership"
    };
    static final String[] DOC_TYPES = {
        "PartyResolution",
        "PartyDirective",
        "PartyConclusion",
        "GovernmentDecision",
        "GovernmentResolution",
        "PrimeMinisterDirective"
    };
    static final String[] DOC_SUFFIX = {"NQ/TW", "CT/TW", "KL/TW", "QĐ-TTg", "NQ-CP", "CT-TTg"};
    static final String[] MEASURES_EN = {
        "diplomatic missions abroad",
        "bilateral trade",
        "foreign direct investment",
        "delegations received",
        "agreements signed",
        "overseas Vietnamese",
        "citizen protection cases"
    };
    static final String[] MEASURES_VI = {
        "cơ quan đại diện ở nước ngoài",
        "kim ngạch thương mại song phương",
        "vốn đầu tư trực tiếp nước ngoài",
        "đoàn được đón tiếp",
        "văn kiện được ký kết",
        "người Việt Nam ở nước ngoài",
        "vụ bảo hộ công dân"
    };
    static final String[] UNITS = {"mission", "USD", "USD", "delegation", "document", "person", "case"};
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Hồng", "Đức", "Ngọc", "Xuân", "Hải"
    };
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong", "Quang", "Sơn",
        "Thắng", "Trung", "Tuấn", "Vinh", "Yến", "Khoa"
    };

    private SyntheticTerms() {}

    static Node person(int i) {
        return iri(ID + "person/syn-" + slug(fold(name(i))) + "-" + i);
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length) % MIDDLE.length] + " "
                + GIVEN[(i / 150) % GIVEN.length];
    }

    /** The establishment date the sources agree on for VN and {@code cc}. */
    static Node established(String cc) {
        int h = Math.floorMod(cc.hashCode() * 31 + 7, 70 * 12 * 28);
        return date(1950 + h / (12 * 28), 1 + (h / 28) % 12, 1 + h % 28);
    }

    static Node mission(String cc) {
        return iri(ID + "mission/syn-vn-embassy-" + cc.toLowerCase(Locale.ROOT));
    }

    static Node ambassadorPost(String cc) {
        return iri(ID + "post/syn-vn-ambassador-" + cc.toLowerCase(Locale.ROOT));
    }

    static Node stage(String cc, int year) {
        return iri(ID + "partnership/VN-" + cc + "/syn-" + year);
    }

    static Node document(int d) {
        return iri(ID + "document/syn-" + (100 + d));
    }

    static Node country(String cc) {
        return iri(ID + "country/" + cc);
    }

    static String fold(String s) {
        return Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String iso(int y, int m, int d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node dk(String local) {
        return iri(DK + local);
    }

    static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    static Node typed(String s, XSDDatatype type) {
        return NodeFactory.createLiteralDT(s, type);
    }

    static Node year(int y) {
        return typed(Integer.toString(y), XSDDatatype.XSDgYear);
    }

    static Node date(int y, int m, int d) {
        return typed(iso(y, m, d), XSDDatatype.XSDdate);
    }
}
