package org.diplokg.profiles;

/** A name in both page languages; either may fall back to the other, never to an IRI. */
public record Label(String vi, String en) {

    public static Label of(String vi, String en) {
        String v = blank(vi) ? en : vi;
        String e = blank(en) ? vi : en;
        return blank(v) ? null : new Label(v, e);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
