package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a person's name where one is expected (after a title, in a list of names): a run of two to
 * five capitalised words, or a name the gazetteer knows. A run that begins with a country,
 * organisation or title word is not a name.
 */
public final class PersonNames {

    private static final int MAX_WORDS = 5;
    private static final Set<String> NOT_NAME_START = Set.of(
            "bộ",
            "ban",
            "vụ",
            "cục",
            "sở",
            "đại",
            "tổng",
            "phó",
            "thủ",
            "thứ",
            "chủ",
            "ủy",
            "bí",
            "người",
            "tham",
            "tùy",
            "trợ",
            "văn",
            "chính",
            "quốc",
            "đảng",
            "nhà",
            "hội",
            "trung",
            "viện",
            "học",
            "trường",
            "công",
            "thành",
            "tỉnh",
            "tp",
            "đoàn",
            "lãnh",
            "đồng",
            "theo",
            "tại",
            "trong",
            "ngày",
            "tháng",
            "năm",
            "các",
            "những",
            "sau",
            "trước",
            "khi",
            "với",
            "và",
            "là",
            "đã",
            "nghị",
            "quyết",
            "chỉ",
            "thị",
            "hiệp",
            "liên",
            "cộng",
            "tin",
            "ảnh",
            "nguồn",
            "pv",
            "ttxvn",
            "tgvn",
            "vnexpress",
            "baoquocte",
            "ông",
            "bà",
            "anh",
            "chị");

    private static final Set<String> CONTINUATION_STOP = Set.of(
            "bộ", "phó", "thủ", "tổng", "chủ", "thứ", "ủy", "bí", "người", "tham", "tùy", "trợ", "đảng", "nhà", "tp",
            "ttxvn", "tgvn");

    /** Lowercase parts of foreign names ({@code extract/name-particles.txt}: van, den, de, da, von, bin, al …). */
    private static final Set<String> PARTICLES = wordsOf("/extract/name-particles.txt");

    private final Set<String> surnames;
    private final java.util.regex.Pattern honorific;

    /** @param honorific words written before a name that are not part of it (Samdech, Tan Sri, ông …) */
    public PersonNames(Set<String> surnames, java.util.regex.Pattern honorific) {
        this.surnames = surnames;
        this.honorific = honorific;
    }

    public static PersonNames fromClasspath(RuleCues cues) {
        return new PersonNames(wordsOf("/extract/surnames.txt"), cues.pattern("honorifics", "honorific"));
    }

    /** The words of a word-list resource (lines starting with # are comments), normalised and lowercase. */
    private static Set<String> wordsOf(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(PersonNames.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            in.lines()
                    .filter(l -> !l.startsWith("#"))
                    .flatMap(l -> List.of(l.trim().split("\\s+")).stream())
                    .filter(s -> !s.isBlank())
                    .forEach(s -> words.add(VietnameseText.normalize(s).toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** The first token after the honorifics that start at token {@code i} ("Ngài Samdech Techo Sok Vanna" → "Sok"). */
    public int afterHonorifics(String text, List<Token> tokens, int i) {
        while (i < tokens.size()) {
            java.util.regex.Matcher m =
                    honorific.matcher(text).region(tokens.get(i).start(), text.length());
            if (!m.lookingAt()) {
                return i;
            }
            int next = Tokenizer.firstAtOrAfter(tokens, m.end());
            if (next <= i
                    || next < tokens.size()
                            && !text.substring(m.end(), tokens.get(next).start())
                                    .isBlank()) {
                return i;
            }
            i = next;
        }
        return i;
    }

    /** Lowercase parts of foreign names: "bin", "al-Sisi", "de", "van" ("Mohammed bin Salman"). */
    private static boolean isParticle(Token t) {
        String k = t.key();
        int dash = k.indexOf('-');
        String head = dash > 0 ? k.substring(0, dash) : k;
        return !t.capitalized() && PARTICLES.contains(head);
    }

    /** How many spaced lowercase particles start at token {@code j} and are followed by a capitalised word. */
    private static int particlesBeforeName(String text, List<Token> tokens, int j) {
        int n = 0;
        while (j + n < tokens.size()
                && isParticle(tokens.get(j + n))
                && !tokens.get(j + n).key().contains("-")
                && Tokenizer.spaceBetween(text, tokens.get(j + n - 1), tokens.get(j + n))) {
            n++;
        }
        boolean named = n > 0
                && j + n < tokens.size()
                && tokens.get(j + n).capitalized()
                && Tokenizer.spaceBetween(text, tokens.get(j + n - 1), tokens.get(j + n));
        return named ? n : 0;
    }

    public boolean isSurname(Token token) {
        return surnames.contains(token.key());
    }

    /** A word that starts a title or an organisation ("Bộ", "Phó", "Thủ" …): a name never runs on into it. */
    public boolean stopsName(Token token) {
        return CONTINUATION_STOP.contains(token.key());
    }

    /**
     * A one-word name at token {@code i} ("Nhà vua Harald và …"): a capitalised word that starts no country,
     * organisation or title and is not followed by another capitalised word of the same name.
     */
    public Optional<PersonName> readOneWord(String text, List<Token> tokens, int i, Gazetteer gazetteer) {
        i = afterHonorifics(text, tokens, i);
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(i);
        boolean runsOn = i + 1 < tokens.size()
                && tokens.get(i + 1).capitalized()
                && Tokenizer.spaceBetween(text, t, tokens.get(i + 1))
                && gazetteer.at(text, tokens, i + 1, Gazetteer.Kind.COUNTRY).isEmpty();
        if (!t.capitalized()
                || t.numeric()
                || runsOn
                || NOT_NAME_START.contains(t.key())
                || gazetteer.at(text, tokens, i, Gazetteer.Kind.COUNTRY).isPresent()
                || gazetteer.at(text, tokens, i, Gazetteer.Kind.ORGANIZATION).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(i, 1, t.start(), t.end(), t.text()));
    }

    /**
     * The name starting at token {@code i}. With {@code requireSurname} the first word must be a
     * Vietnamese family name (used for the second and later names of a list).
     */
    public Optional<PersonName> read(
            String text, List<Token> tokens, int i, Gazetteer gazetteer, boolean requireSurname) {
        i = afterHonorifics(text, tokens, i);
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Gazetteer.Match> known = gazetteer.at(text, tokens, i, Gazetteer.Kind.PERSON);
        if (known.isPresent() && tokens.get(i).capitalized()) {
            Gazetteer.Match m = known.get();
            return Optional.of(new PersonName(i, m.count(), m.start(), m.end(), text.substring(m.start(), m.end())));
        }
        Token first = tokens.get(i);
        if (!first.capitalized()
                || first.numeric()
                || NOT_NAME_START.contains(first.key())
                || (requireSurname && !isSurname(first))) {
            return Optional.empty();
        }
        if (gazetteer.at(text, tokens, i, Gazetteer.Kind.COUNTRY).isPresent()
                || gazetteer.at(text, tokens, i, Gazetteer.Kind.ORGANIZATION).isPresent()) {
            return Optional.empty();
        }
        int count = 1;
        while (count < MAX_WORDS && i + count < tokens.size()) {
            Token next = tokens.get(i + count);
            int particles = particlesBeforeName(text, tokens, i + count);
            if (particles > 0) {
                count += particles; // "Karl Van den Bossche", "Pedro de la Cruz"
                continue;
            }
            if (isParticle(next)
                    && next.key().contains("-")
                    && Tokenizer.spaceBetween(text, tokens.get(i + count - 1), next)) {
                count++;
                break;
            }
            if (!next.capitalized()
                    || next.numeric()
                    || !Tokenizer.spaceBetween(text, tokens.get(i + count - 1), next)
                    || CONTINUATION_STOP.contains(next.key())
                    || gazetteer
                            .at(text, tokens, i + count, Gazetteer.Kind.COUNTRY)
                            .filter(m -> m.count() > 1)
                            .isPresent()) {
                break;
            }
            count++;
        }
        if (count < 2) {
            return Optional.empty();
        }
        Token last = tokens.get(i + count - 1);
        return Optional.of(
                new PersonName(i, count, first.start(), last.end(), text.substring(first.start(), last.end())));
    }
}
