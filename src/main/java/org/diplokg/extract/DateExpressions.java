package org.diplokg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Vietnamese date expressions: "ngày 14/12/2021", "14/12/2021", "ngày 23 tháng 8 năm 2019",
 * "tháng 5/2008", "năm 2021", and a day and month without year ("chiều 31/1", "ngày 13/9", the last day of
 * "từ 9-10/1"), whose
 * year comes from the publication date: the same year, or the year before when that would put the
 * day more than two months after publication; "sáng nay" and "hôm qua" are the publication day and
 * the day before. Without a publication date such days stay unresolved.
 */
public final class DateExpressions {

    /** Patterns are lowercase and run on the lowercased text; case-insensitive matching only when lowercasing changes the length. */
    private static final int FLAGS = 0;

    private static final QuickPattern LONG =
            QuickPattern.compile("(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,\\s*)?năm\\s+(\\d{4})", FLAGS);
    private static final QuickPattern FULL =
            QuickPattern.compile("(?:ngày\\s+)?(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])", FLAGS);
    private static final QuickPattern DAY_MONTH = QuickPattern.compile(
            "(?:(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|và|sáng ngày|chiều ngày|tối ngày|trưa ngày)\\s+)(?:\\d{1,2}\\s*[-–]\\s*)?(\\d{1,2})/(\\d{1,2})(?![/\\d])",
            FLAGS);
    private static final QuickPattern MONTH =
            QuickPattern.compile("tháng\\s+(\\d{1,2})(?:/|\\s+năm\\s+)(\\d{4})(?!\\d)", FLAGS);
    private static final QuickPattern YEAR = QuickPattern.compile("năm\\s+(\\d{4})(?![\\d/-])", FLAGS);
    private static final QuickPattern TODAY = QuickPattern.compile(
            "(?<![\\p{L}])(?:(hôm nay|sáng nay|chiều nay|tối nay|trưa nay|đêm nay)|(hôm qua|tối qua|đêm qua))(?![\\p{L}])",
            FLAGS);

    private DateExpressions() {}

    public static List<DateMention> find(String original, LocalDate published) {
        return find(original, original.toLowerCase(java.util.Locale.ROOT), published);
    }

    /** As {@link #find(String, LocalDate)}, given the text's lowercase form (Locale.ROOT). */
    static List<DateMention> find(String original, String lower, LocalDate published) {
        boolean sameLength = lower.length() == original.length();
        String text = sameLength ? lower : original;
        if (!sameLength) {
            return findCaseInsensitive(original, published);
        }
        List<DateMention> found = new ArrayList<>();
        scan(LONG, text, found, m -> day(m, 1, 2, 3));
        scan(FULL, text, found, m -> day(m, 1, 2, 3));
        scan(DAY_MONTH, text, found, m -> dayMonth(m, published));
        scan(MONTH, text, found, m -> month(m));
        scan(YEAR, text, found, m -> year(m));
        scan(TODAY, text, found, m -> relative(m, published));
        found.sort(Comparator.comparingInt(DateMention::start));
        return found.stream()
                .map(d -> new DateMention(
                        d.start(),
                        d.end(),
                        original.substring(d.start(), d.end()),
                        d.date(),
                        d.precision(),
                        d.inferredYear()))
                .toList();
    }

    /** Rare: text whose lowercase form has another length (e.g. a dotted capital I); match it case-insensitively. */
    private static List<DateMention> findCaseInsensitive(String text, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        scan(ci(LONG), text, found, m -> day(m, 1, 2, 3));
        scan(ci(FULL), text, found, m -> day(m, 1, 2, 3));
        scan(ci(DAY_MONTH), text, found, m -> dayMonth(m, published));
        scan(ci(MONTH), text, found, m -> month(m));
        scan(ci(YEAR), text, found, m -> year(m));
        scan(ci(TODAY), text, found, m -> relative(m, published));
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static QuickPattern ci(QuickPattern p) {
        return QuickPattern.compile(p.pattern().pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private interface Reader {
        DateMention read(Matcher m);
    }

    private static void scan(QuickPattern pattern, String text, List<DateMention> found, Reader reader) {
        Matcher m = pattern.matcher(text);
        while (pattern.find(m, text)) {
            int s = m.start();
            int e = m.end();
            boolean overlaps = found.stream().anyMatch(d -> d.start() < e && s < d.end());
            if (overlaps) {
                continue;
            }
            DateMention d = reader.read(m);
            if (d != null) {
                found.add(d);
            }
        }
    }

    private static DateMention day(Matcher m, int d, int mo, int y) {
        LocalDate date =
                date(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d)));
        return date == null
                ? null
                : new DateMention(m.start(), m.end(), m.group(), date, DateMention.Precision.DAY, false);
    }

    private static DateMention dayMonth(Matcher m, LocalDate published) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (date(2000, month, day) == null) {
            return null;
        }
        int start = m.start();
        if (published == null) {
            return new DateMention(start, m.end(), m.group(), null, DateMention.Precision.DAY, true);
        }
        LocalDate date = date(published.getYear(), month, day);
        if (date == null) {
            date = date(published.getYear() - 1, month, day);
        } else if (date.isAfter(published.plusMonths(2))) {
            date = date(published.getYear() - 1, month, day);
        }
        return date == null ? null : new DateMention(start, m.end(), m.group(), date, DateMention.Precision.DAY, true);
    }

    /** "sáng nay", "hôm qua": the publication day, or the day before; unresolved without a publication date. */
    private static DateMention relative(Matcher m, LocalDate published) {
        if (published == null) {
            return new DateMention(m.start(), m.end(), m.group(), null, DateMention.Precision.DAY, true);
        }
        LocalDate date = m.group(1) != null ? published : published.minusDays(1);
        return new DateMention(m.start(), m.end(), m.group(), date, DateMention.Precision.DAY, true);
    }

    private static DateMention month(Matcher m) {
        LocalDate date = date(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 1);
        return date == null
                ? null
                : new DateMention(m.start(), m.end(), m.group(), date, DateMention.Precision.MONTH, false);
    }

    private static DateMention year(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        if (y < 1800 || y > 2200) {
            return null;
        }
        return new DateMention(m.start(), m.end(), m.group(), LocalDate.of(y, 1, 1), DateMention.Precision.YEAR, false);
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1800 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
