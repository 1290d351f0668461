package org.diplokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplokg.ontology.IriPolicy;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultNegotiator;
import org.diplokg.sparql.ResultWriter;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.store.QueryOptions;
import org.diplokg.store.SparqlFiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * VoID and DCAT description of the dataset at {@code /.well-known/void}: size, entities per
 * class, licence, dumps, SPARQL endpoint and vocabularies, computed from the store.
 */
@RestController
public class DatasetDescriptionController {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    private final KnowledgeStore store;
    private final ResultNegotiator negotiator;
    private final ResultWriter writer;
    private final String base;
    private final Query classes = SparqlFiles.query("queries/linkeddata/void-classes.rq");
    private final Query predicates = SparqlFiles.query("queries/linkeddata/void-vocabularies.rq");

    public DatasetDescriptionController(
            KnowledgeStore store, ResultNegotiator negotiator, ResultWriter writer, IriPolicy iris) {
        this.store = store;
        this.negotiator = negotiator;
        this.writer = writer;
        this.base = iris.baseIri();
    }

    @GetMapping("/.well-known/void")
    public void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResultFormat format = negotiator.choose(false, request.getParameter("format"), request.getHeader("Accept"));
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping()
                .setNsPrefix("void", VOID)
                .setNsPrefix("dcat", DCAT)
                .setNsPrefix("dcterms", DCT)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Node ds = NodeFactory.createURI(base + "dataset");
        String server = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(
                g,
                ds,
                uri(DCT + "title"),
                NodeFactory.createLiteralLang("DiploKG: đồ thị tri thức về quan hệ ngoại giao", "vi"));
        add(
                g,
                ds,
                uri(DCT + "title"),
                NodeFactory.createLiteralLang("DiploKG: a knowledge graph of diplomatic relations", "en"));
        add(g, ds, uri(DCT + "license"), uri("https://creativecommons.org/licenses/by/4.0/"));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(server + "/sparql"));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(new IriPolicy(base).entitySpace()));
        add(
                g,
                ds,
                uri(VOID + "triples"),
                NodeFactory.createLiteralDT(Long.toString(store.size()), XSDDatatype.XSDinteger));
        for (String dump : new String[] {"diplokg.trig.gz", "diplokg.nq.gz", "diplokg.jsonld.gz"}) {
            add(g, ds, uri(VOID + "dataDump"), uri(server + "/dumps/" + dump));
            Node dist = NodeFactory.createURI(server + "/dumps/" + dump + "#distribution");
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
            add(g, dist, uri(DCAT + "downloadURL"), uri(server + "/dumps/" + dump));
        }
        QueryOptions opts = QueryOptions.of(Duration.ofSeconds(30), 10_000);
        int n = 0;
        for (var b : store.select(classes, opts)) {
            Node part = NodeFactory.createURI(base + "dataset#class-" + (n++));
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), b.get(Var.alloc("class")));
            add(g, part, uri(VOID + "entities"), b.get(Var.alloc("entities")));
        }
        TreeSet<String> vocabularies = new TreeSet<>();
        for (var b : store.select(predicates, opts)) {
            String p = b.get(Var.alloc("p")).getURI();
            int cut = Math.max(p.lastIndexOf('#'), p.lastIndexOf('/'));
            vocabularies.add(p.substring(0, cut + 1));
        }
        vocabularies.forEach(v -> add(g, ds, uri(VOID + "vocabulary"), uri(v)));
        response.setContentType(format.mediaType() + "; charset=utf-8");
        writer.writeGraph(g, format, response.getOutputStream());
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
