package org.diplokg.review;

import java.util.List;
import org.diplokg.extract.Sentence;
import org.diplokg.extract.SentenceSplitter;

/**
 * Cuts a claim's sentence out of its article around the evidence span, so a reviewer reads the claim in
 * context with the span marked. Offsets are code points (as stored), converted to string indices here.
 */
final class SentenceSpan {

    private static final int WINDOW = 160;

    private SentenceSpan() {}

    static ReviewItem.Evidence of(String text, Integer start, Integer end) {
        if (text == null || start == null || end == null) {
            return new ReviewItem.Evidence(start, end, null, null, null);
        }
        int points = text.codePointCount(0, text.length());
        if (start < 0 || end > points || start >= end) {
            return new ReviewItem.Evidence(start, end, null, null, null);
        }
        int s = text.offsetByCodePoints(0, start);
        int e = text.offsetByCodePoints(0, end);
        int from = Math.max(0, s - WINDOW);
        int to = Math.min(text.length(), e + WINDOW);
        List<Sentence> sentences = SentenceSplitter.split(text);
        for (Sentence sentence : sentences) {
            if (sentence.start() <= s && s < sentence.end()) {
                from = sentence.start();
                to = Math.max(sentence.end(), e);
                break;
            }
        }
        return new ReviewItem.Evidence(
                start, end, text.substring(s, e), text.substring(from, s), text.substring(e, to));
    }
}
