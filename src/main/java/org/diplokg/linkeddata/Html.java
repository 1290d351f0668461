package org.diplokg.linkeddata;

import org.diplokg.text.HtmlEscape;

/** Small HTML helpers: escaping and the shared page frame of the linked-data pages. */
final class Html {

    private Html() {}

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    /** A page with the site header; {@code vi}/{@code en} spans switch with the language buttons. */
    static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · DiploKG</title><link rel="stylesheet" href="/css/diplokg.css">
                <style>html[lang=vi] .en, html[lang=en] .vi { display:none } table.st { border-collapse:collapse; width:100%%; font-size:.9rem }
                table.st td, table.st th { border-top:1px solid #d9dde7; padding:.3rem; text-align:left; vertical-align:top } .iri { color:#5b6577; font-size:.8rem; word-break:break-all }</style>
                </head><body><header class="top"></header><main class="page">%s</main>
                <script src="/js/i18n.js"></script><script src="/js/mount-header.js"></script></body></html>
                """.formatted(esc(title), body);
    }
}
