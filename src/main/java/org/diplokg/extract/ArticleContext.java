package org.diplokg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as the extractors see it: normalised text, its words, sentences and dates, and the
 * publication date relative dates were resolved against.
 */
public record ArticleContext(
        String text, List<Token> tokens, List<Sentence> sentences, List<DateMention> dates, LocalDate published) {

    public static ArticleContext of(String normalisedText, LocalDate published) {
        return new ArticleContext(
                normalisedText,
                Tokenizer.tokens(normalisedText),
                SentenceSplitter.split(normalisedText),
                DateExpressions.find(normalisedText, published),
                published);
    }

    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new Sentence(
                offset,
                Math.min(text.length(), offset + 1),
                text.substring(offset, Math.min(text.length(), offset + 1)));
    }

    public List<DateMention> datesIn(Sentence s) {
        return dates.stream()
                .filter(d -> d.start() >= s.start() && d.end() <= s.end())
                .toList();
    }

    public <T> List<T> within(Sentence s, List<T> items, java.util.function.ToIntFunction<T> startOf) {
        return items.stream().filter(i -> s.contains(startOf.applyAsInt(i))).toList();
    }
}
