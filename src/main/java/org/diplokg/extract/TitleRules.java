package org.diplokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The title lexicon ({@code extract/rules/titles.tsv}): each title's pattern, the grammar that reads
 * its qualifiers and, per scope (Vietnamese or foreign), the post it names as templates. Kept as
 * data so that a new title (a monarch's, a new ministry's) is a row, not code.
 */
final class TitleRules {

    /** One row: a title in one scope. */
    record Rule(
            String title,
            String scope,
            String grammar,
            String role,
            String post,
            String vi,
            String en,
            String org,
            String orgClass,
            String orgVi,
            String orgEn,
            double confidence,
            boolean context,
            String example) {

        boolean foreign() {
            return scope.equals("foreign");
        }
    }

    /** A title with its pattern and its rows by scope; {@code foreign} or {@code vn} may be null. */
    record Title(String id, String grammar, QuickPattern lowercase, QuickPattern anyCase, Rule vn, Rule foreign) {}

    private final List<Title> titles;

    private TitleRules(List<Title> titles) {
        this.titles = titles;
    }

    static TitleRules load() {
        Map<String, List<RuleTable.Row>> byTitle = new LinkedHashMap<>();
        for (RuleTable.Row row : RuleTable.load("titles").rows()) {
            byTitle.computeIfAbsent(row.get("title") + "\u0000" + row.get("pattern"), k -> new ArrayList<>())
                    .add(row);
        }
        List<Title> titles = new ArrayList<>();
        for (List<RuleTable.Row> rows : byTitle.values()) {
            Rule vn = null;
            Rule foreign = null;
            for (RuleTable.Row r : rows) {
                Rule rule = new Rule(
                        r.get("title"),
                        r.get("scope"),
                        r.get("grammar"),
                        r.get("role", null),
                        r.get("post"),
                        r.get("vi"),
                        r.get("en"),
                        r.get("org"),
                        r.get("org_class"),
                        r.get("org_vi", null),
                        r.get("org_en", null),
                        Double.parseDouble(r.get("confidence")),
                        r.get("context").equals("yes"),
                        r.example());
                switch (rule.scope()) {
                    case "vn" -> vn = rule;
                    case "foreign" -> foreign = rule;
                    default -> throw new IllegalStateException(r + ": scope is vn or foreign");
                }
            }
            RuleTable.Row first = rows.get(0);
            String regex = first.get("pattern");
            String lower = regex.toLowerCase(Locale.ROOT);
            titles.add(new Title(
                    first.get("title"),
                    first.get("grammar"),
                    QuickPattern.compile("(?<![\\p{L}\\p{M}])(?:" + lower + ")(?![\\p{L}\\p{M}])"),
                    QuickPattern.compile(
                            "(?<![\\p{L}\\p{M}])(?:" + regex + ")(?![\\p{L}\\p{M}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    vn,
                    foreign));
        }
        return new TitleRules(List.copyOf(titles));
    }

    List<Title> titles() {
        return titles;
    }
}
