package org.diplokg.linkeddata;

import static org.diplokg.linkeddata.Html.esc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.ontology.DiploKg;
import org.diplokg.ontology.OntologyFiles;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultNegotiator;
import org.diplokg.sparql.ResultWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ontology at its IRI ({@code /ontology}, and {@code /ontology/shapes} for the SHACL shapes):
 * a documentation page for browsers, Turtle / RDF-XML / JSON-LD for clients.
 */
@RestController
public class OntologyController {

    private static final String NS = DiploKg.NS;

    private final OntologyFiles files;
    private final ResultNegotiator negotiator;
    private final ResultWriter writer;

    public OntologyController(OntologyFiles files, ResultNegotiator negotiator, ResultWriter writer) {
        this.files = files;
        this.negotiator = negotiator;
        this.writer = writer;
    }

    @GetMapping({"/ontology", "/ontology/", "/ontology/0.1.0"})
    public void ontology(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(files.ontology(), request, response, true);
    }

    @GetMapping("/ontology/shapes")
    public void shapes(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(files.shapes(), request, response, false);
    }

    private void serve(Graph graph, HttpServletRequest request, HttpServletResponse response, boolean page)
            throws IOException {
        response.addHeader("Vary", "Accept");
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        if (page && ("html".equals(format) || (format == null && accept != null && accept.startsWith("text/html")))) {
            response.setContentType("text/html;charset=utf-8");
            response.getOutputStream().write(html(graph).getBytes(StandardCharsets.UTF_8));
            return;
        }
        ResultFormat rdf = negotiator.choose(false, format, accept);
        response.setContentType(rdf.mediaType() + "; charset=utf-8");
        writer.writeGraph(graph, rdf, response.getOutputStream());
    }

    private static String html(Graph g) {
        StringBuilder b = new StringBuilder("<h1>DiploKG ontology</h1><p class=iri>https://w3id.org/diplokg/ontology · "
                + "<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=rdfxml\">RDF/XML</a> · <a href=\"?format=jsonld\">JSON-LD</a> · "
                + "<a href=\"/ontology/shapes\">SHACL shapes</a></p>");
        b.append("<h2><span class=vi>Sơ đồ lớp</span><span class=en>Class diagram</span></h2>")
                .append(diagram(g));
        section(b, g, "Classes", "Lớp", OWL.Class.asNode(), true);
        section(b, g, "Object properties", "Thuộc tính đối tượng", OWL.ObjectProperty.asNode(), false);
        section(b, g, "Datatype properties", "Thuộc tính dữ liệu", OWL.DatatypeProperty.asNode(), false);
        section(b, g, "Concepts", "Khái niệm", SKOS.Concept.asNode(), false);
        return Html.page("DiploKG ontology", b.toString());
    }

    private static void section(StringBuilder b, Graph g, String en, String vi, Node type, boolean withParents) {
        List<Node> terms = new ArrayList<>(G.listPO(g, RDF.type.asNode(), type).stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(NS))
                .toList());
        terms.sort((x, y) -> x.getURI().compareTo(y.getURI()));
        b.append("<h2><span class=vi>")
                .append(vi)
                .append("</span><span class=en>")
                .append(en)
                .append("</span> (")
                .append(terms.size())
                .append(")</h2><table class=st><tr><th>term</th><th>label</th><th>definition</th>")
                .append(withParents ? "<th>subClassOf</th>" : "<th>domain → range</th>")
                .append("</tr>");
        for (Node t : terms) {
            b.append("<tr id=\"")
                    .append(esc(t.getLocalName()))
                    .append("\"><td><code>dk:")
                    .append(esc(t.getLocalName()))
                    .append("</code></td><td>")
                    .append(lang(g, t, RDFS.label.asNode()))
                    .append("</td><td>")
                    .append(lang(g, t, SKOS.definition.asNode()))
                    .append("</td><td>");
            if (withParents) {
                G.listSP(g, t, RDFS.subClassOf.asNode())
                        .forEach(p -> b.append(esc(short_(p))).append(' '));
            } else {
                G.listSP(g, t, RDFS.domain.asNode())
                        .forEach(p -> b.append(esc(short_(p))).append(' '));
                b.append("→ ");
                G.listSP(g, t, RDFS.range.asNode())
                        .forEach(p -> b.append(esc(short_(p))).append(' '));
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
    }

    /** An SVG tree of the dk: classes by rdfs:subClassOf (first dk: parent), laid out by depth. */
    static String diagram(Graph g) {
        List<Node> classes = new ArrayList<>(G.listPO(g, RDF.type.asNode(), OWL.Class.asNode()).stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(NS))
                .toList());
        classes.sort((x, y) -> x.getURI().compareTo(y.getURI()));
        java.util.Map<Node, Node> parent = new java.util.HashMap<>();
        for (Node c : classes) {
            G.listSP(g, c, RDFS.subClassOf.asNode()).stream()
                    .filter(p -> p.isURI() && p.getURI().startsWith(NS))
                    .findFirst()
                    .ifPresent(p -> parent.put(c, p));
        }
        java.util.Map<Node, Integer> row = new java.util.LinkedHashMap<>();
        java.util.Map<Node, Integer> depth = new java.util.HashMap<>();
        java.util.function.BiConsumer<Node, Integer>[] place = new java.util.function.BiConsumer[1];
        place[0] = (c, d) -> {
            row.put(c, row.size());
            depth.put(c, d);
            classes.stream().filter(k -> c.equals(parent.get(k))).forEach(k -> place[0].accept(k, d + 1));
        };
        classes.stream().filter(c -> !parent.containsKey(c)).forEach(c -> place[0].accept(c, 0));
        int h = 22 * row.size() + 20;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"" + h
                + "\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"class hierarchy\">");
        for (var e : row.entrySet()) {
            int x = 10 + 190 * depth.get(e.getKey());
            int y = 10 + 22 * e.getValue();
            Node p = parent.get(e.getKey());
            if (p != null && row.containsKey(p)) {
                int px = 10 + 190 * depth.get(p) + 170;
                int py = 10 + 22 * row.get(p) + 8;
                svg.append("<path d=\"M")
                        .append(px)
                        .append(' ')
                        .append(py)
                        .append(" H")
                        .append(x - 8)
                        .append(" V")
                        .append(y + 8)
                        .append(" H")
                        .append(x)
                        .append("\" fill=\"none\" stroke=\"#9aa3b5\"/>");
            }
            svg.append("<a href=\"#")
                    .append(esc(e.getKey().getLocalName()))
                    .append("\"><rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"170\" height=\"17\" rx=\"3\" fill=\"#eef1f8\" stroke=\"#1d2433\"/><text x=\"")
                    .append(x + 5)
                    .append("\" y=\"")
                    .append(y + 13)
                    .append("\">dk:")
                    .append(esc(e.getKey().getLocalName()))
                    .append("</text></a>");
        }
        return svg.append("</svg>").toString();
    }

    private static String lang(Graph g, Node s, Node p) {
        StringBuilder out = new StringBuilder();
        for (Node o : G.listSP(g, s, p)) {
            if (o.isLiteral()) {
                out.append("<span class=")
                        .append("en".equals(o.getLiteralLanguage()) ? "en" : "vi")
                        .append('>')
                        .append(esc(o.getLiteralLexicalForm()))
                        .append("</span>");
            }
        }
        return out.toString();
    }

    private static String short_(Node n) {
        return n.isURI() && n.getURI().startsWith(NS) ? "dk:" + n.getLocalName() : n.isURI() ? n.getLocalName() : "";
    }
}
