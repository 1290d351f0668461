package org.diplokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplokg.support.ProjectPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link QuickPattern} must find exactly what {@link Matcher#find()} finds — the extraction output
 * may not change when a scan skips positions — on the rule patterns over real article text, and on
 * patterns written to exercise each construct its regex reader knows or refuses.
 */
class QuickPatternTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<String> texts = new ArrayList<>();

    @BeforeAll
    static void texts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(
                ProjectPaths.project().resolve("data/devset/dev/articles"),
                ProjectPaths.project().resolve("data/devset/test/articles"),
                ProjectPaths.seeds())) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    files.addAll(s.filter(Files::isRegularFile).sorted().toList());
                }
            }
        }
        for (Path f : files) {
            String text = VietnameseText.normalize(Files.readString(f, StandardCharsets.UTF_8));
            texts.add(text);
            texts.add(text.toLowerCase(Locale.ROOT));
        }
        assertThat(texts).hasSizeGreaterThan(60);
    }

    @Test
    void findsWhatFindFindsForEveryRulePatternOnTheArticles() {
        RuleCues cues = RuleCues.load();
        List<QuickPattern> patterns = new ArrayList<>();
        for (String table : cues.tableNames()) {
            for (RuleTable.Row r : cues.table(table).rows()) {
                patterns.add(QuickPattern.compile(r.get("pattern"), CI));
                patterns.add(QuickPattern.compile(r.get("pattern")));
                patterns.add(quietly(() -> cues.quick(table, r.get("cue"))));
            }
        }
        for (TitleRules.Title t : TitleRules.load().titles()) {
            patterns.add(t.lowercase());
            patterns.add(t.anyCase());
        }
        patterns.removeIf(p -> p == null);
        int matches = 0;
        for (QuickPattern p : patterns) {
            for (String text : texts) {
                matches += assertSameMatches(p, text);
            }
        }
        assertThat(matches).as("matches compared").isGreaterThan(1000);
    }

    @Test
    void readsTheShapesOfTheRulePatterns() {
        RuleCues cues = RuleCues.load();
        assertThat(TitleRules.load().titles())
                .allSatisfy(t ->
                        assertThat(t.lowercase().skipsPositions()).as(t.id()).isTrue());
        assertThat(cues.quick("relation-phrases", "establish").skipsPositions()).isTrue();
        assertThat(cues.quick("spouses", "spouse").skipsPositions()).isTrue();
        assertThat(cues.quick("event-verbs", "Meeting").skipsPositions()).isTrue();
        assertThat(QuickPattern.compile("(?:ngày\\s+)?(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})")
                        .skipsPositions())
                .isTrue();
    }

    @Test
    void scansEveryPositionWhenItCannotTellTheFirstCharacter() {
        for (String regex : List.of(
                ".{2}ng",
                "\\p{Lu}\\p{L}+",
                "(?i)việt",
                "[^a-z]x",
                "(?:abc)?",
                "a*",
                "^Th",
                "a\\Gb",
                "\\Gab",
                "[\\p{L}&&[^a]]b")) {
            QuickPattern p = QuickPattern.compile(regex);
            assertThat(p.skipsPositions()).as(regex).isFalse();
            for (String text : texts.subList(0, 6)) {
                assertSameMatches(p, text);
            }
        }
    }

    @Test
    void findsWhatFindFindsForEachConstructOnRandomText() {
        List<QuickPattern> patterns = new ArrayList<>();
        for (String regex : List.of(
                "ab|ba|c",
                "(?:x|)y",
                "a?b+c",
                "a{0,2}b",
                "a{1,2}b",
                "(?<![\\p{L}])(?:ab|c)(?![\\p{L}])",
                "(?<![\\p{L}\\p{M}])b(?:a )?c",
                "(?<!\\p{L})ab",
                "(?<![\\p{L}])[a-c]{2}|b",
                "(?<=a)b",
                "(?=ab)a.",
                "(?!a)[ab]c",
                "[a-c\\d]x|\\sy",
                "\\Qa.b\\E|c",
                "\\u00e1b|\\x61c",
                "[ \\u00a0]*b",
                "(?<n>\\d{1,2})/a",
                "(?:(?:á|Ạ)\\s+)?b",
                "Đb|đc",
                "\\.a|\\-b",
                "(?>a|ab)c",
                "a++b|c*?d",
                "a[^.;,()]{1,4}?b|y\\p{L}+",
                "b(?= (?-i:\\p{Lu}))",
                "(?<![\\p{L}])ab|cd",
                "x$|y",
                "(a)\\1",
                "\\bab\\b|\\Bc")) {
            patterns.add(QuickPattern.compile(regex));
            patterns.add(QuickPattern.compile(regex, CI));
            patterns.add(QuickPattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
        Random random = new Random(18);
        String alphabet = "aAbBcCdxy1 2/.-\u00a0áÁạẠđĐ\u212a\nz";
        int matches = 0;
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int j = 0; j < n; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (QuickPattern p : patterns) {
                matches += assertSameMatches(p, sb.toString());
            }
        }
        assertThat(matches).isGreaterThan(1000);
        assertThat(patterns.stream().filter(QuickPattern::skipsPositions).count())
                .isGreaterThan(patterns.size() * 3L / 4);
    }

    /** Compares every match (start, end, groups) of the pattern with plain find(); returns how many. */
    private static int assertSameMatches(QuickPattern p, String text) {
        Matcher expected = p.pattern().matcher(text);
        Matcher actual = p.matcher(text);
        int n = 0;
        while (expected.find()) {
            assertThat(p.find(actual, text))
                    .as("%s finds the match at %d in %s", p.pattern(), expected.start(), excerpt(text, expected))
                    .isTrue();
            assertThat(actual.start()).as(p.pattern().pattern()).isEqualTo(expected.start());
            assertThat(actual.end()).as(p.pattern().pattern()).isEqualTo(expected.end());
            for (int g = 1; g <= expected.groupCount(); g++) {
                assertThat(actual.start(g)).isEqualTo(expected.start(g));
                assertThat(actual.end(g)).isEqualTo(expected.end(g));
            }
            n++;
        }
        assertThat(p.find(actual, text))
                .as("%s finds no more than find()", p.pattern())
                .isFalse();
        assertThat(p.find(actual, text)).as("%s stays at the end", p.pattern()).isFalse();
        return n;
    }

    private static String excerpt(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 20));
    }

    private static QuickPattern quietly(java.util.function.Supplier<QuickPattern> p) {
        try {
            return p.get();
        } catch (IllegalStateException e) {
            return null; // a cue whose rows are used one by one
        }
    }
}
