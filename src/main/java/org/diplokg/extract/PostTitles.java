package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds titles in a text and the posts they name. Which titles exist is data
 * ({@code extract/rules/titles.tsv}, {@link TitleRules}); what may follow each kind of title is
 * {@link TitleGrammar}; IRIs come from {@link PostMinter}. Overlapping titles: the earliest, then
 * the longest, wins. A rank ("hàm Đại sứ", "phong hàm Đại sứ") is not a post.
 */
public final class PostTitles {

    private record Found(TitleRules.Title title, int start, int end) {
    }

    private final TitleRules rules;
    private final TitleGrammar grammar;
    private final Gazetteer gazetteer;
    private final Map<String, String[]> cities;
    private final RuleCues cues;

    /** @param cities city name (normalised, lowercase) to {ISO alpha-2, English name} */
    public PostTitles(String baseIri, Gazetteer gazetteer, PersonNames names, Map<String, String[]> cities, RuleCues cues) {
        this.rules = TitleRules.load();
        this.gazetteer = gazetteer;
        this.cities = cities;
        this.cues = cues;
        this.grammar = new TitleGrammar(new PostMinter(baseIri, gazetteer), names, cues.pattern("ambassador-patterns", "credentials"));
    }

    public List<TitleMatch> find(String text, List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == text.length();
        for (TitleRules.Title t : rules.titles()) {
            Matcher m = sameLength ? t.lowercase().matcher(lower) : t.anyCase().matcher(text);
            while (m.find()) {
                if (Character.isUpperCase(text.charAt(m.start())) && !isRank(text, m.start())) {
                    found.add(new Found(t, m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<TitleMatch> titles = new ArrayList<>();
        int covered = -1;
        for (Found f : found) {
            if (f.start() < covered) {
                continue;
            }
            TitleCursor c = new TitleCursor(text, gazetteer, cities, tokens, Tokenizer.firstAtOrAfter(tokens, f.end()), f.end());
            Optional<TitleMatch> t = grammar.resolve(f.title(), f.start(), c, text);
            if (t.isPresent()) {
                titles.add(t.get());
                covered = t.get().end();
            } else {
                covered = f.end();
            }
        }
        return titles;
    }

    private boolean isRank(String text, int start) {
        return cues.endsBefore("ambassador-patterns", "rank", text, start);
    }
}
