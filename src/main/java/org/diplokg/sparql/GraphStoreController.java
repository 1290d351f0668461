package org.diplokg.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.hardening.SafeRdfParser;
import org.diplokg.store.KnowledgeStore;
import org.diplokg.system.ProtocolException;
import org.diplokg.system.WriteAuthorizer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPARQL 1.1 Graph Store HTTP Protocol at {@code /data}: indirect identification
 * ({@code ?graph=}, {@code ?default}) and direct identification ({@code /data/...} names the
 * graph whose IRI is the request URL). POST to {@code /data} creates a new graph and answers
 * 201 with its {@code Location}. Writes need the bearer token.
 */
@RestController
public class GraphStoreController {

    private final KnowledgeStore store;
    private final WriteAuthorizer authorizer;
    private final ResultNegotiator negotiator;
    private final ResultWriter writer;
    private final SafeRdfParser parser;

    public GraphStoreController(
            KnowledgeStore store,
            WriteAuthorizer authorizer,
            ResultNegotiator negotiator,
            ResultWriter writer,
            SafeRdfParser parser) {
        this.store = store;
        this.parser = parser;
        this.authorizer = authorizer;
        this.negotiator = negotiator;
        this.writer = writer;
    }

    @RequestMapping(
            path = {"/data", "/data/**"},
            method = {RequestMethod.GET, RequestMethod.HEAD})
    public void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Node graph = target(request)
                .orElseThrow(() -> ProtocolException.badRequest(
                        "Name a graph with ?graph=IRI or ?default; dumps of the whole dataset are at /dumps"));
        ResultFormat format = negotiator.choose(false, request.getParameter("format"), request.getHeader("Accept"));
        Graph content =
                store.graph(graph).orElseThrow(() -> new ProtocolException(404, "No such graph: " + graph.getURI()));
        response.setStatus(200);
        response.setContentType(format.mediaType() + "; charset=utf-8");
        response.addHeader("Vary", "Accept");
        if (!"HEAD".equals(request.getMethod())) {
            writer.writeGraph(content, format, response.getOutputStream());
        }
    }

    @RequestMapping(
            path = {"/data", "/data/**"},
            method = RequestMethod.PUT)
    public void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
        authorizer.check(request);
        Node graph = target(request)
                .orElseThrow(
                        () -> ProtocolException.badRequest("PUT needs a graph: ?graph=IRI, ?default or /data/{name}"));
        Graph content = parseBody(request, graph);
        boolean existed = exists(graph);
        store.replaceGraph(graph, content);
        response.setStatus(existed ? 204 : 201);
    }

    @RequestMapping(
            path = {"/data", "/data/**"},
            method = RequestMethod.POST)
    public void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        authorizer.check(request);
        Optional<Node> named = target(request);
        if (named.isEmpty()) {
            String location = request.getRequestURL().toString().replaceAll("/+$", "") + "/" + UUID.randomUUID();
            Node graph = NodeFactory.createURI(location);
            store.addToGraph(graph, parseBody(request, graph));
            response.setStatus(201);
            response.setHeader("Location", location);
            return;
        }
        Node graph = named.get();
        Graph content = parseBody(request, graph);
        boolean existed = exists(graph);
        store.addToGraph(graph, content);
        response.setStatus(existed ? 204 : 201);
    }

    @RequestMapping(
            path = {"/data", "/data/**"},
            method = RequestMethod.DELETE)
    public void delete(HttpServletRequest request, HttpServletResponse response) {
        authorizer.check(request);
        Node graph = target(request)
                .orElseThrow(() ->
                        ProtocolException.badRequest("DELETE needs a graph: ?graph=IRI, ?default or /data/{name}"));
        if (!store.deleteGraph(graph)) {
            throw new ProtocolException(404, "No such graph: " + graph.getURI());
        }
        response.setStatus(204);
    }

    private boolean exists(Node graph) {
        return Quad.isDefaultGraph(graph) || store.graph(graph).isPresent();
    }

    /** The graph a request names, or empty when it addresses the graph store itself. */
    private static Optional<Node> target(HttpServletRequest request) {
        boolean dflt = request.getParameterMap().containsKey("default");
        String graph = RequestBodies.single(request, "graph");
        boolean direct = request.getRequestURI().length() > "/data/".length()
                && request.getRequestURI().startsWith("/data/");
        int ways = (dflt ? 1 : 0) + (graph != null ? 1 : 0) + (direct ? 1 : 0);
        if (ways > 1) {
            throw ProtocolException.badRequest(
                    "Name the graph one way only: ?default, ?graph=IRI or the /data/{name} path");
        }
        if (dflt) {
            return Optional.of(Quad.defaultGraphIRI);
        }
        if (graph != null) {
            if (!IRIs.check(graph) || !IRIs.reference(graph).isAbsolute()) {
                throw ProtocolException.badRequest("The graph parameter must be an absolute IRI: " + graph);
            }
            return Optional.of(NodeFactory.createURI(graph));
        }
        if (direct) {
            return Optional.of(NodeFactory.createURI(request.getRequestURL().toString()));
        }
        return Optional.empty();
    }

    private Graph parseBody(HttpServletRequest request, Node graph) throws IOException {
        MediaType type = RequestBodies.mediaType(request);
        if (type == null) {
            throw new ProtocolException(
                    415,
                    "Missing Content-Type; send text/turtle, application/n-triples, application/rdf+xml or application/ld+json");
        }
        if (type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA) && type.getParameter("boundary") != null) {
            Graph merged = GraphFactory.createDefaultGraph();
            for (MultipartBody.Part part :
                    MultipartBody.parse(request.getInputStream().readAllBytes(), type.getParameter("boundary"))) {
                parseInto(
                        merged,
                        part.contentType() == null
                                ? MediaType.parseMediaType("text/turtle")
                                : MediaType.parseMediaType(part.contentType()),
                        part.body(),
                        graph,
                        request);
            }
            return merged;
        }
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(g, type, request.getInputStream().readAllBytes(), graph, request);
        return g;
    }

    private void parseInto(Graph g, MediaType type, byte[] body, Node graph, HttpServletRequest request) {
        Lang lang = RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new ProtocolException(
                    415,
                    "Unsupported Content-Type " + type
                            + " for a graph; send text/turtle, application/n-triples, application/rdf+xml or application/ld+json");
        }
        String base = Quad.isDefaultGraph(graph) ? request.getRequestURL().toString() : graph.getURI();
        parser.parse(
                body, lang, base, StreamRDFLib.graph(g)); // UTF-8, entities, JSON-LD contexts and depth checked there
    }
}
