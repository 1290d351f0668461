package org.diplokg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.knowledge.RdfFiles;
import org.diplokg.store.RdfSource;

/**
 * Deterministic synthetic DiploKG data for the scale benchmarks (issues 7 and 8), written as gzipped
 * N-Quads: one reference graph (persons, missions, posts, partnerships with stages and levels,
 * relations, accreditations, policy documents) and many article graphs shaped like the extraction
 * output (a self-describing {@code dk:SourceGraph}, the {@code dk:Article} with mentions and
 * citations, events with participants, participations and dates, post holdings, restated
 * partnership stages and relations, reported figures, all with {@code dk:Evidence} nodes). Reuses the
 * real country, person and post IRIs of {@code data/} so the library queries' default parameters hit
 * data. Fixed seed: the same arguments give the same bytes.
 *
 * <p>{@code java ... org.diplokg.bench.SyntheticData OUT.nq.gz TRIPLES [DATA_DIR]}
 */
public final class SyntheticData {

    static final String BASE = "https://w3id.org/diplokg/";
    static final String DK = BASE + "ontology#";
    static final String ID = BASE + "id/";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SCHEMA = "https://schema.org/";
    private static final long SEED = 20261128L;

    private static final String[] EVENT_TYPES = {"OfficialVisit", "StateVisit", "WorkingVisit", "Talks", "Meeting", "Reception", "WorkingSession",
            "PhoneCall", "VideoCall", "Conference", "Summit", "Signing"};
    private static final String[] LEVELS = {"ComprehensivePartnership", "StrategicPartnership", "ComprehensiveStrategicPartnership"};
    private static final String[] DOC_TYPES = {"PartyResolution", "PartyDirective", "PartyConclusion", "GovernmentDecision", "GovernmentResolution",
            "PrimeMinisterDirective"};
    private static final String[] DOC_SUFFIX = {"NQ/TW", "CT/TW", "KL/TW", "QĐ-TTg", "NQ-CP", "CT-TTg"};
    private static final String[] MEASURES_EN = {"diplomatic missions abroad", "bilateral trade", "foreign direct investment", "delegations received",
            "agreements signed", "overseas Vietnamese", "citizen protection cases"};
    private static final String[] MEASURES_VI = {"cơ quan đại diện ở nước ngoài", "kim ngạch thương mại song phương", "vốn đầu tư trực tiếp nước ngoài",
            "đoàn được đón tiếp", "văn kiện được ký kết", "người Việt Nam ở nước ngoài", "vụ bảo hộ công dân"};
    private static final String[] UNITS = {"mission", "USD", "USD", "delegation", "document", "person", "case"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Hồng", "Đức", "Ngọc", "Xuân", "Hải"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong", "Quang", "Sơn",
            "Thắng", "Trung", "Tuấn", "Vinh", "Yến", "Khoa"};

    private final StreamRDF out;
    private final SplittableRandom rnd = new SplittableRandom(SEED);
    private final List<String> countries;
    private final List<Node> realPersons;
    private final List<Node> realPosts;
    private final int persons;
    private final int documents;
    private long count;
    private long blank;

    private SyntheticData(StreamRDF out, List<String> countries, List<Node> realPersons, List<Node> realPosts, long target) {
        this.out = out;
        this.countries = countries;
        this.realPersons = realPersons;
        this.realPosts = realPosts;
        this.persons = (int) Math.max(200, target / 500);
        this.documents = (int) Math.max(50, target / 5000);
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        long triples = Long.parseLong(args[1]);
        Path data = Path.of(args.length > 2 ? args[2] : "data");
        long start = System.nanoTime();
        long n = write(target, triples, data);
        System.out.printf(Locale.ROOT, "%,d quads in %s (%.1f s)%n", n, target, (System.nanoTime() - start) / 1e9);
    }

    /** Writes about {@code triples} quads (stops after the first article graph at or past it); returns the count. */
    public static long write(Path target, long triples, Path data) throws IOException {
        Dataset real = DatasetFactory.create();
        for (RdfSource s : RdfFiles.underDirectory(data, BASE)) {
            RDFDataMgr.read(real, s.file().toString(), s.lang());
        }
        Node type = RDF.type.asNode();
        List<String> countries = new ArrayList<>();
        List<Node> persons = new ArrayList<>();
        List<Node> posts = new ArrayList<>();
        real.asDatasetGraph().find(Node.ANY, Node.ANY, type, Node.ANY).forEachRemaining(q -> {
            String o = q.getObject().isURI() ? q.getObject().getURI() : "";
            if (o.equals(DK + "Country") && q.getSubject().getURI().startsWith(ID + "country/")) {
                countries.add(q.getSubject().getURI().substring((ID + "country/").length()));
            } else if (o.equals(DK + "Person")) {
                persons.add(q.getSubject());
            } else if (o.equals(DK + "Post")) {
                posts.add(q.getSubject());
            }
        });
        List<String> cs = countries.stream().distinct().sorted().toList();
        List<Node> ps = persons.stream().distinct().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
        List<Node> po = posts.stream().distinct().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream file = new BufferedOutputStream(new FastGzip(Files.newOutputStream(target)), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
            w.start();
            SyntheticData gen = new SyntheticData(w, cs, ps, po, triples);
            gen.reference();
            for (int a = 0; gen.count < triples; a++) {
                gen.article(a);
            }
            w.finish();
            return gen.count;
        }
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    // ---- reference graph ----

    private void reference() {
        Node g = iri(BASE + "graph/reference/synthetic");
        Node source = iri(ID + "source/diplokg-synthetic");
        sourceGraph(g, source, "reference");
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
            add(g, p, dk("nationality"), i % 2 == 0 ? vn : country(otherCountry(i)));
        }
        for (String cc : countries) {
            if (cc.equals("VN")) {
                continue;
            }
            Node c = country(cc);
            Node mission = iri(ID + "mission/syn-vn-embassy-" + cc.toLowerCase(Locale.ROOT));
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
            // relation and partnership with its stages
            Node rel = iri(ID + "relation/VN-" + cc);
            add(g, rel, RDF.type.asNode(), dk("DiplomaticRelation"));
            add(g, rel, dk("party"), vn);
            add(g, rel, dk("party"), c);
            add(g, rel, dk("establishedOn"), established(cc));
            if (rnd.nextInt(3) == 0) {
                Node pship = iri(ID + "partnership/VN-" + cc);
                add(g, pship, RDF.type.asNode(), dk("Partnership"));
                add(g, pship, dk("party"), vn);
                add(g, pship, dk("party"), c);
                add(g, pship, iri(RDFS + "label"), lang("Việt Nam – " + cc, "vi"));
                int stages = 1 + rnd.nextInt(3);
                Node previous = null;
                int year = 1995 + rnd.nextInt(10);
                for (int s = 0; s < stages; s++) {
                    year += 2 + rnd.nextInt(8);
                    Node stage = stage(cc, year);
                    add(g, pship, dk("hasStage"), stage);
                    add(g, stage, RDF.type.asNode(), dk("PartnershipStage"));
                    add(g, stage, dk("partnership"), pship);
                    add(g, stage, dk("level"), dk(LEVELS[s]));
                    add(g, stage, dk("startDate"), typed(Integer.toString(year), XSDDatatype.XSDgYear));
                    add(g, stage, dk("status"), dk(s == stages - 1 ? "InForce" : "Superseded"));
                    if (previous != null) {
                        add(g, stage, dk("upgradedFrom"), previous);
                    }
                    previous = stage;
                }
            }
            if (rnd.nextInt(4) == 0) {
                Node acc = iri(ID + "accreditation/syn-vn-embassy-" + otherCountry(cc.hashCode()).toLowerCase(Locale.ROOT) + "/" + cc);
                add(g, acc, RDF.type.asNode(), dk("Accreditation"));
                add(g, acc, dk("accreditedMission"), iri(ID + "mission/syn-vn-embassy-" + otherCountry(cc.hashCode()).toLowerCase(Locale.ROOT)));
                add(g, acc, dk("accreditedTo"), c);
                add(g, acc, dk("concurrent"), typed("true", XSDDatatype.XSDboolean));
                add(g, acc, dk("startDate"), typed(Integer.toString(2000 + rnd.nextInt(25)), XSDDatatype.XSDgYear));
            }
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

    // ---- one article graph ----

    private void article(int a) {
        String hex = String.format(Locale.ROOT, "5e%014x", a);
        Node g = iri(BASE + "graph/article/" + hex);
        Node art = iri(ID + "article/" + hex);
        sourceGraph(g, art, "extraction");
        int year = 2000 + rnd.nextInt(26);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        add(g, art, RDF.type.asNode(), dk("Article"));
        add(g, art, dk("fileName"), lit(hex + ".txt"));
        add(g, art, dk("sha256"), lit(hex + "0".repeat(48)));
        add(g, art, dk("title"), lang("Tin đối ngoại số " + a + ": hoạt động ngày " + day + "/" + month + "/" + year, "vi"));
        add(g, art, dk("publisher"), lit(a % 3 == 0 ? "Báo Thế giới và Việt Nam (TG&VN)" : "Bộ Ngoại giao"));
        add(g, art, dk("publishedOn"), date(year, month, day));
        add(g, art, iri(SCHEMA + "url"), iri("https://example.org/news/" + hex));
        int offset = 0;
        // persons mentioned, restated with their labels as the extraction does
        Node[] people = new Node[4];
        for (int i = 0; i < people.length; i++) {
            people[i] = pickPerson();
            offset = restatePerson(g, art, people[i], offset);
        }
        Node vn = country("VN");
        Node other = country(otherCountry(rnd.nextInt(1 << 20)));
        add(g, art, dk("mentions"), vn);
        add(g, art, dk("mentions"), other);
        for (int e = 0; e < 3; e++) {
            String type = EVENT_TYPES[rnd.nextInt(EVENT_TYPES.length)];
            Node ev = iri(ID + "event/" + iso(year, month, day) + "-syn-" + hex + "-" + e);
            add(g, art, dk("mentions"), ev);
            add(g, ev, RDF.type.asNode(), dk(type));
            add(g, ev, iri(RDFS + "label"), lang(type + " " + a + "-" + e, "vi"));
            add(g, ev, iri(RDFS + "label"), lang(type + " " + a + "-" + e, "en"));
            add(g, ev, dk("date"), date(year, month, day));
            add(g, ev, dk("dateExpression"), lit(day + "/" + month));
            add(g, ev, dk("place"), e % 2 == 0 ? vn : other);
            add(g, ev, dk("placeName"), lang(e % 2 == 0 ? "Hà Nội" : "Thủ đô " + other.getURI().substring(ID.length() + 8), "vi"));
            add(g, ev, dk("cameoCode"), lit("04" + (e + 2)));
            Node p1 = people[e % people.length];
            Node p2 = people[(e + 1) % people.length];
            add(g, ev, dk("participant"), p1);
            add(g, ev, dk("participant"), p2);
            add(g, ev, dk("participant"), vn);
            add(g, ev, dk("participant"), other);
            Node part = blank();
            add(g, ev, dk("participation"), part);
            add(g, part, RDF.type.asNode(), dk("Participation"));
            add(g, part, dk("agent"), p1);
            add(g, part, dk("participantRole"), dk(e % 2 == 0 ? "Host" : "Guest"));
            offset = evidence(g, art, ev, offset, "event-" + type);
        }
        for (int h = 0; h < 2; h++) {
            Node person = people[h];
            Node post = rnd.nextInt(10) == 0 && !realPosts.isEmpty() ? realPosts.get(rnd.nextInt(realPosts.size()))
                    : ambassadorPost(otherCountry(rnd.nextInt(1 << 20)));
            String slug = person.getURI().substring(ID.length() + 7);
            String postSlug = post.getURI().substring(ID.length() + 5);
            int from = 1995 + rnd.nextInt(30);
            Node holding = iri(ID + "holding/" + slug + "/" + postSlug + "/" + from);
            add(g, holding, RDF.type.asNode(), dk("PostHolding"));
            add(g, holding, dk("holder"), person);
            add(g, holding, dk("post"), post);
            if (rnd.nextInt(4) == 0) {
                add(g, holding, dk("attestedOn"), date(year, month, day));
            } else {
                add(g, holding, dk("startDate"), typed(Integer.toString(from), XSDDatatype.XSDgYear));
                if (rnd.nextBoolean()) {
                    add(g, holding, dk("endDate"), typed(Integer.toString(from + 1 + rnd.nextInt(6)), XSDDatatype.XSDgYear));
                }
            }
            offset = evidence(g, art, holding, offset, "holding-title-name");
        }
        for (int f = 0; f < 2; f++) {
            int m = rnd.nextInt(MEASURES_EN.length);
            Node fig = iri(ID + "figure/" + hex + "-" + (f + 1));
            add(g, art, dk("mentions"), fig);
            add(g, fig, RDF.type.asNode(), dk("ReportedFigure"));
            add(g, fig, dk("measure"), lang(MEASURES_VI[m], "vi"));
            add(g, fig, dk("measure"), lang(MEASURES_EN[m], "en"));
            add(g, fig, dk("value"), typed(Integer.toString(1 + rnd.nextInt(100_000)), XSDDatatype.XSDinteger));
            add(g, fig, dk("unit"), lit(UNITS[m]));
            add(g, fig, dk("refPeriod"), typed(Integer.toString(year), XSDDatatype.XSDgYear));
            add(g, fig, dk("aboutEntity"), f == 0 ? other : iri(ID + "org/vn-ministry-of-foreign-affairs"));
            offset = evidence(g, art, fig, offset, "figure-number-unit");
        }
        if (a % 3 == 0) {
            String cc = otherCountry(rnd.nextInt(1 << 20));
            int y = 2000 + rnd.nextInt(25);
            Node stage = stage(cc, y);
            add(g, stage, RDF.type.asNode(), dk("PartnershipStage"));
            int level = Math.floorMod((cc + y).hashCode(), LEVELS.length);
            add(g, stage, dk("level"), dk(LEVELS[rnd.nextInt(50) == 0 ? (level + 1) % LEVELS.length : level]));
            add(g, stage, dk("startDate"), typed(Integer.toString(y), XSDDatatype.XSDgYear));
            add(g, stage, dk("partnership"), iri(ID + "partnership/VN-" + cc));
            offset = evidence(g, art, stage, offset, "partnership-level");
        }
        if (a % 2 == 0) {
            Node rel = iri(ID + "relation/VN-" + otherCountry(a));
            add(g, rel, RDF.type.asNode(), dk("DiplomaticRelation"));
            add(g, rel, dk("party"), vn);
            add(g, rel, dk("party"), country(otherCountry(a)));
            // sources mostly agree; one restatement in 50 gives another date (a conflicting claim)
            add(g, rel, dk("establishedOn"), rnd.nextInt(50) == 0 ? date(1950 + rnd.nextInt(70), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                    : established(otherCountry(a)));
            offset = evidence(g, art, rel, offset, "relation-established");
        }
        if (a % 4 == 0) {
            Node doc = document(rnd.nextInt(documents));
            add(g, art, dk("cites"), doc);
            add(g, doc, RDF.type.asNode(), dk("PolicyDocument"));
            evidence(g, art, doc, offset, "document-number");
        }
    }

    private int restatePerson(Node g, Node art, Node p, int offset) {
        add(g, art, dk("mentions"), p);
        add(g, p, RDF.type.asNode(), dk("Person"));
        return evidence(g, art, p, offset, "person-name");
    }

    private int evidence(Node g, Node art, Node fact, int offset, String rule) {
        Node e = blank();
        int len = 20 + rnd.nextInt(120);
        add(g, fact, dk("evidence"), e);
        add(g, e, RDF.type.asNode(), dk("Evidence"));
        add(g, e, dk("source"), art);
        add(g, e, dk("startOffset"), typed(Integer.toString(offset), XSDDatatype.XSDinteger));
        add(g, e, dk("endOffset"), typed(Integer.toString(offset + len), XSDDatatype.XSDinteger));
        add(g, e, dk("extractionMethod"), dk("RuleBasedExtraction"));
        add(g, e, dk("extractionRule"), lit(rule));
        add(g, e, dk("confidence"), typed("0." + (50 + rnd.nextInt(50)), XSDDatatype.XSDdecimal));
        return offset + len + 1;
    }

    private void sourceGraph(Node g, Node source, String kind) {
        add(g, g, RDF.type.asNode(), dk("SourceGraph"));
        add(g, g, iri(PROV + "wasDerivedFrom"), source);
        add(g, g, iri(PROV + "generatedAtTime"), typed("2026-11-28T00:00:00Z", XSDDatatype.XSDdateTime));
        add(g, g, dk("graphKind"), lit(kind));
    }

    // ---- pools and naming ----

    private Node pickPerson() {
        if (!realPersons.isEmpty() && rnd.nextInt(20) == 0) {
            return realPersons.get(rnd.nextInt(realPersons.size()));
        }
        // skewed: a few officials appear far more often than the rest, as in the news
        int i = rnd.nextInt(4) == 0 ? rnd.nextInt(Math.max(1, persons / 100)) : rnd.nextInt(persons);
        return person(i);
    }

    private Node person(int i) {
        return iri(ID + "person/syn-" + slug(fold(name(i))) + "-" + i);
    }

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length) % MIDDLE.length] + " " + GIVEN[(i / 150) % GIVEN.length];
    }

    private String otherCountry(int i) {
        String cc = countries.get(Math.floorMod(i, countries.size()));
        return cc.equals("VN") ? countries.get(Math.floorMod(i + 1, countries.size())) : cc;
    }

    /** The establishment date the sources agree on for VN and {@code cc}. */
    private static Node established(String cc) {
        int h = Math.floorMod(cc.hashCode() * 31 + 7, 70 * 12 * 28);
        return date(1950 + h / (12 * 28), 1 + (h / 28) % 12, 1 + h % 28);
    }

    private static Node ambassadorPost(String cc) {
        return iri(ID + "post/syn-vn-ambassador-" + cc.toLowerCase(Locale.ROOT));
    }

    private static Node stage(String cc, int year) {
        return iri(ID + "partnership/VN-" + cc + "/" + year);
    }

    private static Node document(int d) {
        return iri(ID + "document/syn-" + (100 + d));
    }

    private static Node country(String cc) {
        return iri(ID + "country/" + cc);
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String iso(int y, int m, int d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    private Node blank() {
        return NodeFactory.createBlankNode("s" + Long.toString(blank++, 36));
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node dk(String local) {
        return iri(DK + local);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    private static Node typed(String s, XSDDatatype type) {
        return NodeFactory.createLiteralDT(s, type);
    }

    private static Node date(int y, int m, int d) {
        return typed(iso(y, m, d), XSDDatatype.XSDdate);
    }

    private void add(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
        count++;
    }
}
