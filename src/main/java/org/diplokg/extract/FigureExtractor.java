package org.diplokg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported figures with a unit: money (triệu/tỷ USD), visits and delegations (lượt, đoàn), countries
 * and partners, agreements. Vietnamese number style: "." groups thousands, "," marks decimals. The
 * measure is the few words after the unit.
 */
public final class FigureExtractor {

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s+(triệu USD|tỷ USD|nghìn tỷ đồng|tỷ đồng|triệu đồng|USD|lượt|đoàn|quốc gia|nước|đối tác|cơ quan đại diện|văn kiện|thỏa thuận|dự án|đại sứ quán|tổng lãnh sự quán)(?![\\p{L}])",
            Pattern.UNICODE_CASE);
    private static final Pattern MEASURE = Pattern.compile("\\G[ \\u00a0]*((?:[\\p{L}\\p{M}]+[ \\u00a0]?){1,6})");

    public List<Facts.Figure> find(ArticleContext a) {
        List<Facts.Figure> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(a.text());
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(".", "").replace(',', '.'));
            if (DateLikeContext.isYear(a.text(), m.start(), m.group(1))) {
                continue;
            }
            String unit = m.group(2);
            Matcher measure = MEASURE.matcher(a.text());
            String what = measure.find(m.end()) && measure.start() == m.end() ? measure.group(1).strip() : "";
            String label = what.isEmpty() ? unit : unit + " " + what;
            found.add(new Facts.Figure(value, unit, label, new Facts.Support(m.start(), m.end(), "figure-with-unit", 0.8)));
        }
        return found;
    }

    /** Years are not counts ("năm 2023 đoàn" does not happen; "2023 lượt" without context may). */
    private static final class DateLikeContext {
        static boolean isYear(String text, int start, String number) {
            return number.length() == 4 && start >= 4 && text.substring(start - 4, start).toLowerCase(java.util.Locale.ROOT).endsWith("năm ");
        }
    }
}
