package org.diplokg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the qualifiers after a title, word by word, on one line and without punctuation in between:
 * a country, a ministry, a city, an organisation, a unit name. Consumes what it reads, so the title
 * ends where its qualifiers end.
 */
final class TitleCursor {
    private final Gazetteer gazetteer;
    private final Map<String, String[]> cities;
    private final String text;
    private final List<Token> tokens;
    private int next;
    private int end;

    /** A cursor at {@code end} (the title's end): the next word is the first token at or after it. */
    TitleCursor(String text, Gazetteer gazetteer, Map<String, String[]> cities, List<Token> tokens, int end) {
        this.gazetteer = gazetteer;
        this.cities = cities;
        this.text = text;
        this.tokens = tokens;
        this.end = end;
        this.next = Tokenizer.firstAtOrAfter(tokens, end);
    }

    private boolean adjacent() {
        if (next >= tokens.size()) {
            return false;
        }
        for (int i = end; i < tokens.get(next).start(); i++) {
            char ch = text.charAt(i);
            if (ch != ' ' && ch != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** The word right after the title (only spaces between), if any. */
    Optional<Token> nextWord() {
        return adjacent() ? Optional.of(tokens.get(next)) : Optional.empty();
    }

    boolean skipWords(Set<String> words) {
        if (adjacent() && words.contains(tokens.get(next).key())) {
            end = tokens.get(next).end();
            next++;
            return true;
        }
        return false;
    }

    /** Consumes the words if they come next, all of them or none. */
    boolean skipPhrase(String... words) {
        int savedNext = next;
        int savedEnd = end;
        for (String w : words) {
            if (!skipWords(Set.of(w))) {
                next = savedNext;
                end = savedEnd;
                return false;
            }
        }
        return true;
    }

    Optional<Gazetteer.Match> atCountry() {
        return adjacent() && tokens.get(next).capitalized()
                ? gazetteer.at(text, tokens, next, Gazetteer.Kind.COUNTRY)
                : Optional.empty();
    }

    Optional<String> countryCode() {
        skipWords(Set.of("nước"));
        Optional<Gazetteer.Match> m = atCountry();
        if (m.isEmpty()) {
            // "Cộng hòa Nam Phi", "Vương quốc Bỉ", "Cộng hòa Liên bang Đức": a state's form (one or two) before its
            // name
            int savedNext = next;
            int savedEnd = end;
            int forms = 0;
            while (forms < 2
                    && (skipPhrase("cộng", "hòa")
                            || skipPhrase("vương", "quốc")
                            || skipPhrase("liên", "bang")
                            || skipPhrase("đại", "công", "quốc")
                            || skipPhrase("công", "quốc")
                            || skipPhrase("nhà", "nước"))) {
                forms++;
            }
            if (forms > 0) {
                m = atCountry();
            }
            if (m.isEmpty()) {
                next = savedNext;
                end = savedEnd;
            }
        }
        m.ifPresent(this::consume);
        return m.map(x -> x.entry().code());
    }

    /** A foreign country right after the title; a following "Việt Nam" is consumed and means no foreign country. */
    Optional<String> foreignCountry() {
        int savedNext = next;
        int savedEnd = end;
        Optional<String> cc = countryCode();
        if (cc.isPresent() && cc.get().equals("VN")) {
            return Optional.empty();
        }
        if (cc.isEmpty()) {
            next = savedNext;
            end = savedEnd;
        }
        return cc;
    }

    Optional<Gazetteer.Entry> organization() {
        if (!adjacent() || !tokens.get(next).capitalized()) {
            return Optional.empty();
        }
        Optional<Gazetteer.Match> m = gazetteer.at(text, tokens, next, Gazetteer.Kind.ORGANIZATION);
        m.ifPresent(this::consume);
        return m.flatMap(x -> gazetteer.entity(x.entry().iri()));
    }

    Optional<Gazetteer.Entry> ministry() {
        if (!adjacent() || !tokens.get(next).key().equals("bộ")) {
            return Optional.empty();
        }
        return organization();
    }

    Optional<String[]> city() {
        if (!adjacent()) {
            return Optional.empty();
        }
        for (int len = Math.min(4, tokens.size() - next); len >= 1; len--) {
            String key = VietnameseText.normalize(text.substring(
                            tokens.get(next).start(), tokens.get(next + len - 1).end()))
                    .toLowerCase(java.util.Locale.ROOT);
            String[] c = cities.get(key);
            if (c != null) {
                String surface = text.substring(
                        tokens.get(next).start(), tokens.get(next + len - 1).end());
                end = tokens.get(next + len - 1).end();
                next += len;
                return Optional.of(new String[] {c[0], c[1], surface});
            }
        }
        return Optional.empty();
    }

    /** "Vụ Chính sách đối ngoại": the unit's name up to a person's name or punctuation. */
    Optional<String> unitName(String unitWord, PersonNames names) {
        if (!adjacent() || !tokens.get(next).key().equals(unitWord)) {
            return Optional.empty();
        }
        int first = next + 1;
        int i = first;
        while (i < tokens.size() && Tokenizer.spaceBetween(text, tokens.get(i - 1), tokens.get(i)) && i - first < 8) {
            Token t = tokens.get(i);
            if (i > first
                    && names.isSurname(t)
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).capitalized()) {
                break;
            }
            i++;
        }
        if (i == first) {
            return Optional.empty();
        }
        end = tokens.get(i - 1).end();
        next = i;
        return Optional.of(text.substring(tokens.get(first).start(), end));
    }

    int end() {
        return end;
    }

    /** The first country whose name starts at a capitalised word in [{@code from}, {@code to}). */
    Optional<String> firstCountryBetween(int from, int to) {
        for (int i = Tokenizer.firstAtOrAfter(tokens, from);
                i < tokens.size() && tokens.get(i).start() < to;
                i++) {
            if (tokens.get(i).capitalized()) {
                Optional<Gazetteer.Match> m = gazetteer.at(text, tokens, i, Gazetteer.Kind.COUNTRY);
                if (m.isPresent()) {
                    return Optional.of(m.get().entry().code());
                }
            }
        }
        return Optional.empty();
    }

    private void consume(Gazetteer.Match m) {
        next = m.first() + m.count();
        end = m.end();
    }

    TitleMatch title(int start, PostRef post, String rule, double confidence) {
        return new TitleMatch(start, end, next, post, rule, confidence);
    }
}
