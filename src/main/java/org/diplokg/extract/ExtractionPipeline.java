package org.diplokg.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one article into facts: normalise, split, date, recognise titles, persons, countries,
 * organisations, partnerships, relations, events, documents and figures. Pure: it reads the
 * gazetteer and writes nothing; {@link ArticleIngestion} stores the result.
 */
public final class ExtractionPipeline {

    private final Gazetteer gazetteer;
    private final PostTitles titles;
    private final PersonPostExtractor personPosts;
    private final CountryMentions countries;
    private final OrganizationMentions organizations;
    private final PartnershipExtractor partnerships;
    private final RelationExtractor relations;
    private final EventExtractor events;
    private final PostingExtractor postings;
    private final Boilerplate boilerplate;
    private final SpouseExtractor spouses;
    private final UntitledPersons untitled;
    private final LaterMentions laterMentions;
    private final DocumentExtractor documents = new DocumentExtractor();
    private final FigureExtractor figures = new FigureExtractor();

    public ExtractionPipeline(String baseIri, Gazetteer gazetteer, java.util.Map<String, String[]> cities) {
        RuleCues cues = RuleCues.load();
        this.boilerplate = new Boilerplate(cues);
        PersonNames names = PersonNames.fromClasspath(cues);
        this.gazetteer = gazetteer;
        this.titles = new PostTitles(baseIri, gazetteer, names, cities, cues);
        this.personPosts = new PersonPostExtractor(baseIri, gazetteer, names, cues, titles);
        this.partnerships = new PartnershipExtractor(PartnershipLevels.fromOntology(), cues);
        this.relations = new RelationExtractor(cues);
        this.events = new EventExtractor(cues);
        this.postings = new PostingExtractor(cues, titles);
        this.spouses = new SpouseExtractor(baseIri, gazetteer, names, cues);
        this.untitled = new UntitledPersons(baseIri, gazetteer, names, cities, cues);
        this.laterMentions = new LaterMentions(cues);
        this.countries = new CountryMentions(gazetteer);
        this.organizations = new OrganizationMentions(baseIri, gazetteer, cities);
    }

    public ArticleExtraction extract(ArticleInput input) {
        String text = VietnameseText.normalize(input.text());
        LocalDate published = input.published();
        boolean fromText = false;
        if (published == null) {
            published = PublicationDateDetector.detect(text).orElse(null);
            fromText = published != null;
        }
        Boilerplate.Page page = boilerplate.read(text);
        ArticleContext a = ArticleContext.of(page.text(), published);
        List<TitleMatch> titleMatches = titles.find(a);
        List<Facts.PersonPost> holders = personPosts.find(a, titleMatches);
        List<Facts.Mention> countryMentions = countries.find(a);
        List<Facts.Mention> orgMentions = organizations.find(a, titleMatches);
        List<Facts.PersonMention> known = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.findAll(a.text(), a.tokens(), Gazetteer.Kind.PERSON)) {
            known.add(new Facts.PersonMention(
                    m.entry().iri(),
                    a.text().substring(m.start(), m.end()),
                    new Facts.Support(m.start(), m.end(), "gazetteer-person", 0.9)));
        }
        List<DateMention> unresolved =
                a.dates().stream().filter(d -> !d.resolved()).toList();
        List<Facts.Document> docs = documents.find(a);
        List<Facts.Event> eventFacts = events.find(a, holders, countryMentions, orgMentions, docs, page::inTeaser);
        PostingExtractor.Result posted = postings.find(a, holders, countryMentions);
        List<Facts.Posting> postingFacts = posted.postings();
        List<Facts.PersonPost> allHolders = new ArrayList<>(holders);
        allHolders.addAll(posted.concurrentPosts());
        known.addAll(formerHolders(a));
        List<Facts.Support> taken = new ArrayList<>();
        holders.forEach(h -> taken.add(h.support()));
        known.forEach(k -> taken.add(k.support()));
        known.addAll(untitled.find(a, taken));
        List<Facts.Spouse> spouseFacts = spouses.find(a, holders, known);
        known.addAll(later(a, holders, known, spouseFacts, titleMatches));
        TeaserMarking t = new TeaserMarking(page);
        return new ArticleExtraction(
                input,
                text,
                sha256(input.text()),
                title(input, text),
                published,
                fromText,
                t.mark(
                        allHolders,
                        Facts.PersonPost::support,
                        (f, s) -> new Facts.PersonPost(f.personIri(), f.name(), f.post(), s)),
                t.mark(
                        known,
                        Facts.PersonMention::support,
                        (f, s) -> new Facts.PersonMention(f.personIri(), f.name(), s)),
                t.mark(
                        countryMentions,
                        Facts.Mention::support,
                        (f, s) -> new Facts.Mention(f.entry(), s, f.declaration())),
                t.mark(orgMentions, Facts.Mention::support, (f, s) -> new Facts.Mention(f.entry(), s, f.declaration())),
                t.mark(
                        partnerships.find(a, countryMentions),
                        Facts.Partnership::support,
                        (f, s) -> new Facts.Partnership(f.countryCode(), f.level(), f.since(), f.upgrade(), s)),
                t.mark(
                        relations.find(a, countryMentions),
                        Facts.Relation::support,
                        (f, s) -> new Facts.Relation(f.countryCode(), f.established(), s)),
                t.mark(
                        eventFacts,
                        Facts.Event::support,
                        (f, s) -> new Facts.Event(f.type(), f.keyword(), f.date(), f.participants(), f.placeCode(), s)),
                t.mark(
                        docs,
                        Facts.Document::support,
                        (f, s) -> new Facts.Document(f.number(), f.type(), f.issuedOn(), f.issuerSlug(), s)),
                t.mark(
                        figures.find(a),
                        Facts.Figure::support,
                        (f, s) -> new Facts.Figure(f.value(), f.unit(), f.measure(), s)),
                unresolved,
                t.mark(
                        postingFacts,
                        Facts.Posting::support,
                        (f, s) -> new Facts.Posting(
                                f.personIri(),
                                f.name(),
                                f.sendingCode(),
                                f.receivingCode(),
                                f.concurrent(),
                                f.missionIri(),
                                s)),
                t.mark(
                        spouseFacts,
                        Facts.Spouse::support,
                        (f, s) -> new Facts.Spouse(f.personIri(), f.name(), f.spouseOfIri(), s)));
    }

    /** Holders of former posts ("nguyên Thủ tướng Lào X"): persons, the post kept in the rule, never a holding. */
    private List<Facts.PersonMention> formerHolders(ArticleContext a) {
        return personPosts.find(a, titles.findFormer(a)).stream()
                .map(p -> new Facts.PersonMention(
                        p.personIri(),
                        p.name(),
                        new Facts.Support(
                                p.support().start(),
                                p.support().end(),
                                p.support().rule() + "-former",
                                p.support().confidence())))
                .toList();
    }

    /** Later one-word mentions of the persons read so far, linked to them. */
    private List<Facts.PersonMention> later(
            ArticleContext a,
            List<Facts.PersonPost> holders,
            List<Facts.PersonMention> persons,
            List<Facts.Spouse> spouseFacts,
            List<TitleMatch> titleMatches) {
        List<LaterMentions.Named> named = new ArrayList<>();
        holders.forEach(h -> named.add(
                new LaterMentions.Named(h.personIri(), h.name(), h.support().start())));
        persons.forEach(p -> named.add(
                new LaterMentions.Named(p.personIri(), p.name(), p.support().start())));
        spouseFacts.forEach(p -> named.add(
                new LaterMentions.Named(p.personIri(), p.name(), p.support().start())));
        return laterMentions.find(a, named, titleMatches);
    }

    private static String title(ArticleInput input, String text) {
        if (input.title() != null && !input.title().isBlank()) {
            return VietnameseText.normalize(input.title().strip());
        }
        return text.strip().lines().findFirst().orElse("").strip();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
