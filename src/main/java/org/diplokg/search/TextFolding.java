package org.diplokg.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds Vietnamese text for matching: lowercase, diacritics removed (đ to d), punctuation to
 * spaces. Old and new tone-mark placement (hoà/hòa, Thuỵ/Thụy) fold to the same string, and so
 * does a name typed without diacritics.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
