package org.diplokg.extract;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that knows which characters a match can begin with, so that a scan tries the pattern
 * only there. {@link Matcher#find()} tries every position of the text, and most rule patterns start
 * with a look-behind that the engine evaluates before anything else: over a news page and some
 * hundred patterns that was most of the extraction time. {@link #find} gives exactly the matches
 * {@code find()} gives (same starts, ends and groups, in the same order); a pattern whose regex
 * this class cannot read is scanned by plain {@code find()}.
 */
public final class QuickPattern {

    /** Characters at or above this are always tried (rare in news text; case folding may map them below). */
    private static final int TABLE = 0x2000;

    private static final int SUPPORTED_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern pattern;
    /** Characters (below {@link #TABLE}) a match may start with; null when unknown: every position is tried. */
    private final boolean[] lead;
    /** The pattern begins with a negative look-behind on letters: a match never starts right after a letter. */
    private final boolean wordStart;

    private QuickPattern(Pattern pattern, boolean[] lead, boolean wordStart) {
        this.pattern = pattern;
        this.lead = lead;
        this.wordStart = wordStart;
    }

    public static QuickPattern compile(String regex) {
        return of(Pattern.compile(regex));
    }

    public static QuickPattern compile(String regex, int flags) {
        return of(Pattern.compile(regex, flags));
    }

    public static QuickPattern of(Pattern pattern) {
        if ((pattern.flags() & ~SUPPORTED_FLAGS) != 0) {
            return new QuickPattern(pattern, null, false);
        }
        RegexLeads.Leads leads = RegexLeads.of(pattern.pattern());
        if (leads == null) {
            return new QuickPattern(pattern, null, false);
        }
        boolean caseless = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        return new QuickPattern(pattern, table(leads.chars(), caseless), leads.wordStart());
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether scans skip positions (the regex was read); otherwise {@link #find} is plain {@code find()}. */
    boolean skipsPositions() {
        return lead != null;
    }

    /** A matcher for {@link #find}; do not reposition it (region, reset, find) between calls. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match of {@code m} (made by {@link #matcher} on {@code text}), as {@code m.find()}
     * would find it; afterwards {@code m} holds the match (start, end, groups).
     */
    public boolean find(Matcher m, CharSequence text) {
        if (lead == null) {
            return m.find();
        }
        int from = m.hasMatch() ? (m.end() == m.start() ? m.end() + 1 : m.end()) : m.regionStart();
        int n = m.regionEnd();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c < TABLE && !lead[c]) {
                continue;
            }
            if (wordStart && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        m.region(n, n);
        return false;
    }

    /** Whether the pattern matches anywhere in {@code text} ({@code matcher(text).find()}). */
    public boolean foundIn(CharSequence text) {
        return find(matcher(text), text);
    }

    private static boolean[] table(BitSet chars, boolean caseless) {
        boolean[] t = new boolean[TABLE];
        if (!caseless) {
            for (int c = 0; c < TABLE; c++) {
                t[c] = chars.get(c);
            }
            return t;
        }
        // a caseless pattern character matches any text character of the same case class: compare folded forms
        BitSet folded = new BitSet();
        for (int c = chars.nextSetBit(0); c >= 0; c = chars.nextSetBit(c + 1)) {
            folded.set(c);
            folded.set(fold(c));
            folded.set(Character.toLowerCase(c));
            folded.set(Character.toUpperCase(c));
        }
        for (int c = 0; c < TABLE; c++) {
            t[c] = folded.get(c)
                    || folded.get(fold(c))
                    || folded.get(Character.toLowerCase(c))
                    || folded.get(Character.toUpperCase(c));
        }
        return t;
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
