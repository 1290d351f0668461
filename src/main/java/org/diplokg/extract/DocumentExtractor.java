package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy documents by their number: "34-NQ/TW", "272-QĐ/TW", "25/CT-TTg", "06/2021/NĐ-CP". The
 * kind follows from the type code and issuer suffix; an issue date counts when it follows the
 * number closely ("…, ngày 9/1/2023").
 */
public final class DocumentExtractor {

    private static final QuickPattern NUMBER = QuickPattern.compile(
            "(?<![\\p{L}\\d/-])(\\d{1,4})(?:/(\\d{4}))?[-/]((?:NQ|QĐi|QĐ|CT|KL|NĐ|TB|HD|QC|KH)[A-ZĐ]{0,4}(?:-[A-ZĐ][A-Za-zĐ]*)?)(?:/([A-ZĐ][A-Za-zĐ]*|\\d{4}))?(?![\\p{L}\\d])");
    private static final int DATE_WINDOW = 30;
    private static final QuickPattern BARE = QuickPattern.compile(
            "(?<![\\p{L}])(Nghị quyết|Chỉ thị|Kết luận|Quy định)\\s+(?:số\\s+)?(\\d{1,4})(?![\\d/\\p{L}-])");
    private static final Pattern PARTY_ISSUER = Pattern.compile(
            "^(?:[\\s,]*(?:và|cùng|gần đây là|mới đây là|cùng với)?[\\s,]*"
                    + "(?:(?:Nghị quyết|Chỉ thị|Kết luận|Quy định)\\s+(?:số\\s+)?\\d{1,4})?)*[\\s,]*của\\s+(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Trung ương Đảng)");

    public List<Facts.Document> find(ArticleContext a) {
        Map<String, Facts.Document> found = new LinkedHashMap<>();
        Matcher m = NUMBER.matcher(a.text());
        while (NUMBER.find(m, a.text())) {
            String number = m.group();
            String type = type(m.group(3), m.group(4));
            DateMention date = a.dates().stream()
                    .filter(d -> d.start() >= m.end()
                            && d.start() - m.end() <= DATE_WINDOW
                            && d.precision() == DateMention.Precision.DAY
                            && d.resolved())
                    .findFirst()
                    .orElse(null);
            Facts.Document doc = new Facts.Document(
                    number,
                    type,
                    date == null ? null : date.date(),
                    null,
                    new Facts.Support(m.start(), date == null ? m.end() : date.end(), "document-number", 0.95));
            found.merge(number.toUpperCase(Locale.ROOT), doc, (x, y) -> x.issuedOn() != null ? x : y);
        }
        bare(a, found);
        return new ArrayList<>(found.values());
    }

    /**
     * "Nghị quyết 36, Chỉ thị 45 và Kết luận 12 của Bộ Chính trị": documents cited by bare number and
     * attributed to a Party body are that body's numbered series (36-NQ/TW, 45-CT/TW, 12-KL/TW).
     * Without such an attribution a bare number names nothing certain and is not taken.
     */
    private static void bare(ArticleContext a, Map<String, Facts.Document> found) {
        Matcher m = BARE.matcher(a.text());
        while (BARE.find(m, a.text())) {
            Sentence s = a.sentenceAt(m.start());
            Matcher issuer = PARTY_ISSUER.matcher(a.text().substring(m.end(), s.end()));
            if (!issuer.find()) {
                continue;
            }
            String code = switch (m.group(1)) {
                case "Nghị quyết" -> "NQ";
                case "Chỉ thị" -> "CT";
                case "Kết luận" -> "KL";
                default -> "QĐ";
            };
            String number = m.group(2) + "-" + code + "/TW";
            String issuerSlug = switch (issuer.group(1)) {
                case "Bộ Chính trị" -> "vn-politburo";
                case "Ban Bí thư" -> "vn-party-secretariat";
                default -> "vn-party-central-committee";
            };
            found.putIfAbsent(
                    number.toUpperCase(Locale.ROOT),
                    new Facts.Document(
                            number,
                            type(code, "TW"),
                            null,
                            issuerSlug,
                            new Facts.Support(m.start(), m.end(), "document-party-series", 0.8)));
        }
    }

    static String type(String code, String issuer) {
        String c = code.toUpperCase(Locale.ROOT);
        boolean party = "TW".equalsIgnoreCase(issuer);
        if (party) {
            return switch (c) {
                case "NQ" -> "PartyResolution";
                case "CT" -> "PartyDirective";
                case "KL" -> "PartyConclusion";
                case "QĐ", "QĐI" -> "PartyRegulation";
                default -> "PolicyDocument";
            };
        }
        return switch (c) {
            case "QĐ-TTG" -> "GovernmentDecision";
            case "NQ-CP" -> "GovernmentResolution";
            case "CT-TTG" -> "PrimeMinisterDirective";
            default -> "PolicyDocument";
        };
    }

    /** IRI slug of a document number: 34-NQ/TW → 34-nq-tw. */
    public static String slug(String number) {
        return VietnameseText.slug(number.replace('/', '-'));
    }
}
