package org.diplokg.extract;

import java.util.BitSet;

/**
 * Reads a Java regex far enough to tell which characters a match can begin with, for
 * {@link QuickPattern}. Conservative: a construct it does not know (a property class, a dot, a
 * back-reference, inline flags, anchors …) where the first character is decided makes it give up
 * ({@code null}), and the pattern is scanned the slow way.
 */
final class RegexLeads {

    /** The characters a match can begin with; {@code wordStart}: never right after a letter. */
    record Leads(BitSet chars, boolean wordStart) {}

    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private final String re;
    private int pos;

    /** The first characters of a part of the regex, and whether that part can match the empty string. */
    private record First(BitSet chars, boolean nullable) {}

    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private RegexLeads(String re) {
        this.re = re;
    }

    /** The leads of {@code regex}, or null when it cannot be read or can match the empty string. */
    static Leads of(String regex) {
        RegexLeads r = new RegexLeads(regex);
        try {
            boolean wordStart = r.startsWithLetterLookBehind();
            First f = r.alternation();
            if (r.pos != regex.length() || f.nullable()) {
                return null;
            }
            return new Leads(f.chars(), wordStart && !r.hasTopLevelBar());
        } catch (Unreadable | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Whether the regex opens with {@code (?<![\p{L}…])} or {@code (?<!\p{L})}: no letter just before a match. */
    private boolean startsWithLetterLookBehind() {
        if (re.startsWith("(?<!\\p{L})")) {
            return true;
        }
        if (!re.startsWith("(?<![\\p{L}")) {
            return false;
        }
        int close = re.indexOf("])", 0);
        if (close < 0) {
            return false;
        }
        String body = re.substring("(?<![".length(), close);
        return body.indexOf('[') < 0 && !body.contains("&&") && !body.endsWith("\\");
    }

    /** Whether the whole regex is an alternation ("a|b"): then a leading look-behind binds its first branch only. */
    private boolean hasTopLevelBar() {
        pos = 0;
        try {
            skip(false);
            return pos < re.length();
        } catch (Unreadable e) {
            return true;
        }
    }

    private First alternation() {
        BitSet chars = new BitSet();
        boolean nullable = false;
        while (true) {
            First s = sequence();
            chars.or(s.chars());
            nullable |= s.nullable();
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
            } else {
                return new First(chars, nullable);
            }
        }
    }

    private First sequence() {
        BitSet chars = new BitSet();
        boolean nullable = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            First atom = atom();
            boolean optional = quantifier();
            chars.or(atom.chars());
            nullable = atom.nullable() || optional;
            if (!nullable) {
                skipRestOfSequence(); // the first character is decided: what follows need not be read
                break;
            }
        }
        return new First(chars, nullable);
    }

    /** Moves to the '|' or ')' that ends the current sequence, or to the end, without reading what it passes. */
    private void skipRestOfSequence() {
        skip(false);
    }

    /**
     * Passes over regex text unread, minding escapes, classes and groups: up to the '|' or ')' ending the
     * current sequence, or ({@code closeGroup}) past the ')' closing the current group.
     */
    private void skip(boolean closeGroup) {
        int depth = 0;
        boolean inClass = false;
        while (pos < re.length()) {
            char c = re.charAt(pos);
            if (c == '\\') {
                if (re.charAt(pos + 1) == 'G') {
                    throw new Unreadable(); // \G depends on the previous match, which a scan by regions resets
                }
                pos += 2;
                continue;
            }
            if (inClass) {
                boolean first = re.charAt(pos - 1) == '[' || re.startsWith("[^", pos - 2);
                if (c == '[' || (c == ']' && first)) {
                    throw new Unreadable(); // nested classes, a leading ']': not followed here
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    if (closeGroup) {
                        pos++;
                    }
                    return;
                }
                depth--;
            } else if (c == '|' && depth == 0 && !closeGroup) {
                return;
            }
            pos++;
        }
        if (closeGroup) {
            throw new Unreadable();
        }
    }

    /** Reads a quantifier if one follows; true when it allows zero repetitions. */
    private boolean quantifier() {
        if (pos >= re.length()) {
            return false;
        }
        char c = re.charAt(pos);
        boolean zero;
        if (c == '?' || c == '*') {
            zero = true;
            pos++;
        } else if (c == '+') {
            zero = false;
            pos++;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unreadable();
            }
            String body = re.substring(pos + 1, close);
            if (!body.matches("\\d+(?:,\\d*)?")) {
                throw new Unreadable();
            }
            zero = Integer.parseInt(body.split(",")[0]) == 0;
            pos = close + 1;
        } else {
            return false;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return zero;
    }

    private First atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return new First(characterClass(), false);
            }
            case '\\' -> {
                return escape();
            }
            case '.', '^', '$', '*', '+', '?', '{', '}', ']' -> throw new Unreadable();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                pos++;
                return single(c);
            }
        }
    }

    private First group() {
        pos++; // '('
        boolean zeroWidth = false;
        if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
            pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            zeroWidth = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            zeroWidth = true;
        } else if (re.startsWith("?<", pos)) {
            int close = re.indexOf('>', pos);
            if (close < 0 || !re.substring(pos + 2, close).matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new Unreadable();
            }
            pos = close + 1;
        } else if (re.startsWith("?", pos)) {
            throw new Unreadable(); // inline flags and the like
        }
        if (zeroWidth) {
            skipGroupBody();
            return new First(new BitSet(), true);
        }
        First inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new Unreadable();
        }
        pos++;
        return inner;
    }

    /** Moves past the closing parenthesis of the group whose body starts at {@code pos}, unread: a look-around consumes nothing. */
    private void skipGroupBody() {
        skip(true);
    }

    private First escape() {
        char e = re.charAt(pos + 1);
        if (e == 'u' || e == 'x') {
            BitSet set = new BitSet();
            set.set(hexEscape());
            return new First(set, false);
        }
        pos += 2;
        if (e == 'Q') {
            int end = re.indexOf("\\E", pos);
            String quoted = end < 0 ? re.substring(pos) : re.substring(pos, end);
            pos = end < 0 ? re.length() : end + 2;
            if (quoted.isEmpty()) {
                return new First(new BitSet(), true);
            }
            if (Character.isSurrogate(quoted.charAt(0))) {
                throw new Unreadable();
            }
            return single(quoted.charAt(0));
        }
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z') {
            return new First(new BitSet(), true);
        }
        BitSet set = new BitSet();
        if (!escapeInto(e, set)) {
            throw new Unreadable();
        }
        return new First(set, false);
    }

    /** Adds the characters of a one-character escape ({@code \d}, {@code \s}, {@code \.} …); false if unknown. */
    private static boolean escapeInto(char e, BitSet set) {
        switch (e) {
            case 'd' -> set.set('0', '9' + 1);
            case 's' -> WHITESPACE.chars().forEach(set::set);
            case 'w' -> {
                set.set('a', 'z' + 1);
                set.set('A', 'Z' + 1);
                set.set('0', '9' + 1);
                set.set('_');
            }
            case 't' -> set.set('\t');
            case 'n' -> set.set('\n');
            case 'r' -> set.set('\r');
            case 'f' -> set.set('\f');
            default -> {
                if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                    return false; // property classes, back-references and the like: not read here
                }
                set.set(e);
            }
        }
        return true;
    }

    /** A bracketed class without negation, nesting or intersection. */
    private BitSet characterClass() {
        pos++; // '['
        if (re.charAt(pos) == '^' || re.charAt(pos) == ']') {
            throw new Unreadable();
        }
        BitSet set = new BitSet();
        while (re.charAt(pos) != ']') {
            char c = re.charAt(pos);
            if (c == '[' || re.startsWith("&&", pos) || Character.isSurrogate(c)) {
                throw new Unreadable();
            }
            if (c == '\\' && (re.charAt(pos + 1) == 'u' || re.charAt(pos + 1) == 'x')) {
                set.set(hexEscape());
                continue;
            }
            if (c == '\\') {
                if (!escapeInto(re.charAt(pos + 1), set)) {
                    throw new Unreadable();
                }
                pos += 2;
                continue;
            }
            if (re.charAt(pos + 1) == '-' && re.charAt(pos + 2) != ']') {
                char to = re.charAt(pos + 2);
                if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < c) {
                    throw new Unreadable();
                }
                set.set(c, to + 1);
                pos += 3;
                continue;
            }
            set.set(c);
            pos++;
        }
        pos++; // ']'
        return set;
    }

    /** A hexadecimal character escape (u and 4 digits, x and 2) at {@code pos}: its character, not a range start. */
    private char hexEscape() {
        int digits = re.charAt(pos + 1) == 'u' ? 4 : 2;
        String hex = re.substring(pos + 2, pos + 2 + digits);
        if (!hex.matches("[0-9a-fA-F]+")) {
            throw new Unreadable();
        }
        pos += 2 + digits;
        char c = (char) Integer.parseInt(hex, 16);
        if (Character.isSurrogate(c) || (pos < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']')) {
            throw new Unreadable();
        }
        return c;
    }

    private static First single(char c) {
        BitSet set = new BitSet();
        set.set(c);
        return new First(set, false);
    }
}
