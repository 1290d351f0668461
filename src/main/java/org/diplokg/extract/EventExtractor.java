package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events by their verb: visits (thăm chính thức / cấp Nhà nước / làm việc), talks (hội đàm),
 * meetings (hội kiến), receptions (tiếp + a person), calls (điện đàm), credentials (trình Quốc thư),
 * signings (ký kết), working sessions (làm việc với) and conferences (Hội nghị). An event needs a
 * date in its sentence (resolved, or kept as an unresolved expression) and at least one participant
 * from that sentence: titled persons first, else countries.
 */
public final class EventExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Rows of one grammar joined into one pattern, one capturing group per row; {@code classes[g-1]} is group g's class. */
    private record Verbs(QuickPattern quick, String[] classes) {

        static Verbs of(List<RuleTable.Row> rows, String suffix, int flags) {
            String[] classes = rows.stream().map(r -> r.get("cue")).toArray(String[]::new);
            String alternatives = String.join(
                    "|", rows.stream().map(r -> "(" + r.get("pattern") + ")").toList());
            return new Verbs(QuickPattern.compile("(?<![\\p{L}])(?:" + alternatives + ")" + suffix, flags), classes);
        }

        Pattern pattern() {
            return quick.pattern();
        }

        String classOf(Matcher m) {
            for (int g = 1; g <= classes.length; g++) {
                if (m.group(g) != null) {
                    return classes[g - 1];
                }
            }
            throw new IllegalStateException();
        }
    }

    private final Verbs verbs;
    private final Verbs reception;
    private final Verbs named;
    private final EventDates eventDates;

    public EventExtractor(RuleCues cues) {
        this.eventDates = new EventDates(cues);
        List<RuleTable.Row> rows = cues.table("event-verbs").rows();
        this.verbs = Verbs.of(
                rows.stream().filter(r -> r.get("grammar").equals("verb")).toList(), "(?![\\p{L}])", FLAGS);
        this.reception = Verbs.of(
                rows.stream().filter(r -> r.get("grammar").equals("reception")).toList(), "", Pattern.UNICODE_CASE);
        this.named = Verbs.of(
                rows.stream().filter(r -> r.get("grammar").startsWith("named")).toList(),
                "(?= [\\p{Lu}\\p{Lt}\"“])",
                Pattern.UNICODE_CASE);
        this.namedYear = rows.stream()
                .filter(r -> r.get("grammar").equals("named-year"))
                .map(r -> r.get("pattern"))
                .toList();
    }

    private final List<String> namedYear;

    /** The event class the verb and name patterns give the first event word of {@code phrase} (for the rule-table test). */
    java.util.Optional<String> classOf(String phrase) {
        for (Verbs v : List.of(verbs, reception, named)) {
            Matcher m = v.pattern().matcher(phrase);
            if (m.find()) {
                return java.util.Optional.of(v.classOf(m));
            }
        }
        return java.util.Optional.empty();
    }

    public List<Facts.Event> find(
            ArticleContext a,
            List<Facts.PersonPost> persons,
            List<Facts.Mention> countries,
            List<Facts.Mention> organizations,
            List<Facts.Document> documents,
            java.util.function.IntPredicate inTeaser) {
        List<Facts.Event> found = new ArrayList<>();
        ArticleContext events = withoutDocumentDates(a, documents);
        Optional<Facts.Mention> main = PartnerCountry.main(countries);
        // a linked story's teaser is another story: the article's own country is not its participant
        Fallback fallback = offset -> inTeaser.test(offset) ? Optional.empty() : main;
        scan(verbs.quick(), events, persons, countries, found, verbs::classOf, fallback);
        scan(reception.quick(), events, persons, countries, found, reception::classOf, fallback);
        found.sort(java.util.Comparator.comparingInt(e -> e.support().start()));
        named(events, persons, countries, organizations, found, fallback);
        return merge(found);
    }

    /** Dates that belong to a policy document ("Nghị quyết 34-NQ/TW, ngày 9/1/2023") do not date events. */
    private static ArticleContext withoutDocumentDates(ArticleContext a, List<Facts.Document> documents) {
        List<DateMention> dates = a.dates().stream()
                .filter(d -> documents.stream()
                        .noneMatch(doc -> d.start() >= doc.support().start()
                                && d.end() <= doc.support().end()))
                .toList();
        return a.withDates(dates);
    }

    /**
     * Named meetings: "Hội nghị …", "Hội nghị Thượng đỉnh …", "Diễn đàn …", "Hội thảo …", and "Năm APEC
     * 2017"-style years. Each reaches to the next such name or the end of the sentence; its date is the
     * first date in that stretch (a month is enough, a year only for "Năm …"), its participants the
     * persons, countries or organisations named there, else the titled persons or organisations of the
     * sentence.
     */
    private void named(
            ArticleContext a,
            List<Facts.PersonPost> persons,
            List<Facts.Mention> countries,
            List<Facts.Mention> organizations,
            List<Facts.Event> found,
            Fallback fallback) {
        Matcher m = named.quick().matcher(a.text());
        List<int[]> starts = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<String> types = new ArrayList<>();
        while (named.quick().find(m, a.text())) {
            starts.add(new int[] {m.start(), m.end()});
            keywords.add(m.group());
            types.add(named.classOf(m));
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            Sentence s = a.sentenceAt(start);
            int end = i + 1 < starts.size() && starts.get(i + 1)[0] < s.end() ? starts.get(i + 1)[0] : s.end();
            String keyword = keywords.get(i);
            boolean year = namedYear.stream().anyMatch(keyword::matches);
            Optional<DateMention> date = a.dates().stream()
                    .filter(d -> d.start() >= start && d.end() <= end)
                    .filter(d -> year
                            ? d.precision() == DateMention.Precision.YEAR && d.start() - start < 40
                            : d.precision() != DateMention.Precision.YEAR)
                    .findFirst();
            if (date.isEmpty() && !year) {
                // "Tối 21/5, Thủ tướng dự Hội nghị …": the day of the clause that attends it
                date = eventDates.attended(a, s, start);
            }
            if (date.isEmpty() && !year) {
                // "Hội nghị Đối ngoại toàn quốc năm 2021": a year that is part of the name
                date = a.dates().stream()
                        .filter(d -> d.start() >= start && d.end() <= end && d.start() - start < 50)
                        .filter(d -> d.precision() == DateMention.Precision.YEAR)
                        .findFirst();
            }
            if (date.isEmpty() && year) {
                date = bareYear(a.text(), start, Math.min(end, start + 40));
            }
            if (date.isEmpty()) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            persons.stream()
                    .filter(p -> p.support().start() >= start && p.support().start() < end)
                    .forEach(p -> participants.add(p.personIri()));
            countries.stream()
                    .filter(c -> c.support().start() >= start
                            && c.support().start() < end
                            && !"VN".equals(c.entry().code()))
                    .forEach(c -> participants.add(c.entry().iri()));
            organizations.stream()
                    .filter(o -> o.support().start() >= start && o.support().start() < end)
                    .forEach(o -> participants.add(o.entry().iri()));
            if (year && participants.isEmpty()) {
                continue;
            }
            if (participants.isEmpty()) {
                a.within(s, persons, p -> p.support().start()).forEach(p -> participants.add(p.personIri()));
            }
            if (participants.isEmpty()) {
                a.within(s, organizations, o -> o.support().start())
                        .forEach(o -> participants.add(o.entry().iri()));
            }
            if (participants.isEmpty()) {
                fallback.country(start)
                        .ifPresent(c -> participants.add(c.entry().iri()));
            }
            if (participants.isEmpty()) {
                continue;
            }
            String type = types.get(i);
            String place = placeAfter(
                    a.text(), s, a.within(s, countries, c -> c.support().start()));
            found.add(new Facts.Event(
                    type,
                    keyword,
                    date.get(),
                    List.copyOf(participants),
                    place,
                    new Facts.Support(
                            start,
                            Math.max(date.get().end(), Math.min(end, start + 200)),
                            "event-named-" + type.toLowerCase(java.util.Locale.ROOT),
                            0.75)));
        }
    }

    /** The participant of a clause that names only titles: the article's country, if the clause is the article's own. */
    private interface Fallback {
        Optional<Facts.Mention> country(int offset);
    }

    private interface Typer {
        String type(Matcher m);
    }

    private void scan(
            QuickPattern verb,
            ArticleContext a,
            List<Facts.PersonPost> persons,
            List<Facts.Mention> countries,
            List<Facts.Event> found,
            Typer typer,
            Fallback fallback) {
        Matcher m = verb.matcher(a.text());
        while (verb.find(m, a.text())) {
            Sentence s = a.sentenceAt(m.start());
            Optional<EventDates.Dated> date = eventDates.of(a, s, m.start(), m.end());
            if (date.isEmpty()) {
                continue;
            }
            Set<String> participants = new LinkedHashSet<>();
            a.within(s, persons, p -> p.support().start()).forEach(p -> participants.add(p.personIri()));
            List<Facts.Mention> inSentence =
                    a.within(s, countries, c -> c.support().start());
            if (participants.isEmpty()) {
                inSentence.forEach(c -> participants.add(c.entry().iri()));
            }
            boolean sure = !participants.isEmpty() && !date.get().anaphoric();
            if (participants.isEmpty()) {
                // "hai nguyên thủ đã hội đàm": the leaders of the article's visit, with its country
                PartnerCountry.main(countries)
                        .ifPresent(c -> participants.add(c.entry().iri()));
            }
            if (participants.isEmpty()) {
                continue;
            }
            String place = placeAfter(a.text(), s, inSentence);
            String rule = "event-" + typer.type(m).toLowerCase(java.util.Locale.ROOT)
                    + (date.get().anaphoric() ? "-anaphoric-date" : "");
            found.add(new Facts.Event(
                    typer.type(m),
                    m.group(),
                    date.get().date(),
                    List.copyOf(participants),
                    place,
                    new Facts.Support(s.start(), s.end(), rule, sure ? 0.8 : 0.65)));
        }
    }

    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})(?![\\d/-]|\\.\\d)");

    /** "Năm APEC 2017": the year written after the name. */
    private static Optional<DateMention> bareYear(String text, int from, int to) {
        Matcher m = BARE_YEAR.matcher(text).region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DateMention(
                m.start(),
                m.end(),
                m.group(),
                java.time.LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                DateMention.Precision.YEAR,
                false));
    }

    /** The country right after "tại" in the sentence, if any. */
    private static String placeAfter(String text, Sentence s, List<Facts.Mention> countries) {
        for (Facts.Mention c : countries) {
            int from = Math.max(s.start(), c.support().start() - 5);
            if (text.substring(from, c.support().start()).strip().endsWith("tại")) {
                return c.entry().code();
            }
        }
        return null;
    }

    /** One event per type and date: several sentences about the same talks describe one event. */
    private static List<Facts.Event> merge(List<Facts.Event> events) {
        List<Facts.Event> merged = new ArrayList<>();
        for (Facts.Event e : events) {
            Optional<Facts.Event> same = merged.stream()
                    .filter(x -> x.type().equals(e.type())
                            && java.util.Objects.equals(
                                    x.date().lexical(), e.date().lexical())
                            && (x.date().resolved()
                                    || x.date().expression().equals(e.date().expression())))
                    .findFirst();
            if (same.isPresent()) {
                Facts.Event x = same.get();
                Set<String> participants = new LinkedHashSet<>(x.participants());
                participants.addAll(e.participants());
                merged.set(
                        merged.indexOf(x),
                        new Facts.Event(
                                x.type(),
                                x.keyword(),
                                x.date(),
                                List.copyOf(participants),
                                x.placeCode() != null ? x.placeCode() : e.placeCode(),
                                x.support()));
            } else {
                merged.add(e);
            }
        }
        return merged;
    }
}
