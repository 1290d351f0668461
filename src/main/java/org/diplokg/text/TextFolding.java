package org.diplokg.text;

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

    private TextFolding() {}

    public static String fold(String text) {
        String plain = stripDiacritics(text);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The text without diacritics, case and punctuation kept ("Đỗ Hùng Việt" → "Do Hung Viet"). */
    public static String stripDiacritics(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }
        }
        return out.toString();
    }

    public static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
