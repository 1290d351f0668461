package org.diplokg.extract;

import java.util.Locale;

/**
 * A word of the article with its place in the normalised text; {@code key} is the lowercase form
 * gazetteers are looked up by.
 */
public record Token(int start, int end, String text, String key) {

    static Token of(String source, int start, int end) {
        String text = source.substring(start, end);
        return new Token(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    public boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean numeric() {
        return Character.isDigit(text.charAt(0));
    }
}
