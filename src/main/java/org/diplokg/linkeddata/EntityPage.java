package org.diplokg.linkeddata;

import static org.diplokg.linkeddata.Html.esc;
import static org.diplokg.store.Bindings.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Component;

/**
 * Renders the human page of an entity: labels in both languages, statements grouped by
 * property with their sources, evidence with offsets, incoming links, and a link to the graph view.
 */
@Component
public class EntityPage {

    private final EntityDescriptions descriptions;
    private final IriMapping iris;

    public EntityPage(EntityDescriptions descriptions, IriMapping iris) {
        this.descriptions = descriptions;
        this.iris = iris;
    }

    public String render(String iri) {
        return page(iri, true, 0);
    }

    /**
     * The statement table, evidence, sources and the first {@code incomingLimit} incoming links without the page
     * frame: the folded part of a profile page (the whole list is on {@code ?view=statements}).
     */
    public String statementsHtml(String iri, int incomingLimit) {
        return page(iri, false, Math.max(1, incomingLimit));
    }

    private String page(String iri, boolean whole, int incomingLimit) {
        List<Binding> statements = descriptions.statements(iri);
        TreeSet<String> vi = new TreeSet<>();
        TreeSet<String> en = new TreeSet<>();
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        TreeSet<String> sources = new TreeSet<>();
        for (Binding b : statements) {
            String p = text(b, "p");
            var o = b.get(org.apache.jena.sparql.core.Var.alloc("o"));
            if (p.endsWith("rdf-schema#label") && o.isLiteral()) {
                ("en".equals(o.getLiteralLanguage()) ? en : vi).add(o.getLiteralLexicalForm());
                continue;
            }
            String value = o.isURI()
                    ? link(o.getURI(), text(b, "oLabelVi"), text(b, "oLabelEn"))
                    : o.isLiteral()
                            ? esc(o.getLiteralLexicalForm())
                                    + (o.getLiteralLanguage().isEmpty()
                                            ? ""
                                            : " <span class=iri>@" + esc(o.getLiteralLanguage()) + "</span>")
                            : "<span class=iri>[blank node]</span>";
            String source = text(b, "source");
            if (source != null) {
                sources.add(source);
            }
            groups.computeIfAbsent(p, k -> new StringBuilder())
                    .append("<tr><td>")
                    .append(value)
                    .append("</td><td class=iri>")
                    .append(source == null ? esc(local(text(b, "g"))) : link(source, null, null))
                    .append("</td></tr>");
        }
        String titleVi = vi.isEmpty() ? local(iri) : vi.first();
        String titleEn = en.isEmpty() ? titleVi : en.first();
        StringBuilder body = new StringBuilder();
        if (whole) {
            body.append("<h1><span class=vi>")
                    .append(esc(titleVi))
                    .append("</span><span class=en>")
                    .append(esc(titleEn))
                    .append("</span></h1>")
                    .append("<p class=iri>")
                    .append(esc(iri))
                    .append("</p>")
                    .append("<p>")
                    .append(vi.stream()
                            .map(s -> "<span lang=vi>" + esc(s) + "</span>")
                            .reduce((a, c) -> a + " · " + c)
                            .orElse(""))
                    .append(" — ")
                    .append(en.stream()
                            .map(s -> "<span lang=en>" + esc(s) + "</span>")
                            .reduce((a, c) -> a + " · " + c)
                            .orElse(""))
                    .append("</p>")
                    .append("<p><a href=\"/graph?center=")
                    .append(URLEncoder.encode(iri, StandardCharsets.UTF_8))
                    .append(
                            "\"><span class=vi>Xem trên đồ thị quan hệ</span><span class=en>Show in the relationship graph</span></a> · ")
                    .append(
                            "<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a> · <a href=\"?format=rdfxml\">RDF/XML</a></p>");
        }
        body.append(whole ? "<h2><span class=vi>Thông tin</span><span class=en>Statements</span></h2>" : "")
                .append("<table class=st>");
        groups.forEach((p, rows) -> body.append("<tr><th colspan=2>")
                .append(esc(local(p)))
                .append(" <span class=iri>")
                .append(esc(p))
                .append("</span></th></tr>")
                .append(rows));
        body.append("</table>");
        List<Binding> evidence = descriptions.evidence(iri);
        if (!evidence.isEmpty()) {
            body.append("<h2><span class=vi>Bằng chứng</span><span class=en>Evidence</span></h2><ul>");
            for (Binding e : evidence) {
                body.append("<li>").append(link(text(e, "source"), null, null));
                if (text(e, "start") != null) {
                    body.append(" — offsets ")
                            .append(esc(text(e, "start")))
                            .append("–")
                            .append(esc(text(e, "end")));
                }
                if (text(e, "method") != null) {
                    body.append(" — ").append(esc(local(text(e, "method"))));
                }
                if (text(e, "confidence") != null) {
                    body.append(" — confidence ").append(esc(text(e, "confidence")));
                }
                body.append("</li>");
            }
            body.append("</ul>");
        }
        if (!sources.isEmpty()) {
            body.append("<h2><span class=vi>Nguồn</span><span class=en>Sources</span></h2><ul>");
            sources.forEach(s -> body.append("<li>").append(link(s, null, null)).append("</li>"));
            body.append("</ul>");
        }
        List<Binding> incoming =
                incomingLimit > 0 ? descriptions.incoming(iri, incomingLimit) : descriptions.incoming(iri);
        if (!incoming.isEmpty()) {
            body.append(
                    "<h2><span class=vi>Liên kết đến</span><span class=en>Referenced by</span></h2><table class=st>");
            for (Binding b : incoming) {
                body.append("<tr><td>")
                        .append(esc(local(text(b, "p"))))
                        .append("</td><td>")
                        .append(link(text(b, "s"), null, text(b, "sLabel")))
                        .append("</td></tr>");
            }
            body.append("</table>");
            if (incomingLimit > 0 && incoming.size() >= incomingLimit) {
                body.append("<p><a href=\"")
                        .append(esc(iris.localPath(iri)))
                        .append("?view=statements\"><span class=vi>Mọi liên kết đến</span><span class=en>"
                                + "Every link pointing here</span></a></p>");
            }
        }
        return whole ? Html.page(titleVi, body.toString()) : body.toString();
    }

    public String notFound(String iri) {
        return Html.page(
                "404",
                "<h1>404</h1><p><span class=vi>Không có thực thể nào với IRI này:</span><span class=en>No entity has this IRI:</span> <code>"
                        + esc(iri)
                        + "</code></p><p><span class=vi>Hãy thử tìm kiếm ở</span><span class=en>Try the search on</span> <a href=\"/\">DiploKG</a>, "
                        + "<span class=vi>hoặc xem mẫu IRI như</span><span class=en>or IRIs such as</span> <a href=\"/id/country/VN\">/id/country/VN</a>, "
                        + "<a href=\"/id/person/bui-thanh-son\">/id/person/bui-thanh-son</a>, <a href=\"/id/partnership/VN-US\">/id/partnership/VN-US</a>.</p>");
    }

    private String link(String iri, String vi, String en) {
        String href = iris.localPath(iri);
        String label = vi != null || en != null
                ? "<span class=vi>" + esc(vi != null ? vi : en) + "</span><span class=en>" + esc(en != null ? en : vi)
                        + "</span>"
                : esc(local(iri));
        return "<a href=\"" + esc(href) + "\" title=\"" + esc(iri) + "\">" + label + "</a>";
    }

    static String local(String iri) {
        if (iri == null) {
            return "";
        }
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
