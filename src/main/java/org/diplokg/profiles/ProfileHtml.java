package org.diplokg.profiles;

import org.diplokg.text.HtmlEscape;

/**
 * The frame of a profile page. No inline script or style: behaviour and looks come from
 * {@code /js/profile.js} and {@code /css/profile.css}, data for charts from JSON blocks, so a
 * strict Content-Security-Policy ({@code script-src 'self'}) leaves the page whole.
 */
final class ProfileHtml {

    private ProfileHtml() {}

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    /** Text in both languages; CSS shows the one of the page's {@code lang}. */
    static String both(String vi, String en) {
        if (vi.equals(en)) {
            return esc(vi);
        }
        return "<span class=\"vi\" lang=\"vi\">" + esc(vi) + "</span><span class=\"en\" lang=\"en\">" + esc(en)
                + "</span>";
    }

    static String page(String lang, String title, String type, String body) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · DiploKG</title><link rel="stylesheet" href="/css/diplokg.css"><link rel="stylesheet" href="/css/profile.css">
                </head><body><a class="skip" href="#profile">%s</a><header class="top"></header>
                <main class="page profile" id="profile" data-profile="%s">%s</main>
                <script src="/js/i18n.js"></script><script src="/webjars/echarts/dist/echarts.min.js"></script><script src="/js/profile.js"></script>
                </body></html>
                """.formatted(
                lang, esc(title), "vi".equals(lang) ? "Bỏ qua, đến nội dung" : "Skip to content", esc(type), body);
    }
}
