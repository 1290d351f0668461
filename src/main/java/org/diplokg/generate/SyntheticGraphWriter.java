package org.diplokg.generate;

import static org.diplokg.generate.SyntheticTerms.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a deterministic synthetic diplomatic graph as gzipped N-Quads, so scale benchmarks and
 * users can reproduce stores of any size without news archives: one reference graph (persons with
 * careers of several post holdings, an embassy per country with concurrent accreditations,
 * relations, partnership histories with their stages, policy documents) and article graphs shaped
 * like the extraction output (a {@code dk:SourceGraph}, the {@code dk:Article} with mentions and
 * citations, events whose participants and counterparts follow a power law, holdings, restated
 * stages and relations, reported figures, each with {@code dk:Evidence} and offsets). Countries,
 * persons and posts of {@code data/} are reused so library queries hit data. Same seed and size, same bytes.
 */
public final class SyntheticGraphWriter {

    /** How often progress is reported, in quads. */
    public static final long PROGRESS_EVERY = 1_000_000;

    private final SyntheticOutput out;
    private final SplittableRandom rnd;
    private final RealIris real;
    private final int persons;
    private final int documents;
    /** The reference graph's partnership stages (index in {@code partnered}, year, level index); articles restate them. */
    private final List<int[]> stages = new java.util.ArrayList<>();

    private final List<String> partnered = new java.util.ArrayList<>();

    private SyntheticGraphWriter(StreamRDF out, long seed, RealIris real, long target, LongConsumer progress) {
        this.out = new SyntheticOutput(out, progress);
        this.rnd = new SplittableRandom(seed);
        this.real = real;
        this.persons = (int) Math.max(200, target / 500);
        this.documents = (int) Math.max(50, target / 5000);
    }

    /**
     * Writes about {@code triples} quads (stops after the first article graph at or past it) to
     * {@code target}; returns the count. {@code data} is the project's data directory.
     */
    public static long write(Path target, long triples, long seed, Path data, LongConsumer progress)
            throws IOException {
        RealIris real = RealIris.read(data);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = new BufferedOutputStream(new FastGzip(Files.newOutputStream(target)), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
            w.start();
            SyntheticGraphWriter gen = new SyntheticGraphWriter(w, seed, real, triples, progress);
            new ReferenceGraphWriter(gen.out, gen.rnd, real, gen.persons, gen.documents, gen.stages, gen.partnered)
                    .write();
            for (int a = 0; gen.out.count() < triples; a++) {
                gen.article(a);
            }
            w.finish();
            return gen.out.count();
        }
    }

    // ---- one article graph ----

    private void article(int a) {
        String hex = String.format(Locale.ROOT, "5e%014x", a);
        Node g = iri(BASE + "graph/article/" + hex);
        Node art = iri(ID + "article/" + hex);
        out.sourceGraph(g, art, "extraction");
        int year = 2000 + rnd.nextInt(26);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        add(g, art, RDF.type.asNode(), dk("Article"));
        add(g, art, dk("fileName"), lit(hex + ".txt"));
        add(g, art, dk("sha256"), lit(hex + "0".repeat(48)));
        add(
                g,
                art,
                dk("title"),
                lang("Tin đối ngoại số " + a + ": hoạt động ngày " + day + "/" + month + "/" + year, "vi"));
        add(g, art, dk("publisher"), lit(a % 3 == 0 ? "Báo Thế giới và Việt Nam (TG&VN)" : "Bộ Ngoại giao"));
        add(g, art, dk("publishedOn"), date(year, month, day));
        add(g, art, iri(SCHEMA + "url"), iri("https://example.org/news/" + hex));
        int offset = 0;
        Node[] people = new Node[4];
        for (int i = 0; i < people.length; i++) {
            people[i] = pickPerson();
            offset = mention(g, art, people[i], offset);
        }
        Node vn = country("VN");
        Node other = country(real.otherCountry(rnd.nextInt(1 << 20)));
        add(g, art, dk("mentions"), vn);
        add(g, art, dk("mentions"), other);
        for (int e = 0; e < 3; e++) {
            offset = event(
                    g,
                    art,
                    hex + "-" + e,
                    a + "-" + e,
                    e,
                    people,
                    vn,
                    other,
                    date(year, month, day),
                    day + "/" + month,
                    offset);
        }
        for (int h = 0; h < 2; h++) {
            offset = holding(g, art, people[h], date(year, month, day), offset);
        }
        for (int f = 0; f < 2; f++) {
            offset = figure(g, art, hex, f, other, year, offset);
        }
        if (a % 3 == 0 && !stages.isEmpty()) {
            // the level as the reference states it: a stage has exactly one level, in every graph together
            int[] known = stages.get(rnd.nextInt(stages.size()));
            String cc = partnered.get(known[0]);
            Node stage = stage(cc, known[1]);
            add(g, stage, RDF.type.asNode(), dk("PartnershipStage"));
            add(g, stage, dk("level"), dk(LEVELS[known[2]]));
            add(g, stage, dk("startDate"), year(known[1]));
            add(g, stage, dk("partnership"), iri(ID + "partnership/VN-" + cc));
            offset = evidence(g, art, stage, offset, "partnership-level");
        }
        if (a % 2 == 0) {
            Node rel = iri(ID + "relation/VN-" + real.otherCountry(a));
            add(g, rel, RDF.type.asNode(), dk("DiplomaticRelation"));
            add(g, rel, dk("party"), vn);
            add(g, rel, dk("party"), country(real.otherCountry(a)));
            // sources mostly agree; one restatement in 50 gives another date (a conflicting claim)
            add(
                    g,
                    rel,
                    dk("establishedOn"),
                    rnd.nextInt(50) == 0
                            ? date(1950 + rnd.nextInt(70), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                            : established(real.otherCountry(a)));
            offset = evidence(g, art, rel, offset, "relation-established");
        }
        if (a % 4 == 0) {
            Node doc = document(rnd.nextInt(documents));
            add(g, art, dk("cites"), doc);
            add(g, doc, RDF.type.asNode(), dk("PolicyDocument"));
            evidence(g, art, doc, offset, "document-number");
        }
    }

    /** One event: two named people, VN and the other country, plus a power-law number of further participants and counterparts. */
    private int event(
            Node g,
            Node art,
            String id,
            String label,
            int e,
            Node[] people,
            Node vn,
            Node other,
            Node date,
            String expr,
            int offset) {
        String type = EVENT_TYPES[rnd.nextInt(EVENT_TYPES.length)];
        Node ev = iri(ID + "event/" + date.getLiteralLexicalForm() + "-syn-" + id);
        add(g, art, dk("mentions"), ev);
        add(g, ev, RDF.type.asNode(), dk(type));
        add(g, ev, iri(RDFS + "label"), lang(type + " " + label, "vi"));
        add(g, ev, iri(RDFS + "label"), lang(type + " " + label, "en"));
        add(g, ev, dk("date"), date);
        add(g, ev, dk("dateExpression"), lit(expr));
        add(g, ev, dk("place"), e % 2 == 0 ? vn : other);
        add(
                g,
                ev,
                dk("placeName"),
                lang(e % 2 == 0 ? "Hà Nội" : "Thủ đô " + other.getURI().substring(ID.length() + 8), "vi"));
        add(g, ev, dk("cameoCode"), lit("04" + (e + 2)));
        Node p1 = people[e % people.length];
        add(g, ev, dk("participant"), p1);
        add(g, ev, dk("participant"), people[(e + 1) % people.length]);
        add(g, ev, dk("participant"), vn);
        add(g, ev, dk("participant"), other);
        for (int k = powerLaw(); k > 0; k--) {
            Node extra = pickPerson();
            add(g, extra, RDF.type.asNode(), dk("Person"));
            add(g, ev, dk("participant"), extra);
        }
        for (int k = powerLaw(); k > 0; k--) {
            add(g, ev, dk("participant"), country(real.otherCountry(rnd.nextInt(1 << 20))));
        }
        Node part = blank();
        add(g, ev, dk("participation"), part);
        add(g, part, RDF.type.asNode(), dk("Participation"));
        add(g, part, dk("agent"), p1);
        add(g, part, dk("participantRole"), dk(e % 2 == 0 ? "Host" : "Guest"));
        return evidence(g, art, ev, offset, "event-" + type);
    }

    private int holding(Node g, Node art, Node person, Node attested, int offset) {
        List<Node> realPosts = real.posts();
        Node post = rnd.nextInt(10) == 0 && !realPosts.isEmpty()
                ? realPosts.get(rnd.nextInt(realPosts.size()))
                : ambassadorPost(real.otherCountry(rnd.nextInt(1 << 20)));
        String slug = person.getURI().substring(ID.length() + 7);
        String postSlug = post.getURI().substring(ID.length() + 5);
        int from = 1995 + rnd.nextInt(30);
        Node holding = iri(ID + "holding/" + slug + "/" + postSlug + "/" + from);
        add(g, holding, RDF.type.asNode(), dk("PostHolding"));
        add(g, holding, dk("holder"), person);
        add(g, holding, dk("post"), post);
        if (rnd.nextInt(4) == 0) {
            add(g, holding, dk("attestedOn"), attested);
        } else {
            add(g, holding, dk("startDate"), year(from));
            if (rnd.nextBoolean()) {
                add(g, holding, dk("endDate"), year(from + 1 + rnd.nextInt(6)));
            }
        }
        return evidence(g, art, holding, offset, "holding-title-name");
    }

    private int figure(Node g, Node art, String hex, int f, Node other, int refYear, int offset) {
        int m = rnd.nextInt(MEASURES_EN.length);
        Node fig = iri(ID + "figure/" + hex + "-" + (f + 1));
        add(g, art, dk("mentions"), fig);
        add(g, fig, RDF.type.asNode(), dk("ReportedFigure"));
        add(g, fig, dk("measure"), lang(MEASURES_VI[m], "vi"));
        add(g, fig, dk("measure"), lang(MEASURES_EN[m], "en"));
        add(g, fig, dk("value"), typed(Integer.toString(1 + rnd.nextInt(100_000)), XSDDatatype.XSDinteger));
        add(g, fig, dk("unit"), lit(UNITS[m]));
        add(g, fig, dk("refPeriod"), year(refYear));
        add(g, fig, dk("aboutEntity"), f == 0 ? other : iri(ID + "org/vn-ministry-of-foreign-affairs"));
        return evidence(g, art, fig, offset, "figure-number-unit");
    }

    private int mention(Node g, Node art, Node p, int offset) {
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

    // ---- random choices ----

    /** 0 most of the time, 1 often, large rarely: P(k) falls as about k^-2.5, capped at 30. */
    private int powerLaw() {
        double u = 1.0 - rnd.nextDouble();
        return Math.min(30, (int) Math.floor(Math.pow(u, -1 / 1.5)) - 1);
    }

    private Node pickPerson() {
        List<Node> realPersons = real.persons();
        if (!realPersons.isEmpty() && rnd.nextInt(20) == 0) {
            return realPersons.get(rnd.nextInt(realPersons.size()));
        }
        // skewed: a few officials appear far more often than the rest, as in the news
        int i = rnd.nextInt(4) == 0 ? rnd.nextInt(Math.max(1, persons / 100)) : rnd.nextInt(persons);
        return person(i);
    }

    private Node blank() {
        return out.blank();
    }

    private void add(Node g, Node s, Node p, Node o) {
        out.add(g, s, p, o);
    }
}
