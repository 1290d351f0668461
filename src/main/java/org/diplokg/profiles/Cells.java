package org.diplokg.profiles;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * How one RDF term reads on a page in each language: dates in the language's own format, numbers
 * with its separators, booleans as words. Resources are named by {@link Label}s, not here.
 */
final class Cells {

    private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String[] EN_MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private Cells() {}

    /** A literal's text in Vietnamese ([0]) and English ([1]). */
    static String[] literal(Node n) {
        String lex = n.getLiteralLexicalForm();
        String dt = n.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(dt)
                    || XSDDatatype.XSDdateTime.getURI().equals(dt)) {
                LocalDate d = LocalDate.parse(lex.substring(0, 10));
                return new String[] {"ngày " + d.format(VI_DAY), d.format(EN_DAY)};
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
                int month = Integer.parseInt(lex.substring(5, 7));
                return new String[] {
                    "tháng " + month + "/" + lex.substring(0, 4), EN_MONTHS[month - 1] + " " + lex.substring(0, 4)
                };
            }
            if (XSDDatatype.XSDdecimal.getURI().equals(dt)
                    || XSDDatatype.XSDdouble.getURI().equals(dt)
                    || XSDDatatype.XSDinteger.getURI().equals(dt)
                    || XSDDatatype.XSDlong.getURI().equals(dt)) {
                BigDecimal v = new BigDecimal(lex);
                return new String[] {number(v, Locale.forLanguageTag("vi")), number(v, Locale.ENGLISH)};
            }
            if (XSDDatatype.XSDboolean.getURI().equals(dt)) {
                boolean b = Boolean.parseBoolean(lex);
                return new String[] {b ? "có" : "không", b ? "yes" : "no"};
            }
        } catch (RuntimeException e) {
            // an ill-formed value is shown as written
        }
        return new String[] {lex, lex};
    }

    private static String number(BigDecimal v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(4);
        return f.format(v);
    }

    /** A last-resort name from an IRI's last segment, words instead of hyphens. */
    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String s = i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
        return s.replace('-', ' ').replace('_', ' ');
    }
}
