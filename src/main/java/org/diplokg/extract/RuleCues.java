package org.diplokg.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cue phrases kept as data: the rule tables whose rows are {@code cue, pattern, example} (and
 * perhaps more columns) — ambassador patterns, relation phrases, partnership wordings, spouse
 * words, honorifics. Rows of one cue are joined into one whole-word, case-insensitive pattern, so
 * a linguist adds a wording by adding a row.
 */
public final class RuleCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Map<String, RuleTable> tables = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, Pattern> suffixes = new HashMap<>();

    public static RuleCues load() {
        RuleCues cues = new RuleCues();
        for (String name : List.of(
                "ambassador-patterns",
                "relation-phrases",
                "partnership-wordings",
                "spouses",
                "honorifics",
                "event-verbs",
                "event-dates",
                "page-furniture")) {
            cues.tables.put(name, RuleTable.load(name));
        }
        return cues;
    }

    public RuleTable table(String name) {
        RuleTable t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no rule table " + name);
        }
        return t;
    }

    /** Rows of {@code table} whose {@code cue} column is {@code cue}. */
    public List<RuleTable.Row> rows(String table, String cue) {
        List<RuleTable.Row> rows = table(table).rows().stream()
                .filter(r -> r.get("cue").equals(cue))
                .toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException(table + ".tsv has no row for cue " + cue);
        }
        return rows;
    }

    /** One pattern for all rows of a cue, whole words, case-insensitive; the matched row is not told apart. */
    public Pattern pattern(String table, String cue) {
        return patterns.computeIfAbsent(
                table + "/" + cue,
                k -> Pattern.compile(
                        "(?<![\\p{L}\\p{M}])(?:"
                                + String.join(
                                        "|",
                                        rows(table, cue).stream()
                                                .map(r -> r.get("pattern"))
                                                .toList()) + ")(?![\\p{L}\\p{M}])",
                        FLAGS));
    }

    /** Whether the text just before {@code offset} is one of the cue's phrases ("hàm " before "Đại sứ"). */
    public boolean endsBefore(String table, String cue, String text, int offset) {
        Pattern p = suffixes.computeIfAbsent(
                table + "/" + cue,
                k -> Pattern.compile(
                        "(?<![\\p{L}\\p{M}])(?:"
                                + String.join(
                                        "|",
                                        rows(table, cue).stream()
                                                .map(r -> r.get("pattern"))
                                                .toList()) + ")[ \\u00a0]*$",
                        FLAGS));
        return p.matcher(text.substring(Math.max(0, offset - 30), offset)).find();
    }
}
