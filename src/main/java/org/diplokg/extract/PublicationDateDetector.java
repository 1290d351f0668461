package org.diplokg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date in an article's header (its first lines). A byline date next to a
 * clock time ("01/02/2023 18:18", "11:05, 14/12/2021") wins over a bare date line, which wins over a
 * long-form date with a weekday ("Thứ Sáu, ngày 23 tháng 08 năm 2019"), typically a site's clock.
 */
public final class PublicationDateDetector {

    private static final int HEADER_CHARS = 800;
    private static final Pattern DATE_THEN_TIME =
            Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*[,|]?\\s*(?:-\\s*)?\\d{1,2}:\\d{2}");
    private static final Pattern TIME_THEN_DATE =
            Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?\\s*,?\\s*(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern DATE_LINE =
            Pattern.compile("(?m)^\\s*(?:[^\\n\\d]{1,30}[,:]\\s*)?(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*$");
    private static final Pattern LONG_FORM =
            Pattern.compile("(?i)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    /** "2024-11-22" or "2024-11-22 08:15" alone on a line (a page's machine date, often at its foot). */
    private static final Pattern ISO_LINE = Pattern.compile(
            "(?m)^\\s*(?:[^\\n\\d]{1,30}[,:]\\s*)?(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");

    private PublicationDateDetector() {}

    public static Optional<LocalDate> detect(String text) {
        String header = text.substring(0, Math.min(HEADER_CHARS, text.length()));
        Optional<LocalDate> found =
                first(header, new Pattern[] {DATE_THEN_TIME, TIME_THEN_DATE, DATE_LINE, ISO_LINE, LONG_FORM});
        if (found.isPresent() || text.length() <= HEADER_CHARS) {
            return found;
        }
        // no date in the header: a page that puts its date at the foot, on a line of its own
        String footer = text.substring(Math.max(HEADER_CHARS, text.length() - HEADER_CHARS));
        return first(footer, new Pattern[] {DATE_THEN_TIME, TIME_THEN_DATE, DATE_LINE, ISO_LINE});
    }

    private static Optional<LocalDate> first(String part, Pattern[] patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(part);
            while (m.find()) {
                boolean iso = p == ISO_LINE;
                try {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(iso ? m.group("y") : m.group(3)),
                            Integer.parseInt(iso ? m.group("m") : m.group(2)),
                            Integer.parseInt(iso ? m.group("d") : m.group(1))));
                } catch (DateTimeException e) {
                    // not a date; keep looking
                }
            }
        }
        return Optional.empty();
    }
}
