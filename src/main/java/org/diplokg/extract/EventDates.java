package org.diplokg.extract;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an event verb's clause gives it. Annotators read the day from the clause that states the
 * event, never from another sentence; when the clause states none, news prose points back with an
 * anaphoric phrase ("Cùng ngày", "Ngay sau hội đàm", "Sáng hôm sau") to the day stated just before.
 * The phrases are rows of {@code event-dates.tsv}, as are the barriers ("rằng", "thiết lập quan
 * hệ") after which a date belongs to another statement.
 */
final class EventDates {

    /** A day for an event; {@code anaphoric} when it was taken from an earlier clause through a phrase. */
    record Dated(DateMention date, boolean anaphoric) {}

    private static final Pattern RANGE_START =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:đến|tới|-|–|và)\\s*(?:ngày\\s*)?$");

    private static final Pattern OPEN_RANGE =
            Pattern.compile("(?<![\\p{L}])(?:từ|đến|tới)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Pattern sameDay;
    private final Pattern nextDay;
    private final Pattern barrier;
    private final Pattern attend;

    EventDates(RuleCues cues) {
        this.attend = cues.pattern("event-dates", "attend");
        this.sameDay = cues.pattern("event-dates", "same-day");
        this.nextDay = cues.pattern("event-dates", "next-day");
        this.barrier = cues.pattern("event-dates", "barrier");
    }

    /** The day of the verb at [{@code verbStart}, {@code verbEnd}) in sentence {@code s}. */
    Optional<Dated> of(ArticleContext a, Sentence s, int verbStart, int verbEnd) {
        String text = a.text();
        int from = Math.max(s.start(), text.lastIndexOf(';', verbStart) + 1);
        int semicolon = text.indexOf(';', verbStart);
        int to = semicolon < 0 || semicolon > s.end() ? s.end() : semicolon;
        Optional<DateMention> own = a.datesIn(s).stream()
                .filter(d -> d.precision() == DateMention.Precision.DAY && d.start() >= from && d.end() <= to)
                .filter(d -> d.start() < verbEnd
                        || !barrier.matcher(text).region(verbEnd, d.start()).find())
                .min(Comparator.comparingInt(d -> Math.abs(d.start() - verbStart)))
                .map(d -> rangeStart(text, d));
        if (own.isPresent()) {
            return own.map(d -> new Dated(d, false));
        }
        return anaphoric(a, from, to);
    }

    /**
     * The day of a named meeting whose own words carry none: "Tối 21/5, Thủ tướng dự Hội nghị …" — a day
     * before the name in its clause, with an attendance verb between them.
     */
    Optional<DateMention> attended(ArticleContext a, Sentence s, int nameStart) {
        String text = a.text();
        int from = Math.max(s.start(), text.lastIndexOf(';', nameStart) + 1);
        return a.datesIn(s).stream()
                .filter(d -> d.precision() == DateMention.Precision.DAY && d.start() >= from && d.end() <= nameStart)
                .reduce((x, y) -> y)
                .filter(d -> !opensRange(text, d))
                .filter(d -> attend.matcher(text).region(d.end(), nameStart).find()
                        && !barrier.matcher(text).region(d.end(), nameStart).find())
                .map(d -> rangeStart(text, d));
    }

    /** "Cùng ngày …", "Sáng hôm sau …": the nearest earlier day of the news's own time, or the day after it. */
    private Optional<Dated> anaphoric(ArticleContext a, int from, int to) {
        Matcher same = sameDay.matcher(a.text()).region(from, to);
        Matcher next = nextDay.matcher(a.text()).region(from, to);
        boolean isSame = same.find();
        boolean isNext = !isSame && next.find();
        if (!isSame && !isNext) {
            return Optional.empty();
        }
        Optional<DateMention> before = a.dates().stream()
                .filter(d -> d.precision() == DateMention.Precision.DAY && d.end() <= from && current(a, d))
                .filter(d -> !opensRange(a.text(), d))
                .reduce((x, y) -> y);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        DateMention d = before.get();
        if (isSame) {
            return Optional.of(new Dated(d, true));
        }
        if (!d.resolved()) {
            return Optional.empty();
        }
        return Optional.of(new Dated(
                new DateMention(
                        next.start(), next.end(), next.group(), d.date().plusDays(1), d.precision(), d.inferredYear()),
                true));
    }

    /** "từ ngày 27/10", "từ 25 đến 27/2": a day that opens or closes a stay, not the day a later clause points back to. */
    private static boolean opensRange(String text, DateMention d) {
        String before = text.substring(Math.max(0, d.start() - 4), d.start()) + d.expression();
        return OPEN_RANGE.matcher(before).find();
    }

    /** A day of the news itself: written without its year, or within a year before the publication date. */
    private static boolean current(ArticleContext a, DateMention d) {
        if (d.inferredYear()) {
            return true;
        }
        return a.published() != null
                && d.resolved()
                && !d.date().isBefore(a.published().minusYears(1));
    }

    /** "từ ngày 21 đến 23/11", "hai ngày 10 và 11/9": an event over several days is dated to its first day. */
    static DateMention rangeStart(String text, DateMention d) {
        if (!d.resolved() || d.precision() != DateMention.Precision.DAY) {
            return d;
        }
        int digits = d.start();
        int slash = d.expression().indexOf('/');
        if (slash > 0) {
            // the day of "d/m": in "từ 9-10/1" the range's first day is written before it
            digits = d.start() + slash;
            while (digits > d.start() && Character.isDigit(text.charAt(digits - 1))) {
                digits--;
            }
        }
        while (digits < d.end() && !Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        int from = Math.max(0, d.start() - 14);
        Matcher m = RANGE_START.matcher(text.substring(from, digits));
        if (!m.find()) {
            return d;
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day >= d.date().getDayOfMonth()) {
            return d;
        }
        int start = Math.min(d.start(), from + m.start());
        return new DateMention(
                start,
                d.end(),
                text.substring(start, d.end()),
                d.date().withDayOfMonth(day),
                d.precision(),
                d.inferredYear());
    }
}
