package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported figures: a number, an optional scale word (nghìn, triệu, tỷ) and a unit from
 * extract/units.tsv (money, visits, delegations, countries, persons, agreements, percent …).
 * Vietnamese number style: "." groups thousands, "," marks decimals. The value is recorded scaled
 * (270 triệu USD → 270000000, unit USD); the measure is the unit with the few words after it.
 */
public final class FigureExtractor {

    private record Unit(String unit, BigDecimal factor) {}

    private static final Map<String, Unit> UNITS = units();
    private static final QuickPattern FIGURE = QuickPattern.compile(
            "(?<![\\p{L}\\d.,/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(?:(nghìn|ngàn|triệu|tỷ)\\s+)?("
                    + String.join(
                            "|", UNITS.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
    private static final Pattern MEASURE = Pattern.compile("\\G[ \\u00a0]*((?:[\\p{L}\\p{M}]+[ \\u00a0]?){1,6})");

    public List<Facts.Figure> find(ArticleContext a) {
        List<Facts.Figure> found = new ArrayList<>();
        String scanned = a.lowerKeepsOffsets() ? a.lower() : a.text();
        Matcher m = FIGURE.matcher(scanned);
        while (FIGURE.find(m, scanned)) {
            if (isYear(a.text(), m.start(), m.group(1))) {
                continue;
            }
            Unit unit = UNITS.get(m.group(3));
            if (unit == null) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(".", "").replace(',', '.'))
                    .multiply(scale(m.group(2)))
                    .multiply(unit.factor());
            Matcher measure = MEASURE.matcher(a.text());
            String what = measure.find(m.end()) && measure.start() == m.end()
                    ? measure.group(1).strip()
                    : "";
            String written = a.text().substring(m.start(3), m.end(3));
            String label = what.isEmpty() ? written : written + " " + what;
            found.add(new Facts.Figure(
                    value.stripTrailingZeros(),
                    unit.unit(),
                    label,
                    new Facts.Support(m.start(), m.end(), "figure-with-unit", 0.8)));
        }
        return found;
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word) {
            case "nghìn", "ngàn" -> new BigDecimal("1000");
            case "triệu" -> new BigDecimal("1000000");
            default -> new BigDecimal("1000000000");
        };
    }

    /** "năm 2023" is a year, not a count. */
    private static boolean isYear(String text, int start, String number) {
        return number.length() == 4
                && start >= 4
                && text.substring(start - 4, start).toLowerCase(Locale.ROOT).endsWith("năm ");
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FigureExtractor.class.getResourceAsStream("/extract/units.tsv"), StandardCharsets.UTF_8))) {
            in.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .sorted(Comparator.comparingInt((String[] r) -> -r[0].length()))
                    .forEach(r -> units.put(
                            VietnameseText.normalize(r[0]).toLowerCase(Locale.ROOT),
                            new Unit(r[1], new BigDecimal(r[2]))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }
}
