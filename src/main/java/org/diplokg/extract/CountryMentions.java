package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Countries named in the text. A one-word name that is also a given name or the start of a common
 * word is not taken when it directly follows another capitalised word, as in a person's name
 * ("Nguyễn Tuấn Anh"), or when the next word makes a compound ("Anh hùng", "Ý kiến", "Pháp luật").
 * Pairs of one-syllable forms ("Mỹ-Triều", "Việt - Lào") name both countries.
 */
public final class CountryMentions {

    private final Gazetteer gazetteer;
    private final Map<String, String> shortForms = new HashMap<>();
    private final Map<String, Set<String>> compounds = new HashMap<>();
    private final QuickPattern pair;

    public CountryMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] row : GazetteerLoader.resourceRows("/extract/country-short-forms.tsv")) {
            shortForms.put(VietnameseText.normalize(row[0]), row[1]);
        }
        for (String[] row : GazetteerLoader.resourceRows("/extract/alias-compounds.tsv")) {
            compounds.put(VietnameseText.normalize(row[0]).toLowerCase(Locale.ROOT), Set.of(row[1].split(" ")));
        }
        String alternatives = String.join(
                "|",
                shortForms.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList());
        pair = QuickPattern.compile(
                "(?<![\\p{L}])(" + alternatives + ")\\s?[-–]\\s?(" + alternatives + ")(?![\\p{L}])");
    }

    public List<Facts.Mention> find(ArticleContext a) {
        List<Facts.Mention> found = new ArrayList<>();
        List<Token> tokens = a.tokens();
        for (Gazetteer.Match m : gazetteer.findAll(a.text(), tokens, Gazetteer.Kind.COUNTRY)) {
            if (m.count() == 1 && ambiguous(a, m)) {
                continue;
            }
            found.add(new Facts.Mention(
                    m.entry(),
                    new Facts.Support(m.start(), m.end(), "gazetteer-country", m.count() == 1 ? 0.85 : 0.95)));
        }
        Matcher p = pair.matcher(a.text());
        while (pair.find(p, a.text())) {
            for (int g = 1; g <= 2; g++) {
                int s = p.start(g);
                int e = p.end(g);
                if (found.stream()
                        .anyMatch(
                                f -> f.support().start() < e && s < f.support().end())) {
                    continue;
                }
                gazetteer
                        .country(shortForms.get(p.group(g)))
                        .ifPresent(entry -> found.add(
                                new Facts.Mention(entry, new Facts.Support(s, e, "country-pair-short-form", 0.85))));
            }
        }
        found.sort(Comparator.comparingInt(f -> f.support().start()));
        return found;
    }

    private boolean ambiguous(ArticleContext a, Gazetteer.Match m) {
        List<Token> tokens = a.tokens();
        Token word = tokens.get(m.first());
        if (m.first() > 0) {
            Token previous = tokens.get(m.first() - 1);
            if (previous.capitalized()
                    && Tokenizer.spaceBetween(a.text(), previous, word)
                    && gazetteer
                            .at(a.text(), tokens, m.first() - 1, Gazetteer.Kind.COUNTRY)
                            .isEmpty()) {
                return true;
            }
        }
        if (m.first() + 1 < tokens.size()) {
            Token next = tokens.get(m.first() + 1);
            Set<String> words = compounds.get(word.key());
            return words != null
                    && !next.capitalized()
                    && Tokenizer.spaceBetween(a.text(), word, next)
                    && words.contains(next.key());
        }
        return false;
    }
}
