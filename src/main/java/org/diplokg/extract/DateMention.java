package org.diplokg.extract;

import java.time.LocalDate;

/**
 * A date expression found in the text. {@code date} is null when the expression needs a year the
 * article does not give (no publication date); {@code inferredYear} marks a day/month whose year was
 * taken from the publication date.
 */
public record DateMention(
        int start, int end, String expression, LocalDate date, Precision precision, boolean inferredYear) {

    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    public boolean resolved() {
        return date != null;
    }

    /** The date as xsd lexical form at its precision: 2023-01-31, 2008-05 or 2021. */
    public String lexical() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }
}
