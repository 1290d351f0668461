package org.diplokg.profiles;

import static org.diplokg.profiles.ProfileHtml.both;
import static org.diplokg.profiles.ProfileHtml.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.diplokg.linkeddata.IriMapping;
import org.diplokg.store.SparqlFiles;
import org.springframework.stereotype.Component;

/**
 * Writes a profile as HTML: one {@code <section>} per answered query with its heading, its rows as a
 * table (resources by name, dates in the page's language), a chart where the section asks for one
 * (drawn by {@code profile.js} from a JSON block; the table stays for readers without JavaScript),
 * and a link that opens the section's query, bound to this entity, in the SPARQL editor.
 */
@Component
public class ProfileRenderer {

    private static final Map<String, String[]> TYPE_NAMES = Map.of(
            "country",
            new String[] {"Quốc gia", "Country"},
            "person",
            new String[] {"Nhân vật", "Person"},
            "event",
            new String[] {"Sự kiện", "Event"},
            "organization",
            new String[] {"Tổ chức", "Organisation"},
            "partnership",
            new String[] {"Quan hệ song phương", "Bilateral relationship"},
            "article",
            new String[] {"Nguồn", "Source"});

    private static final DateTimeFormatter BUILT_AT =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' d/M/yyyy").withZone(ZoneOffset.UTC);

    private final IriMapping iris;

    public ProfileRenderer(IriMapping iris) {
        this.iris = iris;
    }

    public String render(Profile p, String lang, String statementsHtml) {
        return render(p, lang, statementsHtml, null);
    }

    /**
     * The page; with {@code builtAt}, a notice that it shows a build from before the latest change, made at that
     * time, while a new one is under way (a hub's page, see {@link HubPages}).
     */
    public String render(Profile p, String lang, String statementsHtml, Instant builtAt) {
        StringBuilder b = new StringBuilder();
        String[] kind = TYPE_NAMES.getOrDefault(p.type(), new String[] {p.type(), p.type()});
        b.append("<p class=\"kind\">").append(both(kind[0], kind[1])).append("</p>");
        b.append("<h1>").append(both(p.label().vi(), p.label().en())).append("</h1>");
        if (builtAt != null) {
            String at = BUILT_AT.format(builtAt);
            b.append("<p class=\"stale\" role=\"status\">")
                    .append(both(
                            "Trang này được dựng lúc " + at
                                    + " từ dữ liệu trước lần thay đổi gần nhất; bản mới đang được dựng.",
                            "This page was built at " + at
                                    + " from the data as it was before the latest change; a new build is under way."))
                    .append("</p>");
        }
        String path = iris.localPath(p.iri());
        b.append("<p class=\"links\"><a href=\"/graph?center=")
                .append(URLEncoder.encode(p.iri(), StandardCharsets.UTF_8))
                .append("\">")
                .append(both("Xem trên đồ thị quan hệ", "Show in the relationship graph"))
                .append("</a> · <a href=\"")
                .append(esc(path))
                .append("?view=statements\">")
                .append(both("Mọi phát biểu", "All statements"))
                .append("</a> · <a href=\"")
                .append(esc(path))
                .append("?format=ttl\">Turtle</a> · <a href=\"")
                .append(esc(path))
                .append("?format=jsonld\">JSON-LD</a></p>");
        if (p.sections().size() > 1) {
            b.append("<nav class=\"toc\" aria-label=\"")
                    .append("vi".equals(lang) ? "Mục lục" : "Contents")
                    .append("\"><ul>");
            for (Profile.Answer a : p.sections()) {
                b.append("<li><a href=\"#")
                        .append(a.section().id())
                        .append("\">")
                        .append(both(a.section().titleVi(), a.section().titleEn()))
                        .append("</a></li>");
            }
            b.append("</ul></nav>");
        }
        for (Profile.Answer a : p.sections()) {
            section(b, p, a);
        }
        b.append("<details class=\"statements\"><summary>")
                .append(both("Mọi phát biểu về thực thể này", "Every statement about this entity"))
                .append("</summary>")
                .append(statementsHtml)
                .append("</details>");
        return ProfileHtml.page(
                lang, "vi".equals(lang) ? p.label().vi() : p.label().en(), p.type(), b.toString());
    }

    private void section(StringBuilder b, Profile p, Profile.Answer a) {
        ProfileSection s = a.section();
        b.append("<section id=\"")
                .append(s.id())
                .append("\" class=\"section ")
                .append(esc(s.display()))
                .append("\" aria-labelledby=\"h-")
                .append(s.id())
                .append("\"><h2 id=\"h-")
                .append(s.id())
                .append("\">")
                .append(both(s.titleVi(), s.titleEn()))
                .append("</h2>");
        if (a.timedOut()) {
            b.append("<p class=\"timed-out\">")
                    .append(both(
                            "Quá nhiều dữ liệu để trả lời kịp thời: hãy chạy truy vấn trong trình soạn SPARQL.",
                            "Too much data to answer in time: run the query in the SPARQL editor."))
                    .append("</p>");
        }
        switch (a.timedOut() ? "none" : s.display()) {
            case "none" -> {}
            case "article-text" -> articleText(b, p, a);
            case "bar-by-year" -> {
                chart(b, s, "bar", a, p);
                table(b, p, a, false);
            }
            case "timeline" -> {
                chart(b, s, "timeline", a, p);
                table(b, p, a, false);
            }
            default -> {
                if (s.history() != null) {
                    currentAndHistory(b, p, a);
                } else {
                    table(b, p, a, "article-facts".equals(s.display()));
                }
                if (a.omitted() > 0) {
                    b.append("<p class=\"more\">")
                            .append(both(
                                    "Còn " + a.omitted() + " dòng nữa: mở truy vấn trong trình soạn SPARQL để xem hết.",
                                    a.omitted() + " more rows: open the query in the SPARQL editor for all of them."))
                            .append("</p>");
                }
            }
        }
        b.append("<p class=\"query\"><a href=\"/sparql.html?query=")
                .append(URLEncoder.encode(editorText(s, p.iri()), StandardCharsets.UTF_8))
                .append("\" title=\"")
                .append(esc(s.description()))
                .append("\">")
                .append(both("Mở truy vấn trong trình soạn SPARQL", "Open in the SPARQL editor"))
                .append("</a> <span class=\"file\">profiles/")
                .append(esc(s.type()))
                .append('/')
                .append(esc(s.name()))
                .append(".rq</span></p></section>");
    }

    /** The section's header comments over its query with ?entity bound (on the parsed query), ready to run. */
    static String editorText(ProfileSection s, String iri) {
        StringBuilder header = new StringBuilder();
        for (String line : s.text().split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        Query bound = SparqlFiles.bind(s.query(), Map.of("entity", NodeFactory.createURI(iri)));
        return header + bound.serialize();
    }

    /** Columns: variables not hidden; {@code xVi}/{@code xEn} pairs become one column {@code x}. */
    private static List<String> columns(Profile.Answer a) {
        List<String> cols = new ArrayList<>();
        for (String v : a.variables()) {
            if (a.section().hidden().contains(v)) {
                continue;
            }
            String base = v.endsWith("Vi") || v.endsWith("En") ? v.substring(0, v.length() - 2) : v;
            boolean pair = !base.equals(v)
                    && a.variables().contains(base + "Vi")
                    && a.variables().contains(base + "En");
            String col = pair ? base : v;
            if (!cols.contains(col)) {
                cols.add(col);
            }
        }
        return cols;
    }

    /** Current rows in the table, rows whose history variable is false in a folded table under it. */
    private void currentAndHistory(StringBuilder b, Profile p, Profile.Answer a) {
        ProfileSection.History h = a.section().history();
        List<Map<String, Node>> current = new ArrayList<>();
        List<Map<String, Node>> past = new ArrayList<>();
        for (Map<String, Node> row : a.rows()) {
            Node flag = row.get(h.variable());
            boolean old = flag != null && flag.isLiteral() && "false".equals(flag.getLiteralLexicalForm());
            (old ? past : current).add(row);
        }
        if (!current.isEmpty()) {
            table(b, p, a, current, false);
        }
        if (!past.isEmpty()) {
            b.append("<details class=\"history\"><summary>")
                    .append(both(h.titleVi(), h.titleEn()))
                    .append(" (")
                    .append(past.size())
                    .append(")</summary>");
            table(b, p, a, past, false);
            b.append("</details>");
        }
    }

    private void table(StringBuilder b, Profile p, Profile.Answer a, boolean facts) {
        table(b, p, a, a.rows(), facts);
    }

    private void table(StringBuilder b, Profile p, Profile.Answer a, List<Map<String, Node>> rows, boolean facts) {
        List<String> cols = columns(a);
        b.append("<div class=\"scroll\"><table><thead><tr>");
        if (facts) {
            b.append("<th scope=\"col\">#</th>");
        }
        for (String c : cols) {
            List<String> h = a.section().columns().get(c);
            b.append("<th scope=\"col\">")
                    .append(h == null ? esc(c) : both(h.get(0), h.get(1)))
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int n = 0;
        for (Map<String, Node> row : rows) {
            n++;
            b.append(facts ? "<tr id=\"fact-" + n + "\">" : "<tr>");
            if (facts) {
                b.append("<td>")
                        .append(
                                row.containsKey("start") && p.section("article-text") != null
                                        ? "<a href=\"#span-" + n + "\" aria-label=\"span " + n + "\">" + n + " ↑</a>"
                                        : String.valueOf(n))
                        .append("</td>");
            }
            for (String c : cols) {
                b.append("<td>").append(cell(p, row, c)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
    }

    private String cell(Profile p, Map<String, Node> row, String col) {
        Node n = row.get(col);
        if (n == null) {
            Node vi = row.get(col + "Vi");
            Node en = row.get(col + "En");
            if (vi == null && en == null) {
                return "";
            }
            String v = vi != null ? vi.getLiteralLexicalForm() : en.getLiteralLexicalForm();
            String e = en != null ? en.getLiteralLexicalForm() : v;
            return both(v, e);
        }
        if (n.isURI()) {
            return link(p, n.getURI());
        }
        if (n.isLiteral()) {
            String[] t = Cells.literal(n);
            return both(t[0], t[1]);
        }
        return "";
    }

    String link(Profile p, String iri) {
        Label l = p.labels().get(iri);
        if (l == null) {
            l = new Label(Cells.localName(iri), Cells.localName(iri));
        }
        return "<a href=\"" + esc(iris.localPath(iri)) + "\">" + both(l.vi(), l.en()) + "</a>";
    }

    private void chart(StringBuilder b, ProfileSection s, String kind, Profile.Answer a, Profile p) {
        StringBuilder json = new StringBuilder("{\"kind\":\"").append(kind).append("\",\"rows\":[");
        boolean first = true;
        for (Map<String, Node> row : a.rows()) {
            json.append(first ? "" : ",").append('{');
            first = false;
            boolean f = true;
            for (Map.Entry<String, Node> e : row.entrySet()) {
                Node n = e.getValue();
                String value;
                if (n.isURI()) {
                    Label l = p.labels().get(n.getURI());
                    value = l == null ? Cells.localName(n.getURI()) : l.vi() + "\u0000" + l.en();
                } else {
                    value = n.isLiteral() ? n.getLiteralLexicalForm() : "";
                }
                json.append(f ? "" : ",")
                        .append('"')
                        .append(jsonEsc(e.getKey()))
                        .append("\":\"")
                        .append(jsonEsc(value))
                        .append('"');
                f = false;
            }
            json.append('}');
        }
        json.append("]}");
        b.append("<div class=\"chart\" role=\"img\" aria-label=\"")
                .append(esc(s.titleEn()))
                .append("\" data-chart=\"")
                .append(s.id())
                .append("\"></div><script type=\"application/json\" id=\"data-")
                .append(s.id())
                .append("\">")
                .append(json.toString().replace("</", "<\\/"))
                .append("</script>");
    }

    private void articleText(StringBuilder b, Profile p, Profile.Answer a) {
        Node text = a.rows().get(0).get("text");
        if (text == null || !text.isLiteral()) {
            return;
        }
        List<ArticleHighlights.Span> spans = new ArrayList<>();
        Profile.Answer facts = p.section("article-facts");
        if (facts != null) {
            int n = 0;
            for (Map<String, Node> row : facts.rows()) {
                n++;
                Node start = row.get("start");
                Node end = row.get("end");
                Node fact = row.get("fact");
                if (start != null && end != null) {
                    Label l = fact != null && fact.isURI() ? p.labels().get(fact.getURI()) : null;
                    spans.add(new ArticleHighlights.Span(
                            n,
                            ((Number) start.getLiteralValue()).intValue(),
                            ((Number) end.getLiteralValue()).intValue(),
                            l == null ? "" : l.vi()));
                }
            }
        }
        b.append("<div class=\"article-text\" lang=\"vi\">")
                .append(ArticleHighlights.render(text.getLiteralLexicalForm(), spans))
                .append("</div>");
    }

    private static String jsonEsc(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Map<String, String> typeNames(String type) {
        String[] n = TYPE_NAMES.getOrDefault(type, new String[] {type, type});
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vi", n[0]);
        m.put("en", n[1]);
        return m;
    }
}
