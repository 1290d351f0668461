package org.diplokg.profiles;

import static org.diplokg.profiles.ProfileHtml.esc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The text of an article with one {@code <mark>} per supported fact. Offsets are code points, end
 * exclusive, as the evidence states them. Spans that nest are nested; a span that starts inside
 * another and runs past its end is cut at that end, so every fact keeps exactly one mark.
 */
final class ArticleHighlights {

    /** A fact's supporting span and its number on the page (the fact row is {@code fact-N}, the mark {@code span-N}). */
    record Span(int number, int start, int end, String title) {}

    private ArticleHighlights() {}

    static String render(String text, List<Span> spans) {
        int[] cps = text.codePoints().toArray();
        List<Span> sorted = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(0, Math.min(s.start(), cps.length));
            int end = Math.max(start, Math.min(s.end(), cps.length));
            sorted.add(new Span(s.number(), start, end, s.title()));
        }
        sorted.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingInt(Span::number));
        StringBuilder out = new StringBuilder();
        Deque<Integer> openEnds = new ArrayDeque<>();
        Deque<Integer> openNumbers = new ArrayDeque<>();
        int pos = 0;
        for (Span s : sorted) {
            pos = closeUntil(out, cps, pos, s.start(), openEnds, openNumbers);
            int end = openEnds.isEmpty() ? s.end() : Math.min(s.end(), openEnds.peek());
            out.append(text(cps, pos, s.start()));
            pos = s.start();
            out.append("<mark id=\"span-")
                    .append(s.number())
                    .append("\" title=\"")
                    .append(esc(s.title()))
                    .append("\">");
            openEnds.push(end);
            openNumbers.push(s.number());
        }
        pos = closeUntil(out, cps, pos, cps.length, openEnds, openNumbers);
        out.append(text(cps, pos, cps.length));
        return out.toString();
    }

    /** Writes text and closes every open mark that ends at or before {@code upTo}. */
    private static int closeUntil(
            StringBuilder out, int[] cps, int pos, int upTo, Deque<Integer> ends, Deque<Integer> numbers) {
        while (!ends.isEmpty() && ends.peek() <= upTo) {
            int end = ends.pop();
            int n = numbers.pop();
            out.append(text(cps, pos, end))
                    .append("</mark><sup><a href=\"#fact-")
                    .append(n)
                    .append("\" aria-label=\"fact ")
                    .append(n)
                    .append("\">")
                    .append(n)
                    .append("</a></sup>");
            pos = Math.max(pos, end);
        }
        return pos;
    }

    private static String text(int[] cps, int from, int to) {
        return from >= to ? "" : esc(new String(cps, from, to - from));
    }
}
