package org.diplokg.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One article as the extractors see it: normalised text, its words, sentences and dates, and the
 * publication date relative dates were resolved against. It also carries what several extractors
 * derive from the same article (its lowercase form, memos such as the foreign countries it names),
 * so each is computed once per article and never kept in an extractor, which serves many articles
 * and threads.
 */
public final class ArticleContext {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<DateMention> dates;
    private final LocalDate published;
    private final String lower;
    private final Map<Object, Object> memos;

    public ArticleContext(
            String text, List<Token> tokens, List<Sentence> sentences, List<DateMention> dates, LocalDate published) {
        this(text, tokens, sentences, dates, published, text.toLowerCase(Locale.ROOT), new HashMap<>());
    }

    private ArticleContext(
            String text,
            List<Token> tokens,
            List<Sentence> sentences,
            List<DateMention> dates,
            LocalDate published,
            String lower,
            Map<Object, Object> memos) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.dates = dates;
        this.published = published;
        this.lower = lower;
        this.memos = memos;
    }

    public static ArticleContext of(String normalisedText, LocalDate published) {
        String lower = normalisedText.toLowerCase(Locale.ROOT);
        return new ArticleContext(
                normalisedText,
                Tokenizer.tokens(normalisedText),
                SentenceSplitter.split(normalisedText),
                DateExpressions.find(normalisedText, lower, published),
                published,
                lower,
                new HashMap<>());
    }

    /** The same article with other dates (and the same memos). */
    public ArticleContext withDates(List<DateMention> otherDates) {
        return new ArticleContext(text, tokens, sentences, otherDates, published, lower, memos);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public LocalDate published() {
        return published;
    }

    /** The text in lowercase (Locale.ROOT); offsets match {@link #text()} only when {@link #lowerKeepsOffsets()}. */
    public String lower() {
        return lower;
    }

    public boolean lowerKeepsOffsets() {
        return lower.length() == text.length();
    }

    /**
     * What {@code compute} derives from this article, computed on first use and kept with the article
     * ({@code key}: an object of the caller's own, so callers never share a memo by accident).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object v = memos.get(key);
        if (v == null) {
            v = compute.get();
            memos.put(key, v);
        }
        return (T) v;
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
