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

    private static final Pattern SPAN = Pattern.compile("\\((1[89]\\d{2}|20\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\)");
    private static final Pattern MONTH_AFTER =
            Pattern.compile("\\s*,?\\s*(?:vào\\s+|trong\\s+)?tháng\\s+(\\d{1,2})(?:/|\\s+năm\\s+)(\\d{4})");

    private final QuickPattern establish;
    private final Pattern nextYear;
    private final Pattern lastYear;
    private final List<QuickPattern> anniversaries;

    public RelationExtractor(RuleCues cues) {
        this.establish = cues.quick("relation-phrases", "establish");
        this.nextYear = cues.pattern("relation-phrases", "next-year");
        this.lastYear = cues.pattern("relation-phrases", "last-year");
        this.anniversaries = cues.rows("relation-phrases", "anniversary").stream()
                .map(r -> QuickPattern.compile(r.get("pattern"), FLAGS))
                .toList();
    }

    public List<Facts.Relation> find(ArticleContext a, List<Facts.Mention> countries) {
        List<Facts.Relation> found = new ArrayList<>();
        List<Integer> anniversaryEnds = new ArrayList<>();
        for (QuickPattern p : anniversaries) {
            Matcher m = p.matcher(a.text());
            while (p.find(m, a.text())) {
                anniversaryEnds.add(m.end());
                Optional<String> partner = PartnerCountry.at(a, a.sentenceAt(m.start()), m.start(), countries)
                        .map(PartnerCountry.Found::code);
                if (partner.isEmpty()) {
                    continue;
                }
                Optional<Facts.Relation> r = anniversary(a, m, partner.get());
                r.ifPresent(found::add);
            }
        }
        Matcher m = establish.matcher(a.text());
        while (establish.find(m, a.text())) {
            Sentence s = a.sentenceAt(m.start());
            Optional<String> partner =
                    PartnerCountry.at(a, s, m.start(), countries).map(PartnerCountry.Found::code);
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

    /**
     * The establishment date an anniversary gives: "(1973 - 2023)" after it names the first year; else the
     * anniversary's own year ("vào tháng 9/2023", else the publication year) minus N, to the month or the
     * day ("(8/3)") when stated. The evidence's rule says which.
     */
    private Optional<Facts.Relation> anniversary(ArticleContext a, Matcher m, String partner) {
        String text = a.text();
        int years = Integer.parseInt(m.group("years"));
        Matcher span = SPAN.matcher(text)
                .region(m.end(), Math.min(a.sentenceAt(m.start()).end(), m.end() + 60));
        if (span.find() && Integer.parseInt(span.group(2)) - Integer.parseInt(span.group(1)) == years) {
            int year = Integer.parseInt(span.group(1));
            DateMention d = mention(text, m.start(), span.end(), LocalDate.of(year, 1, 1), DateMention.Precision.YEAR);
            return Optional.of(new Facts.Relation(
                    partner, d, new Facts.Support(m.start(), span.end(), "relation-anniversary-span", 0.8)));
        }
        int end = Math.min(text.length(), m.end() + 30);
        Matcher month = MONTH_AFTER.matcher(text).region(m.end(), end);
        if (month.lookingAt()) {
            LocalDate date = safeDate(Integer.parseInt(month.group(2)) - years, Integer.parseInt(month.group(1)), 1);
            if (date == null) {
                return Optional.empty();
            }
            DateMention d = mention(text, m.start(), month.end(), date, DateMention.Precision.MONTH);
            return Optional.of(new Facts.Relation(
                    partner,
                    d,
                    new Facts.Support(m.start(), month.end(), "relation-anniversary-year-from-its-date", 0.75)));
        }
        Optional<AnniversaryYear> anniversaryYear = anniversaryYear(a, m.start());
        if (anniversaryYear.isEmpty()) {
            return Optional.empty();
        }
        int year = anniversaryYear.get().year() - years;
        DateMention d = mention(text, m.start(), m.end(), LocalDate.of(year, 1, 1), DateMention.Precision.YEAR);
        // "(8/3)" or "(21/9/1973 - 21/9/2023)" right after: the day, in the year the anniversary gives
        Matcher day = DAY_AFTER.matcher(text).region(m.end(), end);
        if (day.lookingAt()) {
            LocalDate date = safeDate(
                    day.group(3) != null ? Integer.parseInt(day.group(3)) : year,
                    Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(1)));
            if (date != null && date.getYear() == year) {
                d = mention(text, m.start(), day.end(), date, DateMention.Precision.DAY);
            }
        }
        String rule = anniversaryYear.get().stated()
                ? "relation-anniversary-year-from-its-date"
                : "relation-anniversary-year-from-publication-date";
        return Optional.of(new Facts.Relation(partner, d, new Facts.Support(m.start(), m.end(), rule, 0.75)));
    }

    /** The year of an anniversary; {@code stated} when the text names it rather than the publication date giving it. */
    private record AnniversaryYear(int year, boolean stated) {}

    private static DateMention mention(String text, int start, int end, LocalDate date, DateMention.Precision p) {
        return new DateMention(start, end, text.substring(start, end), date, p, false);
    }

    /**
     * The year an anniversary falls in: "Năm 2025, hai nước kỷ niệm …" names it, "sang năm … kỷ niệm" is the
     * year after publication, "năm ngoái" the year before (rows of relation-phrases.tsv); else the publication year.
     */
    private Optional<AnniversaryYear> anniversaryYear(ArticleContext a, int anniversaryStart) {
        int from = Math.max(a.sentenceAt(anniversaryStart).start(), anniversaryStart - 50);
        Optional<DateMention> stated = a.dates().stream()
                .filter(d -> d.start() >= from && d.end() <= anniversaryStart)
                .filter(d -> d.precision() == DateMention.Precision.YEAR && d.resolved())
                // the anniversary's own year is near the news, not a year of history ("từ năm 2013")
                .filter(d -> a.published() == null
                        || Math.abs(d.date().getYear() - a.published().getYear()) <= 1)
                .reduce((x, y) -> y);
        if (stated.isPresent()) {
            return Optional.of(new AnniversaryYear(stated.get().date().getYear(), true));
        }
        if (a.published() == null) {
            return Optional.empty();
        }
        int year = a.published().getYear();
        if (nextYear.matcher(a.text()).region(from, anniversaryStart).find()) {
            return Optional.of(new AnniversaryYear(year + 1, false));
        }
        if (lastYear.matcher(a.text()).region(from, anniversaryStart).find()) {
            return Optional.of(new AnniversaryYear(year - 1, false));
        }
        return Optional.of(new AnniversaryYear(year, false));
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
