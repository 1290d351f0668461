package org.diplokg.text;

/** HTML escaping shared by every server-rendered page, so the pages cannot drift apart in what they escape. */
public final class HtmlEscape {

    private HtmlEscape() {}

    /** Text or an attribute value made safe for HTML; {@code null} becomes the empty string. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
