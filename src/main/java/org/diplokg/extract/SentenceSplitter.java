package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts an article into sentences at line breaks and at sentence punctuation followed by a capital,
 * a digit or a quote, but not after common abbreviations and initials (TP., ThS., PGS., N.).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "tp", "ts", "ths", "pgs", "gs", "bs", "mr", "mrs", "ms", "dr", "st", "q", "p", "tr", "no", "vs", "v.v",
            "tt", "qt");

    private SentenceSplitter() {}

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '-')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(w));
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
