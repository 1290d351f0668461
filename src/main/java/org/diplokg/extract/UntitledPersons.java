package org.diplokg.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons the text names without a title: a Vietnamese full name standing alone ("… theo lời kể của Lê Thị Hoa"),
 * a historical figure, or any name after a courtesy word ("ông Mark Brown"). Articles name many people that way, and
 * a reader who only trusts titles misses them. A Vietnamese name is a run of two to four capitalised syllables
 * starting with a family name ({@code extract/surnames.txt}); the rows of {@code extract/rules/person-names.tsv} say
 * when such a run is a street, a place, a school or an award instead. Spans other readers already took are left
 * alone.
 */
public final class UntitledPersons {

    private static final int MAX_SYLLABLES = 4;
    private static final int LONGEST_SYLLABLE = 7;

    private final Gazetteer gazetteer;
    private final PersonNames names;
    private final PersonIris iris;
    private final Map<String, String[]> cities;
    private final RuleCues cues;
    private final Pattern notName;
    private final QuickPattern introducer;
    private final Pattern weakFirst;

    /** @param cities city name (normalised, lowercase) to {ISO alpha-2, English name}: a city is not a person */
    public UntitledPersons(
            String baseIri, Gazetteer gazetteer, PersonNames names, Map<String, String[]> cities, RuleCues cues) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.iris = new PersonIris(baseIri, gazetteer);
        this.cities = cities;
        this.cues = cues;
        this.notName = cues.pattern("person-names", "not-name");
        this.introducer = cues.quick("person-names", "introducer");
        this.weakFirst = cues.pattern("person-names", "weak-first");
    }

    /**
     * @param taken spans other readers took (titles with their names, spouses, persons the graph knows): no person is
     *     read again inside them
     */
    public List<Facts.PersonMention> find(ArticleContext a, List<Facts.Support> taken) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        List<Facts.PersonMention> found = new ArrayList<>();
        Map<Integer, Integer> courtesy = new HashMap<>(); // where a courtesy word starts → where it ends
        Matcher m = introducer.matcher(text);
        while (introducer.find(m, text)) {
            courtesy.put(m.start(), m.end());
        }
        BitSet covered = new BitSet(text.length());
        taken.forEach(s -> covered.set(s.start(), s.end()));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered.get(t.start())) {
                continue;
            }
            Integer after = courtesy.get(t.start());
            Optional<PersonName> n = after == null ? Optional.empty() : introduced(text, tokens, after);
            String rule = "introduced-name";
            double confidence = 0.8;
            if (n.isEmpty() && t.capitalized() && names.isSurname(t)) {
                n = vietnameseName(text, tokens, i);
                rule = "untitled-name";
                confidence = 0.75;
            }
            if (n.isPresent() && !covered.get(n.get().end() - 1)) {
                PersonName p = n.get();
                found.add(new Facts.PersonMention(
                        iris.of(p.name()), p.name(), new Facts.Support(p.start(), p.end(), rule, confidence)));
                i = p.first() + p.count() - 1;
            }
        }
        return found;
    }

    /** "ông Mark Brown", "bà Lê Thị Hoa": a name of two or more words after a lowercase courtesy word. */
    private Optional<PersonName> introduced(String text, List<Token> tokens, int courtesyEnd) {
        int next = Tokenizer.firstAtOrAfter(tokens, courtesyEnd);
        if (next >= tokens.size()
                || !text.substring(courtesyEnd, tokens.get(next).start()).isBlank()) {
            return Optional.empty();
        }
        return names.read(text, tokens, next, gazetteer, false);
    }

    /** A Vietnamese full name starting at token {@code i}, a family name, when no row of the data says otherwise. */
    private Optional<PersonName> vietnameseName(String text, List<Token> tokens, int i) {
        int count = 1;
        while (i + count < tokens.size()) {
            Token next = tokens.get(i + count);
            if (!next.capitalized()
                    || next.numeric()
                    || names.stopsName(next)
                    || !Tokenizer.spaceBetween(text, tokens.get(i + count - 1), next)
                    || gazetteer
                            .at(text, tokens, i + count, Gazetteer.Kind.COUNTRY)
                            .isPresent()) {
                break;
            }
            count++;
        }
        if (count < 2 || count > MAX_SYLLABLES) {
            return Optional.empty(); // one word, or a longer capitalised run (an organisation, a headline)
        }
        if (count < 3
                && (weakFirst
                                .matcher(text)
                                .region(tokens.get(i).start(), text.length())
                                .lookingAt()
                        || cues.endsBefore(
                                "person-names", "locative", text, tokens.get(i).start()))) {
            return Optional.empty(); // "Phó Vụ", "Từ Tokyo", "La Habana"; "tại Chu Lai"
        }
        Token first = tokens.get(i);
        Token last = tokens.get(i + count - 1);
        for (int k = i; k < i + count; k++) {
            Token w = tokens.get(k);
            if (w.key().contains("-")
                    || w.key().length() > LONGEST_SYLLABLE
                    || w.text().length() > 1 && w.text().equals(w.key().toUpperCase(Locale.ROOT))
                    || gazetteer.at(text, tokens, k, Gazetteer.Kind.COUNTRY).isPresent()
                    || gazetteer
                            .at(text, tokens, k, Gazetteer.Kind.ORGANIZATION)
                            .isPresent()) {
                return Optional.empty(); // not syllables of a name (upper case: a menu), or a country or body in it
            }
        }
        String name = text.substring(first.start(), last.end());
        if (notName.matcher(text).region(first.start(), text.length()).lookingAt()
                || cues.endsBefore("person-names", "not-before", text, first.start())
                || isByline(text, first.start(), last.end())
                || cities.containsKey(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(i, count, first.start(), last.end(), name));
    }

    /** "Ảnh: Lê Minh Hòa", or a name alone on its line ("Lê Minh Hòa - Báo X"): a credit, not a fact's person. */
    private boolean isByline(String text, int start, int end) {
        if (cues.endsBefore("person-names", "byline", text, start)) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String after =
                text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        return text.substring(lineStart, start).isBlank()
                && (after.isEmpty() || after.startsWith("- ") || after.startsWith("– "));
    }
}
