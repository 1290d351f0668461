package org.diplokg.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of an article into text, refusing what is not an article: empty input, binary
 * data, bytes that are not UTF-8, anything over the size limit. HTML (by name or by content) is
 * reduced to its title and visible text with jsoup, one block per line.
 */
public final class ArticleDecoder {

    /** Input that cannot be an article; the message says why. */
    public static final class BadArticleException extends RuntimeException {
        private final boolean tooLarge;

        BadArticleException(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private ArticleDecoder() {}

    public static String decode(byte[] bytes, boolean html, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new BadArticleException(
                    "Article too large: " + bytes.length + " bytes, the limit is " + maxBytes + " bytes", true);
        }
        String text = utf8(bytes);
        return check(html || looksLikeHtml(text) ? htmlToText(text) : text);
    }

    /** Strict UTF-8 (a leading byte-order mark dropped); malformed bytes are refused, never replaced. */
    public static String utf8(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadArticleException("Article is not valid UTF-8 text (malformed byte sequence)", false);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Checks text given directly (JSON API): not empty, not binary. */
    public static String check(String text) {
        if (text == null || text.isBlank()) {
            throw new BadArticleException("Article text is empty", false);
        }
        long control = text.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (text.indexOf('\0') >= 0 || control > text.length() / 100 + 2) {
            throw new BadArticleException(
                    "Article looks like binary data, not text (" + control + " control characters)", false);
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new BadArticleException("Article text contains no words", false);
        }
        return text;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || (head.startsWith("<") && head.contains("<body"));
    }

    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
        StringBuilder out = new StringBuilder();
        String title =
                doc.select("h1").isEmpty() ? doc.title() : doc.selectFirst("h1").text();
        if (!title.isBlank()) {
            out.append(title.strip()).append("\n\n");
        }
        for (Element block : doc.body().select("p, li, h2, h3, h4, blockquote, td, figcaption")) {
            String t = block.ownText().isBlank() && block.children().isEmpty() ? "" : block.text();
            if (!t.isBlank() && block.parents().stream().noneMatch(p -> p.is("p, li, blockquote, td"))) {
                out.append(t.strip()).append('\n');
            }
        }
        if (out.length() <= title.length() + 2) {
            out.append(doc.body().text());
        }
        return out.toString();
    }
}
