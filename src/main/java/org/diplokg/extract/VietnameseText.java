package org.diplokg.extract;

import java.text.Normalizer;
import org.diplokg.text.TextFolding;

/**
 * Puts Vietnamese text into one spelling so that variants match: Unicode NFC, and the tone mark
 * of the open syllables -oa, -oe, -uy moved from the old placement (hoà, khoẻ, thuỵ, uỷ) to the
 * new one (hòa, khỏe, thụy, ủy). Both steps keep the length of NFC text, so offsets found in the
 * normalised text are offsets into the NFC article.
 */
public final class VietnameseText {

    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    private VietnameseText() {}

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc);
        for (int i = 0; i + 1 < out.length(); i++) {
            char first = out.charAt(i);
            char lower = Character.toLowerCase(first);
            if (lower != 'o' && lower != 'u') {
                continue;
            }
            char second = out.charAt(i + 1);
            String decomposed = Normalizer.normalize(String.valueOf(second), Normalizer.Form.NFD);
            if (decomposed.length() != 2 || TONES.indexOf(decomposed.charAt(1)) < 0) {
                continue;
            }
            char base = Character.toLowerCase(decomposed.charAt(0));
            boolean pair = lower == 'o' ? base == 'a' || base == 'e' : base == 'y';
            boolean syllableEnds = i + 2 >= out.length() || !Character.isLetter(out.charAt(i + 2));
            boolean afterQ = lower == 'u' && i > 0 && Character.toLowerCase(out.charAt(i - 1)) == 'q';
            boolean afterVowel = i > 0 && isVowel(out.charAt(i - 1));
            if (!pair || !syllableEnds || afterQ || afterVowel) {
                continue;
            }
            String toned = Normalizer.normalize(first + decomposed.substring(1), Normalizer.Form.NFC);
            if (toned.length() != 1) {
                continue;
            }
            out.setCharAt(i, toned.charAt(0));
            out.setCharAt(i + 1, decomposed.charAt(0));
        }
        return out.toString();
    }

    /** A stable IRI slug: folded, lowercase ASCII words joined by hyphens ("Bùi Thanh Sơn" → bui-thanh-son). */
    public static String slug(String text) {
        return TextFolding.fold(text).replace(' ', '-');
    }

    /** The text without diacritics, case kept ("Bùi Thanh Sơn" → "Bui Thanh Son"). */
    public static String ascii(String text) {
        return TextFolding.stripDiacritics(text);
    }

    private static boolean isVowel(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return d.length() > 0 && "aeiouyAEIOUY".indexOf(d.charAt(0)) >= 0;
    }
}
