package org.diplokg.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cue phrases kept as data: the rule tables whose rows are {@code cue, pattern, example} (and
 * perhaps more columns) — ambassador patterns, relation phrases, partnership wordings, spouse
 * words, honorifics. Rows of one cue are joined into one whole-word, case-insensitive pattern, so
 * a linguist adds a wording by adding a row.
 */
public final class RuleCues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Map<String, RuleTable> tables;
    private final Map<String, QuickPattern> patterns = new HashMap<>();
    private final Map<String, Pattern> suffixes = new HashMap<>();
    private final Map<String, RuntimeException> broken = new HashMap<>();

    private RuleCues(Map<String, RuleTable> tables) {
        this.tables = tables;
        compile();
    }

    public static RuleCues load() {
        Map<String, RuleTable> tables = new LinkedHashMap<>();
        for (String name : List.of(
                "ambassador-patterns",
                "relation-phrases",
                "partnership-wordings",
                "spouses",
                "honorifics",
                "person-names",
                "event-verbs",
                "event-dates",
                "page-furniture")) {
            tables.put(name, RuleTable.load(name));
        }
        return new RuleCues(tables);
    }

    /**
     * Compiles every cue of every table once, at load: reading an article then only looks patterns
     * up (no compiling, no shared cache written by concurrent readers). A cue whose rows do not join
     * into one pattern (its rows are used one by one) fails only when asked for as one.
     */
    private void compile() {
        for (RuleTable t : tables.values()) {
            if (!t.columns().contains("cue") || !t.columns().contains("pattern")) {
                continue;
            }
            for (String cue :
                    t.rows().stream().map(r -> r.get("cue")).distinct().toList()) {
                String key = t.name() + "/" + cue;
                String alternatives = String.join(
                        "|",
                        rows(t.name(), cue).stream().map(r -> r.get("pattern")).toList());
                try {
                    patterns.put(
                            key,
                            QuickPattern.compile(
                                    "(?<![\\p{L}\\p{M}])(?:" + alternatives + ")(?![\\p{L}\\p{M}])", FLAGS));
                    suffixes.put(
                            key, Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + alternatives + ")[ \\u00a0]*$", FLAGS));
                } catch (PatternSyntaxException e) {
                    broken.put(
                            key,
                            new IllegalStateException(t.name() + ".tsv: the rows of cue " + cue + " do not join", e));
                }
            }
        }
    }

    /** The names of the loaded tables, in load order. */
    Set<String> tableNames() {
        return tables.keySet();
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
        return quick(table, cue).pattern();
    }

    /** {@link #pattern} with the characters its matches can start with, for fast scans of whole articles. */
    public QuickPattern quick(String table, String cue) {
        return compiled(patterns, table, cue);
    }

    /** Whether the text just before {@code offset} is one of the cue's phrases ("hàm " before "Đại sứ"). */
    public boolean endsBefore(String table, String cue, String text, int offset) {
        Pattern p = compiled(suffixes, table, cue);
        return p.matcher(text.substring(Math.max(0, offset - 30), offset)).find();
    }

    private <T> T compiled(Map<String, T> compiled, String table, String cue) {
        String key = table + "/" + cue;
        T p = compiled.get(key);
        if (p != null) {
            return p;
        }
        RuntimeException failure = broken.get(key);
        if (failure != null) {
            throw failure;
        }
        rows(table, cue); // no such table or cue: its message
        throw new IllegalStateException(table + ".tsv has no pattern column");
    }
}
