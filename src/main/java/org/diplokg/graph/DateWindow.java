package org.diplokg.graph;

/**
 * Date filtering with partial dates: a start given as a year or a month counts from its first
 * day, an end given that way up to its last day; a missing start or end is open. Dates are ISO
 * strings (xsd:date, xsd:gYearMonth, xsd:gYear lexical forms), compared after padding.
 */
final class DateWindow {

    private DateWindow() {}

    static boolean keeps(String start, String end, String asOf, String from, String to) {
        String s = start == null ? null : lower(start);
        String e = end == null ? null : upper(end);
        if (asOf != null && ((s != null && s.compareTo(asOf) > 0) || (e != null && e.compareTo(asOf) < 0))) {
            return false;
        }
        if (to != null && s != null && s.compareTo(to) > 0) {
            return false;
        }
        return from == null || e == null || e.compareTo(from) >= 0;
    }

    static String lower(String date) {
        return switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date.substring(0, Math.min(10, date.length()));
        };
    }

    static String upper(String date) {
        return switch (date.length()) {
            case 4 -> date + "-12-31";
            case 7 -> date + "-31";
            default -> date.substring(0, Math.min(10, date.length()));
        };
    }
}
