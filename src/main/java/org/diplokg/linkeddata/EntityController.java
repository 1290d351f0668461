package org.diplokg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.diplokg.sparql.ResultFormat;
import org.diplokg.sparql.ResultNegotiator;
import org.diplokg.sparql.ResultWriter;
import org.diplokg.store.KnowledgeStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dereferenceable entity IRIs: {@code GET /id/...} answers directly with 200 (no 303 hop) in the
 * negotiated format — HTML for browsers, Turtle, JSON-LD, N-Triples or RDF/XML for clients —
 * with {@code Vary: Accept}, {@code Link} alternates, and an ETag tied to the dataset version.
 */
@RestController
public class EntityController {

    private final EntityDescriptions descriptions;
    private final EntityPage pages;
    private final IriMapping iris;
    private final ResultNegotiator negotiator;
    private final ResultWriter writer;
    private final KnowledgeStore store;
    private final ObjectProvider<EntityProfilePage> profiles;

    public EntityController(
            EntityDescriptions descriptions,
            EntityPage pages,
            IriMapping iris,
            ResultNegotiator negotiator,
            ResultWriter writer,
            KnowledgeStore store,
            ObjectProvider<EntityProfilePage> profiles) {
        this.profiles = profiles;
        this.descriptions = descriptions;
        this.pages = pages;
        this.iris = iris;
        this.negotiator = negotiator;
        this.writer = writer;
        this.store = store;
    }

    @RequestMapping(
            path = "/id/**",
            method = {RequestMethod.GET, RequestMethod.HEAD})
    public void entity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = iris.iriForPath(request.getRequestURI());
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        boolean html = "html".equals(format) || (format == null && accept != null && prefersHtml(accept));
        response.addHeader("Vary", "Accept");
        if (!descriptions.exists(iri)) {
            response.setStatus(404);
            if (html || accept == null || accept.contains("text/html") || accept.contains("*/*")) {
                sendHtml(response, pages.notFound(iri), request);
            } else {
                response.setContentType("text/plain;charset=utf-8");
                response.getOutputStream().write(("No entity " + iri + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        ResultFormat rdf = html ? null : negotiator.choose(false, format, accept);
        String etag = "W/\""
                + Integer.toHexString(
                        (store.version() + "|" + iri + "|" + (html ? "html" + request.getQueryString() : rdf.name()))
                                .hashCode())
                + "\"";
        response.setHeader("ETag", etag);
        String path = request.getRequestURI();
        response.addHeader(
                "Link",
                "<" + path + "?format=ttl>; rel=\"alternate\"; type=\"text/turtle\", <" + path
                        + "?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\", <" + path
                        + "?format=html>; rel=\"alternate\"; type=\"text/html\", "
                        + "</context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        if (html) {
            EntityProfilePage profile = profiles.getIfAvailable();
            String lang = "en".equals(request.getParameter("lang")) ? "en" : "vi";
            String page = profile == null || "statements".equals(request.getParameter("view"))
                    ? null
                    : profile.render(iri, lang).orElse(null);
            sendHtml(response, page != null ? page : pages.render(iri), request);
            return;
        }
        Graph description = descriptions.describe(iri);
        response.setStatus(200);
        response.setContentType(rdf.mediaType() + "; charset=utf-8");
        if (!"HEAD".equals(request.getMethod())) {
            writer.writeGraph(description, rdf, response.getOutputStream());
        }
    }

    private static boolean prefersHtml(String accept) {
        int html = accept.indexOf("text/html");
        if (html < 0) {
            return false;
        }
        for (String rdf :
                new String[] {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"}) {
            int i = accept.indexOf(rdf);
            if (i >= 0 && i < html) {
                return false;
            }
        }
        return true;
    }

    private static void sendHtml(HttpServletResponse response, String page, HttpServletRequest request)
            throws IOException {
        response.setContentType("text/html;charset=utf-8");
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        }
    }
}
