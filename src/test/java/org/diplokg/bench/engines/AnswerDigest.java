package org.diplokg.bench.engines;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * An engine-neutral normal form of one answer, so a fast wrong answer cannot win: rows (or triples) as sorted
 * strings, since engines may order ties differently; numbers by value (Virtuoso and Jena write {@code 1.0E1} and
 * {@code 10.0} differently), language tags in lower case, plain and {@code xsd:string} literals alike, and every
 * blank node the same ({@code _:}), because labels are per answer. The digest is a SHA-256 of the normal form.
 */
record AnswerDigest(String sha256, int size) {

    static AnswerDigest of(MixQuery q, SparqlHttp.Reply reply) {
        List<String> lines = q.graphResult() ? triples(reply) : rows(reply);
        lines = new ArrayList<>(lines);
        java.util.Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return new AnswerDigest(HexFormat.of().formatHex(md.digest()).substring(0, 16), lines.size());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(SparqlHttp.Reply reply) {
        SPARQLResult r = org.apache.jena.sparql.resultset.ResultsReader.create()
                .lang(ResultSetLang.RS_JSON)
                .build()
                .readAny(new ByteArrayInputStream(reply.body()));
        if (r.isBoolean()) {
            return List.of("ASK " + r.getBooleanResult());
        }
        ResultSet rs = r.getResultSet();
        List<String> vars = rs.getResultVars().stream().sorted().toList();
        List<String> rows = new ArrayList<>();
        rows.add("VARS " + vars); // not a row, but two answers with different columns must differ
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder row = new StringBuilder();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.append(n == null ? "-" : term(n.asNode())).append('\t');
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static List<String> triples(SparqlHttp.Reply reply) {
        Lang lang = reply.contentType() == null ? null : RDFLanguages.contentTypeToLang(reply.contentType());
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new ByteArrayInputStream(reply.body()), lang == null ? Lang.TURTLE : lang);
        List<String> lines = new ArrayList<>();
        g.find()
                .forEachRemaining(t ->
                        lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject())));
        return lines;
    }

    static String term(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isBlank()) {
            return "_:";
        }
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return quote(lex) + "@" + lang.toLowerCase(Locale.ROOT);
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
            return quote(lex);
        }
        if (isNumber(n)) {
            try {
                return "n:" + new BigDecimal(lex.trim()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return quote(lex) + "^^n"; // NaN, INF
            }
        }
        return quote(lex) + "^^<" + dt + ">";
    }

    /** Whether the literal is of a numeric XSD type (Jena maps those to {@link Number} values). */
    private static boolean isNumber(Node n) {
        try {
            return n.getLiteralValue() instanceof Number;
        } catch (RuntimeException illFormed) {
            return false;
        }
    }

    private static String quote(String lex) {
        return '"' + lex.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
