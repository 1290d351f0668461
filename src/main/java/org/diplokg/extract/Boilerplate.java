package org.diplokg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Blanks out what a news page adds around an article: everything after a trailing section heading
 * ("Đọc thêm", "Cùng chuyên mục", "Tin khác" …), an inline related-news box ("Tin liên quan" up to
 * the next blank line), and "Theo dõi … trên" follow prompts. Blanked characters become spaces, so
 * offsets into the text do not move.
 */
public final class Boilerplate {

    private static final Set<String> TRAILING = Set.of("đọc thêm", "cùng chuyên mục", "tin cùng chuyên mục", "tin khác", "các tin khác",
            "xem thêm", "bài viết liên quan", "tin mới nhất", "tin đọc nhiều", "tin mới", "có thể bạn quan tâm", "tin nổi bật");
    private static final Set<String> INLINE_BOX = Set.of("tin liên quan", "bài liên quan");

    private Boilerplate() {
    }

    public static String blank(String text) {
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
