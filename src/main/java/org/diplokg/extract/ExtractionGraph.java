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
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.IriPolicy;

/**
 * Writes an extraction as RDF for the article's named graph: the article with its PROV metadata,
 * every fact with a dk:Evidence (article, code-point offsets, rule, confidence), and declarations
 * of the posts, organisations and persons the graph does not know yet. Same article, same graph:
 * the output is a function of the text and the gazetteer only.
 */
public final class ExtractionGraph {

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SCHEMA = "https://schema.org/";

    private final IriPolicy iris;
    private final Gazetteer gazetteer;

    public ExtractionGraph(String baseIri, Gazetteer gazetteer) {
        this.iris = new IriPolicy(baseIri);
        this.gazetteer = gazetteer;
    }

    /** The graph an article's facts live in: keyed by its URL, else its file name, else its content. */
    public String graphIri(ArticleExtraction x) {
        ArticleInput in = x.input();
        String key = in.url() != null && !in.url().isBlank()
                ? ExtractionPipeline.sha256(in.url())
                : in.fileName() != null ? ExtractionPipeline.sha256("file:" + in.fileName()) : x.sha256();
        return iris.graph("extraction/" + IriPolicy.hashKey(key));
    }

    public String articleIri(ArticleExtraction x) {
        return iris.entity("article", IriPolicy.hashKey(x.sha256()));
    }

    /** The graph plus how many facts of each kind it states. */
    public record Result(Graph graph, Map<String, Integer> counts) {}

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
        PersonLinkGraph links =
                new PersonLinkGraph(iris, gazetteer, w.graph, w.article, w.declare.declared(), w::evidence);
        counts.put("concurrentAccreditations", links.accreditations(x));
        counts.put("spouses", links.spouses(x));
        counts.put("unresolvedDates", x.unresolvedDates().size());
        return new Result(w.graph, counts);
    }

    private final class Writer {
        private final Graph graph = GraphFactory.createDefaultGraph();
        private final ArticleExtraction x;
        private final Node article;
        private final EntityDeclarations declare = new EntityDeclarations(graph, gazetteer, iris);

        Writer(ArticleExtraction x) {
            this.x = x;
            this.article = iri(articleIri(x));
        }

        void article(Instant generatedAt) {
            Node g = iri(graphIri(x));
            add(g, RDF.type.asNode(), DiploKg.SourceGraph);
            add(g, iri(PROV + "wasDerivedFrom"), article);
            add(g, iri(PROV + "generatedAtTime"), typed(generatedAt.toString(), XSDDatatype.XSDdateTime));
            add(g, DiploKg.graphKind, NodeFactory.createLiteralString("extraction"));
            add(article, RDF.type.asNode(), DiploKg.Article);
            add(article, DiploKg.term("sha256"), NodeFactory.createLiteralString(x.sha256()));
            // The text the offsets count in, so the article page can highlight each fact's span.
            add(article, iri(SCHEMA + "text"), NodeFactory.createLiteralString(x.text()));
            if (!x.title().isBlank()) {
                add(article, DiploKg.title, vi(x.title()));
            }
            ArticleInput in = x.input();
            if (in.fileName() != null) {
                // The article is its text; the same text may be ingested under several names, so the name is the
                // graph's.
                add(
                        g,
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralLang("Extraction from the file " + in.fileName(), "en"));
            }
            if (in.url() != null && !in.url().isBlank()) {
                add(article, iri(SCHEMA + "url"), iri(in.url()));
            }
            if (in.publisher() != null && !in.publisher().isBlank()) {
                add(article, DiploKg.publisher, NodeFactory.createLiteralString(in.publisher()));
            }
            if (x.published() != null) {
                add(article, DiploKg.publishedOn, typed(x.published().toString(), XSDDatatype.XSDdate));
            }
            for (DateMention d : x.unresolvedDates()) {
                add(
                        article,
                        RDFS.comment.asNode(),
                        NodeFactory.createLiteralLang(
                                "Unresolved date expression (no publication date): \"" + d.expression() + "\" at "
                                        + codePoint(d.start()),
                                "en"));
            }
        }

        int holdings() {
            Set<String> holdings = new HashSet<>();
            for (Facts.PersonPost p : x.personPosts()) {
                Node person = iri(p.personIri());
                declare.person(p, person);
                declare.post(p.post());
                String personSlug = p.personIri().substring(p.personIri().lastIndexOf('/') + 1);
                String postSlug = p.post().iri().substring(p.post().iri().lastIndexOf('/') + 1);
                String when = x.published() != null
                        ? x.published().toString()
                        : "undated-" + x.sha256().substring(0, 8);
                Node holding = iri(iris.entity("holding", personSlug + "/" + postSlug + "/" + when));
                add(holding, RDF.type.asNode(), DiploKg.PostHolding);
                add(holding, DiploKg.holder, person);
                add(holding, DiploKg.post, iri(p.post().iri()));
                if (x.published() != null) {
                    add(holding, DiploKg.attestedOn, typed(x.published().toString(), XSDDatatype.XSDdate));
                }
                evidence(holding, p.support());
                mention(person);
                holdings.add(p.personIri() + " " + p.post().iri());
            }
            for (Facts.PersonMention m : x.persons()) {
                mention(iri(m.personIri()));
                if (!m.support().rule().startsWith("gazetteer-person")) {
                    // Read by name only (untitled, former post, later mention): declared, mentioned. No evidence on
                    // the person node: it is shared by every article, and its evidence would grow with the store.
                    declare.person(m.personIri(), m.name());
                }
            }
            return holdings.size();
        }

        int mentions(java.util.List<Facts.Mention> mentions) {
            Set<String> distinct = new HashSet<>();
            for (Facts.Mention m : mentions) {
                Gazetteer.Entry e = gazetteer.entity(m.entry().iri()).orElse(m.entry());
                if (m.declaration() != null && !gazetteer.isKnown(e.iri())) {
                    declare.org(m.declaration());
                } else if (!e.known() && e.orgClass() != null) {
                    declare.org(OrgRef.of(
                            e.iri(),
                            e.orgClass(),
                            e.label(),
                            e.englishLabel(),
                            e.iri().startsWith(iris.entity("org", "vn-")) ? "VN" : null));
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
                if (since == null
                        || !since.resolved()
                        || since.precision() == DateMention.Precision.YEAR && !p.upgrade()) {
                    continue;
                }
                String pair = "VN-" + p.countryCode();
                Node partnership = iri(iris.entity("partnership", pair));
                Node stage = iri(iris.entity("partnership", pair + "/" + since.lexical()));
                add(partnership, RDF.type.asNode(), DiploKg.Partnership);
                add(partnership, DiploKg.party, country("VN"));
                add(partnership, DiploKg.party, country);
                add(partnership, DiploKg.hasStage, stage);
                add(stage, RDF.type.asNode(), DiploKg.PartnershipStage);
                add(stage, DiploKg.partnership, partnership);
                add(stage, DiploKg.level, iri(p.level()));
                add(stage, DiploKg.startDate, date(since));
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
                Node relation = iri(iris.entity("relation", "VN-" + r.countryCode()));
                add(relation, RDF.type.asNode(), DiploKg.DiplomaticRelation);
                add(relation, DiploKg.party, country("VN"));
                add(relation, DiploKg.party, country(r.countryCode()));
                add(relation, DiploKg.establishedOn, date(r.established()));
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
                String when =
                        d.resolved() ? d.lexical() : "undated-" + x.sha256().substring(0, 8);
                Node event = iri(iris.entity(
                        "event",
                        when + "-" + kebab(e.type()) + "-"
                                + first.substring(first.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)));
                add(event, RDF.type.asNode(), DiploKg.term(e.type()));
                add(
                        event,
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralLang(e.keyword() + (d.resolved() ? " " + d.lexical() : ""), "vi"));
                if (d.resolved()) {
                    add(event, DiploKg.date, date(d));
                }
                add(event, DiploKg.dateExpression, NodeFactory.createLiteralString(d.expression()));
                add(
                        event,
                        DiploKg.dateResolved,
                        typed(Boolean.toString(d.resolved() && d.inferredYear()), XSDDatatype.XSDboolean));
                for (String p : e.participants()) {
                    add(event, DiploKg.participant, iri(p));
                }
                if (e.placeCode() != null) {
                    add(event, DiploKg.place, country(e.placeCode()));
                }
                evidence(event, e.support());
                mention(event);
                n++;
            }
            return n;
        }

        int documents() {
            for (Facts.Document d : x.documents()) {
                Node doc = iri(iris.entity("document", DocumentExtractor.slug(d.number())));
                add(doc, RDF.type.asNode(), DiploKg.term(d.type()));
                add(doc, DiploKg.documentNumber, NodeFactory.createLiteralString(d.number()));
                add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang("Văn bản số " + d.number(), "vi"));
                add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang("Document No. " + d.number(), "en"));
                if (d.issuedOn() != null) {
                    add(doc, DiploKg.issuedOn, typed(d.issuedOn().toString(), XSDDatatype.XSDdate));
                }
                if (d.issuerSlug() != null) {
                    add(doc, DiploKg.issuer, iri(iris.entity("org", d.issuerSlug())));
                }
                evidence(doc, d.support());
                add(article, DiploKg.cites, doc);
                mention(doc);
            }
            return x.documents().size();
        }

        int figures() {
            int n = 0;
            for (Facts.Figure f : x.figures()) {
                Node figure = iri(iris.entity("figure", IriPolicy.hashKey(x.sha256()) + "-x" + (++n)));
                add(figure, RDF.type.asNode(), DiploKg.ReportedFigure);
                BigDecimal v = f.value().stripTrailingZeros();
                add(
                        figure,
                        DiploKg.value,
                        v.scale() <= 0
                                ? typed(v.toBigInteger().toString(), XSDDatatype.XSDinteger)
                                : typed(v.toPlainString(), XSDDatatype.XSDdecimal));
                add(figure, DiploKg.unit, NodeFactory.createLiteralString(f.unit()));
                add(figure, DiploKg.measure, vi(f.measure()));
                if (x.published() != null) {
                    add(
                            figure,
                            DiploKg.refPeriod,
                            typed(Integer.toString(x.published().getYear()), XSDDatatype.XSDgYear));
                }
                evidence(figure, f.support());
            }
            return n;
        }

        private void evidence(Node fact, Facts.Support s) {
            Node ev = NodeFactory.createBlankNode();
            add(fact, DiploKg.evidence, ev);
            add(ev, RDF.type.asNode(), DiploKg.Evidence);
            add(ev, DiploKg.source, article);
            add(ev, DiploKg.startOffset, typed(Integer.toString(codePoint(s.start())), XSDDatatype.XSDinteger));
            add(ev, DiploKg.endOffset, typed(Integer.toString(codePoint(s.end())), XSDDatatype.XSDinteger));
            add(ev, DiploKg.extractionMethod, DiploKg.RuleBasedExtraction);
            add(ev, DiploKg.extractionRule, NodeFactory.createLiteralString(s.rule()));
            add(
                    ev,
                    DiploKg.confidence,
                    typed(BigDecimal.valueOf(s.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        }

        private void mention(Node entity) {
            add(article, DiploKg.mentions, entity);
        }

        private int codePoint(int charOffset) {
            return x.text().codePointCount(0, charOffset);
        }

        private Node country(String code) {
            return iri(iris.entity("country", code));
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

    private static Node vi(String text) {
        return NodeFactory.createLiteralLang(text, "vi");
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
