package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Separates what a news page adds around an article. Linked stories ("Tin liên quan" boxes,
 * "Đọc thêm" sections, related-article cards with a headline printed twice) state facts too: their
 * lines are kept and returned as teaser ranges, so their facts are taken with lower confidence.
 * Readers' comments (and all after them) and share/follow bars are blanked. Headings are data
 * ({@code extract/rules/page-furniture.tsv}). Blanked characters become spaces, so offsets do not move.
 */
public final class Boilerplate {

    /** The page's text with furniture blanked, and the [start, end) ranges of teaser lines. */
    public record Page(String text, List<int[]> teasers) {

        public boolean inTeaser(int offset) {
            for (int[] t : teasers) {
                if (offset >= t[0] && offset < t[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Pattern teaserHeading;
    private final Pattern commentHeading;
    private final Pattern share;

    public Boilerplate(RuleCues cues) {
        this.teaserHeading = whole(cues, "teasers");
        this.commentHeading = whole(cues, "comments");
        this.share = whole(cues, "share");
    }

    private static Pattern whole(RuleCues cues, String cue) {
        return Pattern.compile(
                "(?:"
                        + String.join(
                                "|",
                                cues.rows("page-furniture", cue).stream()
                                        .map(r -> r.get("pattern"))
                                        .toList())
                        + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Page read(String text) {
        StringBuilder out = new StringBuilder(text);
        List<int[]> teasers = new ArrayList<>();
        List<int[]> lines = lines(text);
        boolean inBox = false;
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String line = text.substring(l[0], l[1]).strip();
            String key = line.toLowerCase(Locale.ROOT).replaceAll("[:：]$", "").strip();
            if (commentHeading.matcher(key).matches()) {
                blank(out, l[0], text.length());
                break;
            }
            if (line.isEmpty()) {
                inBox = false;
                continue;
            }
            if (teaserHeading.matcher(key).matches()) {
                blank(out, l[0], l[1]);
                inBox = true;
                inSection = inSection || isTrailing(key);
                continue;
            }
            if (line.length() < 80 && share.matcher(key).matches()) {
                blank(out, l[0], l[1]);
                continue;
            }
            if (inBox || inSection) {
                teasers.add(new int[] {l[0], l[1]});
            }
        }
        cards(text, out, lines, teasers);
        return new Page(out.toString(), List.copyOf(teasers));
    }

    /** A box opened by these headings runs to the end of the page, not to the next blank line. */
    private static boolean isTrailing(String key) {
        return !key.contains("liên quan");
    }

    /** A headline printed twice in a row is a related-article card: the copy is blanked, headline and teaser kept as teasers. */
    private static void cards(String text, StringBuilder out, List<int[]> all, List<int[]> teasers) {
        List<int[]> lines =
                all.stream().filter(l -> !text.substring(l[0], l[1]).isBlank()).toList();
        for (int i = 1; i < lines.size(); i++) {
            int[] prev = lines.get(i - 1);
            int[] cur = lines.get(i);
            String previous = text.substring(prev[0], prev[1]).strip();
            String current = text.substring(cur[0], cur[1]).strip();
            if (!previous.isEmpty() && current.equals(previous) && current.length() > 10) {
                teasers.add(prev);
                blank(out, cur[0], cur[1]);
                int next = i + 1;
                if (next < lines.size()) {
                    String teaser = text.substring(lines.get(next)[0], lines.get(next)[1])
                            .strip();
                    if (teaser.endsWith("...") || teaser.endsWith("…")) {
                        teasers.add(lines.get(next));
                    }
                }
            }
        }
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
