package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Region names that contain a country's short name ({@code extract/regions.txt}: "Mỹ Latinh", "Nam Mỹ", "Trung
 * Đông"). Kept as data so that a reader adds a region by a line; a country name inside one is not the country.
 */
final class RegionNames {

    private RegionNames() {}

    /** Each region as its lowercase word keys. */
    static List<String[]> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RegionNames.class.getResourceAsStream("/extract/regions.txt"), StandardCharsets.UTF_8))) {
            return in.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Tokenizer.tokens(VietnameseText.normalize(l)).stream()
                            .map(Token::key)
                            .toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether tokens [{@code first}, {@code first + count}) lie inside a region name written around them. */
    static boolean covers(List<String[]> regions, String text, List<Token> tokens, int first, int count) {
        for (String[] region : regions) {
            for (int from = first + count - region.length; from <= first; from++) {
                if (from >= 0 && from + region.length <= tokens.size() && matches(region, text, tokens, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String[] region, String text, List<Token> tokens, int from) {
        for (int k = 0; k < region.length; k++) {
            if (!tokens.get(from + k).key().equals(region[k])
                    || (k > 0 && !Tokenizer.spaceBetween(text, tokens.get(from + k - 1), tokens.get(from + k)))) {
                return false;
            }
        }
        return true;
    }
}
