package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Blanks out what a news page adds around an article: everything after a trailing section heading
 * ("Đọc thêm", "Cùng chuyên mục", "Tin khác" …), an inline related-news box ("Tin liên quan" up to
 * the next blank line), related-article cards (a headline repeated on consecutive lines, with the
 * teaser paragraph after it), and "Theo dõi … trên" follow prompts. Blanked characters become
 * spaces, so offsets into the text do not move.
 */
public final class Boilerplate {

    private static final Set<String> TRAILING = Set.of("đọc thêm", "cùng chuyên mục", "tin cùng chuyên mục", "tin khác", "các tin khác",
            "xem thêm", "bài viết liên quan", "tin mới nhất", "tin đọc nhiều", "tin mới", "có thể bạn quan tâm", "tin nổi bật", "ý kiến độc giả", "ý kiến bạn đọc", "bình luận", "gửi bình luận", "tin xem nhiều");
    private static final Set<String> INLINE_BOX = Set.of("tin liên quan", "bài liên quan");

    private Boilerplate() {
    }

    public static String blank(String text) {
        return cards(sections(text));
    }

    /** A headline printed twice in a row is a related-article card: blank both copies and the teaser that follows. */
    private static String cards(String text) {
        StringBuilder out = new StringBuilder(text);
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        for (int i = 1; i < lines.size(); i++) {
            String previous = text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]).strip();
            String current = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            if (current.equals(previous) && current.length() > 10) {
                blank(out, lines.get(i - 1)[0], lines.get(i - 1)[1]);
                blank(out, lines.get(i)[0], lines.get(i)[1]);
                if (i + 1 < lines.size()) {
                    String teaser = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
                    if (teaser.endsWith("...") || teaser.endsWith("…")) {
                        blank(out, lines.get(i + 1)[0], lines.get(i + 1)[1]);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String sections(String text) {
        StringBuilder out = new StringBuilder(text);
        int lineStart = 0;
        boolean inBox = false;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            String key = line.toLowerCase(Locale.ROOT).replaceAll("[:：]$", "");
            if (TRAILING.contains(key)) {
                blank(out, lineStart, text.length());
                break;
            }
            if (INLINE_BOX.contains(key)) {
                inBox = true;
            } else if (line.isEmpty()) {
                inBox = false;
            }
            if (inBox || (key.startsWith("theo dõi ") && key.endsWith(" trên"))) {
                blank(out, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
