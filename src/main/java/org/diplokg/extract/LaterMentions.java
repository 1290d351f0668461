package org.diplokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coreference inside one article: once a person is named in full, a later mention by the last word of that name
 * after a courtesy word or a title ("ông Brown", "Thủ tướng Brown", "bà Hoa") is the same person. It adds an
 * evidence span to that person instead of reading a new one-word person. The last word is the given name of a
 * Vietnamese name and the family name of most foreign ones, so one rule serves both.
 */
public final class LaterMentions {

    private final Pattern introducer;

    public LaterMentions(RuleCues cues) {
        this.introducer = cues.pattern("person-names", "introducer");
    }

    /** A person named in full: its IRI, its name and where the name was first read. */
    public record Named(String iri, String name, int start) {}

    public List<Facts.PersonMention> find(ArticleContext a, List<Named> persons, List<TitleMatch> titles) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        Map<String, List<Named>> byLastWord = new HashMap<>();
        for (Named p : persons) {
            List<Token> words = Tokenizer.tokens(p.name());
            if (words.size() >= 2) {
                byLastWord
                        .computeIfAbsent(words.get(words.size() - 1).key(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        Set<Integer> titleEnds = new HashSet<>();
        titles.forEach(t -> titleEnds.add(t.end()));
        List<Facts.PersonMention> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Named> candidates = byLastWord.get(t.key());
            if (candidates == null || !t.capitalized() || runsOn(text, tokens, i)) {
                continue;
            }
            Named earlier = null;
            for (Named p : candidates) {
                if (p.start() < t.start() && (earlier == null || p.start() > earlier.start())) {
                    earlier = p; // the nearest full mention before this one
                }
            }
            if (earlier != null && (afterTitle(text, titleEnds, t) || afterIntroducer(text, tokens, i))) {
                found.add(new Facts.PersonMention(
                        earlier.iri(), earlier.name(), new Facts.Support(t.start(), t.end(), "later-mention", 0.8)));
            }
        }
        return found;
    }

    /** The word is the start of a longer capitalised name ("ông Brown Smith"): not a one-word mention. */
    private static boolean runsOn(String text, List<Token> tokens, int i) {
        return i + 1 < tokens.size()
                && tokens.get(i + 1).capitalized()
                && Tokenizer.spaceBetween(text, tokens.get(i), tokens.get(i + 1));
    }

    private static boolean afterTitle(String text, Set<Integer> titleEnds, Token t) {
        int k = t.start();
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00a0')) {
            k--;
        }
        return k < t.start() && titleEnds.contains(k);
    }

    private boolean afterIntroducer(String text, List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        if (!Tokenizer.spaceBetween(text, before, tokens.get(i))) {
            return false;
        }
        int from = i >= 2 && Tokenizer.spaceBetween(text, tokens.get(i - 2), before)
                ? tokens.get(i - 2).start()
                : before.start();
        var m = introducer.matcher(text).region(from, before.end());
        return m.find() && m.end() == before.end();
    }
}
