package org.diplokg.hardening;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Finds an over-long constant pattern of {@code REGEX} or {@code REPLACE} in the request text, before
 * Jena parses it: Jena compiles a constant pattern while building the expression, so a literal of
 * hundreds of kilobytes would hold the parser thread (compiling is quadratic and not interruptible)
 * before {@link SafeExpressions}' own check could run. A lexical scan is enough: strings, IRIs and
 * comments are skipped, and only the second argument of those two functions is measured.
 */
final class LongPatternScan {

    private final String text;
    private int pos;

    private LongPatternScan(String text) {
        this.text = text;
    }

    /** Refuses the request with 400 when a constant pattern is longer than {@code max} characters. */
    static void check(String text, int max) {
        int longest = new LongPatternScan(text).longestPattern();
        if (longest > max) {
            throw SafeExpressions.patternTooLong(longest, max);
        }
    }

    private int longestPattern() {
        int longest = 0;
        // one frame per open parenthesis: -1 for a group or another call, else the commas seen in a
        // REGEX/REPLACE call; a string right after its first comma is the pattern
        Deque<int[]> frames = new ArrayDeque<>();
        boolean callNext = false;
        boolean patternNext = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            boolean pattern = patternNext;
            boolean call = callNext;
            patternNext = false;
            callNext = false;
            if (c == '"' || c == '\'') {
                int length = skipString();
                if (pattern) {
                    longest = Math.max(longest, length);
                }
            } else if (c == '#') {
                skipComment();
                patternNext = pattern;
                callNext = call;
            } else if (c == '<' && iriEnd(pos) > 0) {
                pos = iriEnd(pos);
            } else if (Character.isLetter(c) && !partOfName(pos - 1)) {
                int start = pos;
                while (pos < text.length() && partOfName(pos)) {
                    pos++;
                }
                String word = text.substring(start, pos).toLowerCase(Locale.ROOT);
                callNext = word.equals("regex") || word.equals("replace");
            } else {
                if (c == '(') {
                    frames.push(new int[] {call ? 0 : -1});
                } else if (c == ')') {
                    frames.poll();
                } else if (c == ',' && !frames.isEmpty() && frames.peek()[0] >= 0) {
                    patternNext = ++frames.peek()[0] == 1;
                }
                pos++;
            }
        }
        return longest;
    }

    /** Skips the string literal at {@code pos}; answers its length with each escape counted as one. */
    private int skipString() {
        char quote = text.charAt(pos);
        boolean longForm = text.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += longForm ? 3 : 1;
        int length = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
                pos += next == 'u' ? 6 : next == 'U' ? 10 : 2;
            } else if (longForm ? text.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
                pos += longForm ? 3 : 1;
                return length;
            } else if (!longForm && (c == '\n' || c == '\r')) {
                return length; // not a string the grammar accepts: let the parser say so
            } else {
                pos++;
            }
            length++;
        }
        return length;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** The position after an IRI reference starting at {@code start}, or 0 when {@code <} is an operator. */
    private int iriEnd(int start) {
        for (int p = start + 1; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '>') {
                return p + 1;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return 0;
            }
        }
        return 0;
    }

    private boolean partOfName(int p) {
        if (p < 0 || p >= text.length()) {
            return false;
        }
        char c = text.charAt(p);
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '?' || c == '$';
    }
}
