package org.diplokg.extract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes an extraction as RDF for the article's named graph: the article with its PROV metadata,
 * every fact with a dk:Evidence (article, code-point offsets, rule, confidence), and declarations
 * of the posts, organisations and persons the graph does not know yet. Same article, same graph:
 * the output is a function of the text and the gazetteer only.
 */
public final class ExtractionGraph {

    private static final String DK = "https://w3id.org/diplokg/ontology#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SCHEMA = "https://schema.org/";

    private final String base;
    private final Gazetteer gazetteer;

    public ExtractionGraph(String baseIri, Gazetteer gazetteer) {
        this.base = baseIri;
        this.gazetteer = gazetteer;
    }

    /** The graph an article's facts live in: keyed by its URL, else its file name, else its content. */
    public String graphIri(ArticleExtraction x) {
        ArticleInput in = x.input();
        String key = in.url() != null && !in.url().isBlank() ? ExtractionPipeline.sha256(in.url())
                : in.fileName() != null ? ExtractionPipeline.sha256("file:" + in.fileName()) : x.sha256();
        return base + "graph/extraction/" + key.substring(0, 16);
    }

    public String articleIri(ArticleExtraction x) {
        return base + "id/article/" + x.sha256().substring(0, 16);
    }

    /** The graph plus how many facts of each kind it states. */
    public record Result(Graph graph, Map<String, Integer> counts) {
    }

    public Result build(ArticleExtraction x, Instant generatedAt) {
        Writer w = new Writer(x);
        w.article(generatedAt);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("personsWithPosts", w.holdings());
        counts.put("countries", w.mentions(x.countries()));
        counts.put("organizations", w.mentions(x.organizations()));
        counts.put("partnerships", w.partnerships());
        counts.put("relations", w.relations());
        counts.put("events", w.events());
        counts.put("policyDocuments", w.documents());
        counts.put("figures", w.figures());
        PersonLinkGraph links = new PersonLinkGraph(base, gazetteer, w.graph, w.article, w.declared, w::evidence);
        counts.put("concurrentAccreditations", links.accreditations(x));
        counts.put("spouses", links.spouses(x));
        counts.put("unresolvedDates", x.unresolvedDates().size());
        return new Result(w.graph, counts);
    }

    private final class Writer {
        private final Graph graph = GraphFactory.createDefaultGraph();
        private final ArticleExtraction x;
        private final Node article;
        private final Set<String> declared = new HashSet<>();

        Writer(ArticleExtraction x) {
            this.x = x;
            this.article = iri(articleIri(x));
        }

        void article(Instant generatedAt) {
            Node g = iri(graphIri(x));
            add(g, RDF.type.asNode(), dk("SourceGraph"));
            add(g, iri(PROV + "wasDerivedFrom"), article);
            add(g, iri(PROV + "generatedAtTime"), typed(generatedAt.toString(), XSDDatatype.XSDdateTime));
            add(g, dk("graphKind"), NodeFactory.createLiteralString("extraction"));
            add(article, RDF.type.asNode(), dk("Article"));
            add(article, dk("sha256"), NodeFactory.createLiteralString(x.sha256()));
            if (!x.title().isBlank()) {
                add(article, dk("title"), vi(x.title()));
            }
            ArticleInput in = x.input();
            if (in.fileName() != null) {
                // The article is its text; the same text may be ingested under several names, so the name is the graph's.
                add(g, RDFS.label.asNode(), NodeFactory.createLiteralLang("Extraction from the file " + in.fileName(), "en"));
            }
            if (in.url() != null && !in.url().isBlank()) {
                add(article, iri(SCHEMA + "url"), iri(in.url()));
            }
            if (in.publisher() != null && !in.publisher().isBlank()) {
                add(article, dk("publisher"), NodeFactory.createLiteralString(in.publisher()));
            }
            if (x.published() != null) {
                add(article, dk("publishedOn"), typed(x.published().toString(), XSDDatatype.XSDdate));
            }
            for (DateMention d : x.unresolvedDates()) {
                add(article, RDFS.comment.asNode(), NodeFactory.createLiteralLang(
                        "Unresolved date expression (no publication date): \"" + d.expression() + "\" at " + codePoint(d.start()), "en"));
            }
        }

        int holdings() {
            Set<String> holdings = new HashSet<>();
            for (Facts.PersonPost p : x.personPosts()) {
                Node person = iri(p.personIri());
                declarePerson(p, person);
                declarePost(p.post());
                String personSlug = p.personIri().substring(p.personIri().lastIndexOf('/') + 1);
                String postSlug = p.post().iri().substring(p.post().iri().lastIndexOf('/') + 1);
                String when = x.published() != null ? x.published().toString() : "undated-" + x.sha256().substring(0, 8);
                Node holding = iri(base + "id/holding/" + personSlug + "/" + postSlug + "/" + when);
                add(holding, RDF.type.asNode(), dk("PostHolding"));
                add(holding, dk("holder"), person);
                add(holding, dk("post"), iri(p.post().iri()));
                if (x.published() != null) {
                    add(holding, dk("attestedOn"), typed(x.published().toString(), XSDDatatype.XSDdate));
                }
                evidence(holding, p.support());
                mention(person);
                holdings.add(p.personIri() + " " + p.post().iri());
            }
            for (Facts.PersonMention m : x.persons()) {
                mention(iri(m.personIri()));
            }
            return holdings.size();
        }

        int mentions(java.util.List<Facts.Mention> mentions) {
            Set<String> distinct = new HashSet<>();
            for (Facts.Mention m : mentions) {
                Gazetteer.Entry e = gazetteer.entity(m.entry().iri()).orElse(m.entry());
                if (m.declaration() != null && !gazetteer.isKnown(e.iri())) {
                    declareOrg(m.declaration());
                } else if (!e.known() && e.orgClass() != null) {
                    declareOrg(OrgRef.of(e.iri(), e.orgClass(), e.label(), e.englishLabel(),
                            e.iri().startsWith(base + "id/org/vn-") ? "VN" : null));
                }
                mention(iri(e.iri()));
                distinct.add(e.iri());
            }
            return distinct.size();
        }

        int partnerships() {
            Set<String> distinct = new HashSet<>();
            for (Facts.Partnership p : x.partnerships()) {
                Node country = country(p.countryCode());
                mention(country);
                mention(iri(p.level()));
                distinct.add(p.countryCode() + " " + p.level());
                DateMention since = p.since();
                if (since == null || !since.resolved() || since.precision() == DateMention.Precision.YEAR && !p.upgrade()) {
                    continue;
                }
                String pair = "VN-" + p.countryCode();
                Node partnership = iri(base + "id/partnership/" + pair);
                Node stage = iri(base + "id/partnership/" + pair + "/" + since.lexical());
                add(partnership, RDF.type.asNode(), dk("Partnership"));
                add(partnership, dk("party"), country("VN"));
                add(partnership, dk("party"), country);
                add(partnership, dk("hasStage"), stage);
                add(stage, RDF.type.asNode(), dk("PartnershipStage"));
                add(stage, dk("partnership"), partnership);
                add(stage, dk("level"), iri(p.level()));
                add(stage, dk("startDate"), date(since));
                evidence(stage, p.support());
            }
            return distinct.size();
        }

        int relations() {
            int n = 0;
            for (Facts.Relation r : x.relations()) {
                mention(country(r.countryCode()));
                if (r.established() == null) {
                    continue;
                }
                Node relation = iri(base + "id/relation/VN-" + r.countryCode());
                add(relation, RDF.type.asNode(), dk("DiplomaticRelation"));
                add(relation, dk("party"), country("VN"));
                add(relation, dk("party"), country(r.countryCode()));
                add(relation, dk("establishedOn"), date(r.established()));
                evidence(relation, r.support());
                n++;
            }
            return n;
        }

        int events() {
            int n = 0;
            for (Facts.Event e : x.events()) {
                DateMention d = e.date();
                String first = e.participants().get(0);
                String when = d.resolved() ? d.lexical() : "undated-" + x.sha256().substring(0, 8);
                Node event = iri(base + "id/event/" + when + "-" + kebab(e.type()) + "-" + first.substring(first.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
                add(event, RDF.type.asNode(), dk(e.type()));
                add(event, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.keyword() + (d.resolved() ? " " + d.lexical() : ""), "vi"));
                if (d.resolved()) {
                    add(event, dk("date"), date(d));
                }
                add(event, dk("dateExpression"), NodeFactory.createLiteralString(d.expression()));
                add(event, dk("dateResolved"), typed(Boolean.toString(d.resolved() && d.inferredYear()), XSDDatatype.XSDboolean));
                for (String p : e.participants()) {
                    add(event, dk("participant"), iri(p));
                }
                if (e.placeCode() != null) {
                    add(event, dk("place"), country(e.placeCode()));
                }
                evidence(event, e.support());
                mention(event);
                n++;
            }
            return n;
        }

        int documents() {
            for (Facts.Document d : x.documents()) {
                Node doc = iri(base + "id/document/" + DocumentExtractor.slug(d.number()));
                add(doc, RDF.type.asNode(), dk(d.type()));
                add(doc, dk("documentNumber"), NodeFactory.createLiteralString(d.number()));
                add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang("Văn bản số " + d.number(), "vi"));
                add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang("Document No. " + d.number(), "en"));
                if (d.issuedOn() != null) {
                    add(doc, dk("issuedOn"), typed(d.issuedOn().toString(), XSDDatatype.XSDdate));
                }
                if (d.issuerSlug() != null) {
                    add(doc, dk("issuer"), iri(base + "id/org/" + d.issuerSlug()));
                }
                evidence(doc, d.support());
                add(article, dk("cites"), doc);
                mention(doc);
            }
            return x.documents().size();
        }

        int figures() {
            int n = 0;
            for (Facts.Figure f : x.figures()) {
                Node figure = iri(base + "id/figure/" + x.sha256().substring(0, 16) + "-x" + (++n));
                add(figure, RDF.type.asNode(), dk("ReportedFigure"));
                BigDecimal v = f.value().stripTrailingZeros();
                add(figure, dk("value"), v.scale() <= 0 ? typed(v.toBigInteger().toString(), XSDDatatype.XSDinteger)
                        : typed(v.toPlainString(), XSDDatatype.XSDdecimal));
                add(figure, dk("unit"), NodeFactory.createLiteralString(f.unit()));
                add(figure, dk("measure"), vi(f.measure()));
                if (x.published() != null) {
                    add(figure, dk("refPeriod"), typed(Integer.toString(x.published().getYear()), XSDDatatype.XSDgYear));
                }
                evidence(figure, f.support());
            }
            return n;
        }

        private void declarePerson(Facts.PersonPost p, Node person) {
            if (gazetteer.isKnown(p.personIri()) || !declared.add(p.personIri())) {
                return;
            }
            add(person, RDF.type.asNode(), dk("Person"));
            add(person, RDFS.label.asNode(), vi(p.name()));
            String ascii = VietnameseText.ascii(p.name());
            add(person, RDFS.label.asNode(), NodeFactory.createLiteralLang(ascii, "en"));
            if (!ascii.equals(p.name())) {
                add(person, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(ascii));
            }
            String state = p.post().org().sendingCode() != null ? p.post().org().sendingCode() : p.post().org().stateCode();
            if (state != null) {
                add(person, dk("nationality"), country(state));
            }
        }

        private void declarePost(PostRef post) {
            if (gazetteer.isKnown(post.iri()) || !declared.add(post.iri())) {
                return;
            }
            Node p = iri(post.iri());
            add(p, RDF.type.asNode(), dk("Post"));
            add(p, RDFS.label.asNode(), vi(post.labelVi()));
            add(p, RDFS.label.asNode(), NodeFactory.createLiteralLang(post.labelEn(), "en"));
            add(p, iri(ORG + "postIn"), iri(post.org().iri()));
            if (post.role() != null) {
                add(p, dk("role"), dk(post.role()));
            }
            declareOrg(post.org());
        }

        private void declareOrg(OrgRef org) {
            if (gazetteer.isKnown(org.iri()) || !declared.add(org.iri())) {
                return;
            }
            Node o = iri(org.iri());
            add(o, RDF.type.asNode(), dk(org.cls()));
            add(o, RDFS.label.asNode(), vi(org.labelVi()));
            if (org.labelEn() != null) {
                add(o, RDFS.label.asNode(), NodeFactory.createLiteralLang(org.labelEn(), "en"));
            }
            if (org.stateCode() != null) {
                add(o, dk("ofState"), country(org.stateCode()));
            }
            if (org.sendingCode() != null) {
                add(o, dk("sendingState"), country(org.sendingCode()));
            }
            if (org.hostCode() != null) {
                add(o, dk("hostCountry"), country(org.hostCode()));
            }
            if (org.seatCity() != null) {
                add(o, dk("seatCity"), NodeFactory.createLiteralString(org.seatCity()));
            }
            if (org.accreditedToIri() != null) {
                add(o, dk("accreditedToOrganization"), iri(org.accreditedToIri()));
                gazetteer.entity(org.accreditedToIri()).filter(e -> !e.known()).ifPresent(e ->
                        declareOrg(OrgRef.of(e.iri(), e.orgClass(), e.label(), e.englishLabel(), null)));
            }
        }

        private void evidence(Node fact, Facts.Support s) {
            Node ev = NodeFactory.createBlankNode();
            add(fact, dk("evidence"), ev);
            add(ev, RDF.type.asNode(), dk("Evidence"));
            add(ev, dk("source"), article);
            add(ev, dk("startOffset"), typed(Integer.toString(codePoint(s.start())), XSDDatatype.XSDinteger));
            add(ev, dk("endOffset"), typed(Integer.toString(codePoint(s.end())), XSDDatatype.XSDinteger));
            add(ev, dk("extractionMethod"), dk("RuleBasedExtraction"));
            add(ev, dk("extractionRule"), NodeFactory.createLiteralString(s.rule()));
            add(ev, dk("confidence"), typed(BigDecimal.valueOf(s.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        }

        private void mention(Node entity) {
            add(article, dk("mentions"), entity);
        }

        private int codePoint(int charOffset) {
            return x.text().codePointCount(0, charOffset);
        }

        private Node country(String code) {
            return iri(base + "id/country/" + code);
        }

        private Node date(DateMention d) {
            return switch (d.precision()) {
                case DAY -> typed(d.lexical(), XSDDatatype.XSDdate);
                case MONTH -> typed(d.lexical(), XSDDatatype.XSDgYearMonth);
                case YEAR -> typed(d.lexical(), XSDDatatype.XSDgYear);
            };
        }

        private void add(Node s, Node p, Node o) {
            graph.add(Triple.create(s, p, o));
        }
    }

    private static String kebab(String type) {
        return type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dk(String local) {
        return NodeFactory.createURI(DK + local);
    }

    private static Node vi(String text) {
        return NodeFactory.createLiteralLang(text, "vi");
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
