package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words: runs of letters and digits, a hyphen inside a word kept (Ô-xtrây-li-a). */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n
                    && (Character.isLetterOrDigit(text.charAt(i))
                            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                            || (text.charAt(i) == '-'
                                    && i + 1 < n
                                    && Character.isLetter(text.charAt(i + 1))
                                    && i > start
                                    && Character.isLetter(text.charAt(i - 1))))) {
                i++;
            }
            tokens.add(Token.of(text, start, i));
        }
        return tokens;
    }

    /** Index of the first token starting at or after {@code offset} (tokens are in text order). */
    public static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when only spaces (no punctuation, no line break) separate the two tokens. */
    public static boolean spaceBetween(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
