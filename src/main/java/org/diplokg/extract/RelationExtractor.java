package org.diplokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Establishment of diplomatic relations, by the phrases of {@code extract/rules/relation-phrases.tsv}:
 * "thiết lập quan hệ ngoại giao (ngày …) năm 1973" takes the one foreign country of the sentence and
 * the date of the phrase's clause; "kỷ niệm 50 năm thiết lập quan hệ ngoại giao" gives the year as
 * the publication year minus 50, and the evidence's rule says so.
 */
public final class RelationExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY_AFTER = Pattern.compile("\\s*\\((?:ngày\\s*)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");

    private final Pattern establish;
    private final List<Pattern> anniversaries;

    public RelationExtractor(RuleCues cues) {
        this.establish = cues.pattern("relation-phrases", "establish");
        this.anniversaries = cues.rows("relation-phrases", "anniversary").stream()
                .map(r -> Pattern.compile(r.get("pattern"), FLAGS))
                .toList();
    }

    public List<Facts.Relation> find(ArticleContext a, List<Facts.Mention> countries) {
        List<Facts.Relation> found = new ArrayList<>();
        List<Integer> anniversaryEnds = new ArrayList<>();
        for (Pattern p : anniversaries) {
            Matcher m = p.matcher(a.text());
            while (m.find()) {
                anniversaryEnds.add(m.end());
                Optional<String> partner = partner(a, a.sentenceAt(m.start()), countries);
                if (partner.isEmpty() || a.published() == null) {
                    continue;
                }
                int year = a.published().getYear() - Integer.parseInt(m.group("years"));
                DateMention d = new DateMention(
                        m.start(), m.end(), m.group(), LocalDate.of(year, 1, 1), DateMention.Precision.YEAR, false);
                // "(8/3)" or "(21/9/1973 - 21/9/2023)" right after: the day, in the year the anniversary gives
                Matcher day = DAY_AFTER
                        .matcher(a.text())
                        .region(m.end(), Math.min(a.text().length(), m.end() + 30));
                if (day.lookingAt()) {
                    LocalDate date = safeDate(
                            day.group(3) != null ? Integer.parseInt(day.group(3)) : year,
                            Integer.parseInt(day.group(2)),
                            Integer.parseInt(day.group(1)));
                    if (date != null && date.getYear() == year) {
                        d = new DateMention(
                                m.start(),
                                day.end(),
                                a.text().substring(m.start(), day.end()),
                                date,
                                DateMention.Precision.DAY,
                                false);
                    }
                }
                found.add(new Facts.Relation(
                        partner.get(),
                        d,
                        new Facts.Support(
                                m.start(), m.end(), "relation-anniversary-year-from-publication-date", 0.75)));
            }
        }
        Matcher m = establish.matcher(a.text());
        while (m.find()) {
            Sentence s = a.sentenceAt(m.start());
            Optional<String> partner = partner(a, s, countries);
            if (partner.isEmpty() || anniversaryEnds.contains(m.end())) {
                continue;
            }
            Optional<DateMention> date = clauseDate(a, s, m.end());
            found.add(new Facts.Relation(
                    partner.get(),
                    date.orElse(null),
                    new Facts.Support(s.start(), s.end(), "relation-established", date.isPresent() ? 0.85 : 0.7)));
        }
        return preciseFirst(found);
    }

    /** A year from an anniversary gives way to a stated date of the same country and year. */
    private static List<Facts.Relation> preciseFirst(List<Facts.Relation> found) {
        return found.stream()
                .filter(r -> r.established() == null
                        || r.established().precision() != DateMention.Precision.YEAR
                        || found.stream()
                                .noneMatch(o -> o != r
                                        && o.countryCode().equals(r.countryCode())
                                        && o.established() != null
                                        && o.established().resolved()
                                        && o.established().precision() != DateMention.Precision.YEAR
                                        && o.established().date().getYear()
                                                == r.established().date().getYear()))
                .toList();
    }

    /** The one foreign country of the sentence; a sentence naming none ("hai nước …") is about the article's most-named one. */
    private static Optional<String> partner(ArticleContext a, Sentence s, List<Facts.Mention> countries) {
        List<String> foreign = a.within(s, countries, c -> c.support().start()).stream()
                .map(c -> c.entry().code())
                .filter(cc -> !"VN".equals(cc))
                .distinct()
                .toList();
        if (foreign.isEmpty()) {
            java.util.Map<String, Long> counts = countries.stream()
                    .map(c -> c.entry().code())
                    .filter(cc -> !"VN".equals(cc))
                    .collect(java.util.stream.Collectors.groupingBy(cc -> cc, java.util.stream.Collectors.counting()));
            long max = counts.values().stream().max(Long::compare).orElse(0L);
            List<String> top = counts.entrySet().stream()
                    .filter(e -> e.getValue() == max)
                    .map(java.util.Map.Entry::getKey)
                    .toList();
            return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
        }
        return foreign.size() == 1 ? Optional.of(foreign.get(0)) : Optional.empty();
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first resolved date after the phrase in its clause (up to ";" or the sentence end), else the last one before it. */
    private static Optional<DateMention> clauseDate(ArticleContext a, Sentence s, int phraseEnd) {
        int semicolon = a.text().indexOf(';', phraseEnd);
        int to = semicolon < 0 || semicolon > s.end() ? s.end() : semicolon;
        List<DateMention> dates =
                a.datesIn(s).stream().filter(DateMention::resolved).toList();
        Optional<DateMention> after = dates.stream()
                .filter(d -> d.start() >= phraseEnd && d.end() <= to)
                .findFirst();
        if (after.isPresent()) {
            return after;
        }
        int from = Math.max(s.start(), a.text().lastIndexOf(';', phraseEnd) + 1);
        return dates.stream()
                .filter(d -> d.start() >= from && d.end() <= phraseEnd)
                .reduce((x, y) -> y);
    }
}
