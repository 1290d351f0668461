package org.diplokg.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.IriPolicy;

/**
 * The types a library query parameter can have. Each parses the raw request value into an RDF
 * term, or refuses it with a 400 that says what was expected; the term is then substituted into
 * the parsed query, so no value is ever spliced into SPARQL text.
 */
public enum ParameterType {
    IRI,
    DATE,
    COUNTRY,
    LEVEL,
    INTEGER,
    DECIMAL,
    STRING,
    BOOLEAN;

    private static final int MAX_STRING = 200;

    public static ParameterType of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public Node parse(String parameter, String raw, String baseIri) {
        String v = raw.trim();
        return switch (this) {
            case IRI -> {
                if (!IRIs.check(v)
                        || !IRIs.reference(v).isAbsolute()
                        || v.contains(">")
                        || v.contains("<")
                        || v.contains(" ")) {
                    throw bad(
                            parameter,
                            raw,
                            "an absolute IRI such as " + new IriPolicy(baseIri).entity("person", "bui-thanh-son"));
                }
                yield NodeFactory.createURI(v);
            }
            case DATE -> {
                try {
                    yield NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw bad(parameter, raw, "a date YYYY-MM-DD");
                }
            }
            case COUNTRY -> {
                if (!v.matches("[A-Za-z]{2}")) {
                    throw bad(parameter, raw, "an ISO 3166-1 alpha-2 country code such as VN or US");
                }
                yield NodeFactory.createURI(new IriPolicy(baseIri).entity("country", v.toUpperCase(Locale.ROOT)));
            }
            case LEVEL -> {
                String local = v.startsWith("dk:")
                        ? v.substring(3)
                        : v.startsWith(DiploKg.NS) ? v.substring(DiploKg.NS.length()) : v;
                if (!local.matches(
                        "ComprehensiveStrategicPartnership|StrategicPartnership|ExtensiveStrategicPartnership|ComprehensivePartnership|SpecialRelationship")) {
                    throw bad(
                            parameter,
                            raw,
                            "a partnership level: dk:ComprehensiveStrategicPartnership, dk:StrategicPartnership, "
                                    + "dk:ExtensiveStrategicPartnership, dk:ComprehensivePartnership or dk:SpecialRelationship");
                }
                yield DiploKg.term(local);
            }
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(v)), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw bad(parameter, raw, "an integer");
                }
            }
            case DECIMAL -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
                } catch (NumberFormatException e) {
                    throw bad(parameter, raw, "a decimal number");
                }
            }
            case STRING -> {
                if (v.isEmpty() || v.length() > MAX_STRING) {
                    throw bad(parameter, raw, "a non-empty text of at most " + MAX_STRING + " characters");
                }
                yield NodeFactory.createLiteralString(v);
            }
            case BOOLEAN -> {
                if (!v.matches("(?i)true|false")) {
                    throw bad(parameter, raw, "true or false");
                }
                yield NodeFactory.createLiteralDT(v.toLowerCase(Locale.ROOT), XSDDatatype.XSDboolean);
            }
        };
    }

    private static LibraryQueryException bad(String parameter, String raw, String expected) {
        String shown = raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
        return LibraryQueryException.badParameter(
                "Parameter '" + parameter + "' must be " + expected + ", not '" + shown + "'");
    }
}
