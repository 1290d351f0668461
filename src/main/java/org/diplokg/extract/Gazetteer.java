package org.diplokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplokg.text.TextFolding;

/**
 * Names the pipeline recognises and links: countries (CLDR names and press aliases), organisations
 * and persons already in the graph, plus the organisations of the built-in list. Lookup is by
 * normalised, lowercase word sequence, longest match first; persons are also found by their folded
 * name (without diacritics), so "Bui Thanh Son" links to Bùi Thanh Sơn.
 */
public final class Gazetteer {

    public enum Kind {
        COUNTRY,
        ORGANIZATION,
        PERSON
    }

    /**
     * @param known   true when the entity is already in the store (it need not be declared again)
     * @param orgClass local name of the dk: class for built-in organisations, null otherwise
     */
    public record Entry(
            Kind kind, String iri, String label, String code, boolean known, String orgClass, String englishLabel) {}

    /** A name found in the text: tokens [{@code first}, {@code first + count}). */
    public record Match(int first, int count, int start, int end, Entry entry) {}

    private record Phrase(String[] keys, Entry entry) {}

    private final Map<String, List<Phrase>> byFirstKey = new HashMap<>();
    private final Map<String, Entry> personsByFold = new HashMap<>();
    private final Map<String, Entry> countriesByCode = new HashMap<>();
    private final Map<String, Entry> entitiesByIri = new LinkedHashMap<>();
    private final Map<String, String[]> countryNames = new HashMap<>();
    private final java.util.Set<String> knownIris = new java.util.HashSet<>();
    private final List<String[]> regions = RegionNames.load();

    /** Records that the store already describes this IRI (posts, organisations, persons …). */
    public void markKnown(String iri) {
        knownIris.add(iri);
    }

    public boolean isKnown(String iri) {
        return knownIris.contains(iri);
    }

    /** The Vietnamese and English names used when a country appears in a new entity's label. */
    public void nameCountry(String code, String vietnamese, String english) {
        countryNames.put(code, new String[] {vietnamese, english});
    }

    public String[] countryNames(String code) {
        return countryNames.getOrDefault(code, new String[] {code, code});
    }

    public void add(Entry entry) {
        List<Token> tokens = Tokenizer.tokens(VietnameseText.normalize(entry.label()));
        if (tokens.isEmpty()) {
            return;
        }
        String[] keys = tokens.stream().map(Token::key).toArray(String[]::new);
        List<Phrase> phrases = byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>());
        phrases.add(new Phrase(keys, entry));
        phrases.sort(Comparator.comparingInt((Phrase p) -> -p.keys().length)
                .thenComparing(p -> !p.entry().known()));
        if (entry.kind() == Kind.PERSON) {
            personsByFold.putIfAbsent(TextFolding.fold(entry.label()), entry);
        }
        if (entry.kind() == Kind.COUNTRY && entry.code() != null) {
            Entry previous = countriesByCode.get(entry.code());
            if (previous == null
                    || (previous.label().length() > entry.label().length() && isVietnamese(entry.label()))) {
                countriesByCode.put(entry.code(), entry);
            }
        }
        entitiesByIri.merge(
                entry.iri(),
                entry,
                (a, b) -> new Entry(
                        a.kind(),
                        a.iri(),
                        a.label(),
                        a.code() != null ? a.code() : b.code(),
                        a.known() || b.known(),
                        a.orgClass() != null ? a.orgClass() : b.orgClass(),
                        a.englishLabel() != null ? a.englishLabel() : b.englishLabel()));
    }

    /** The longest name of the given kind starting at token {@code i}, if any. */
    public Optional<Match> at(String text, List<Token> tokens, int i, Kind kind) {
        List<Phrase> phrases = byFirstKey.get(tokens.get(i).key());
        if (phrases == null) {
            return Optional.empty();
        }
        for (Phrase p : phrases) {
            if (p.entry().kind() != kind || i + p.keys().length > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < p.keys().length && same; k++) {
                same = tokens.get(i + k).key().equals(p.keys()[k])
                        && Tokenizer.spaceBetween(text, tokens.get(i + k - 1), tokens.get(i + k));
            }
            if (same && kind == Kind.COUNTRY && RegionNames.covers(regions, text, tokens, i, p.keys().length)) {
                return Optional.empty(); // "Mỹ Latinh", "Trung Đông": a region, not the country
            }
            if (same) {
                int last = i + p.keys().length - 1;
                return Optional.of(new Match(
                        i,
                        p.keys().length,
                        tokens.get(i).start(),
                        tokens.get(last).end(),
                        p.entry()));
            }
        }
        return Optional.empty();
    }

    /** Every capitalised occurrence of a name of the given kind, left to right, without overlaps. */
    public List<Match> findAll(String text, List<Token> tokens, Kind kind) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalized() && !tokens.get(i).numeric()) {
                continue;
            }
            Optional<Match> m = at(text, tokens, i, kind);
            if (m.isPresent()) {
                matches.add(m.get());
                i += m.get().count() - 1;
            }
        }
        return matches;
    }

    public Optional<Entry> personByName(String name) {
        return Optional.ofNullable(personsByFold.get(TextFolding.fold(name)));
    }

    public Optional<Entry> country(String code) {
        return Optional.ofNullable(countriesByCode.get(code));
    }

    public Optional<Entry> entity(String iri) {
        return Optional.ofNullable(entitiesByIri.get(iri));
    }

    private static boolean isVietnamese(String label) {
        return !label.chars().allMatch(c -> c < 128);
    }
}
