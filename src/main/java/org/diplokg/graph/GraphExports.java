package org.diplokg.graph;

import org.diplokg.graph.GraphElements.EdgeData;
import org.diplokg.graph.GraphElements.Element;
import org.diplokg.graph.GraphElements.NodeData;

/** GraphML and GEXF 1.3 renderings of a view, for yEd, Gephi and NetworkX. */
final class GraphExports {

    private GraphExports() {}

    static String graphml(GraphElements g) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="category" for="node" attr.name="category" attr.type="string"/>
                  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
                  <key id="level" for="edge" attr.name="level" attr.type="string"/>
                  <key id="from" for="edge" attr.name="from" attr.type="string"/>
                  <key id="to" for="edge" attr.name="to" attr.type="string"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
                  <graph id="diplokg" edgedefault="undirected">
                """);
        for (Element<NodeData> n : g.nodes()) {
            x.append("    <node id=\"")
                    .append(esc(n.data().id()))
                    .append("\">")
                    .append(data("label", n.data().label()))
                    .append(data("category", n.data().category()))
                    .append("</node>\n");
        }
        for (Element<EdgeData> e : g.edges()) {
            EdgeData d = e.data();
            edgeStart(x, "    ", d)
                    .append(">")
                    .append(data("kind", d.kind()))
                    .append(data("level", d.level()))
                    .append(data("from", d.from()))
                    .append(data("to", d.to()))
                    .append(data("weight", Integer.toString(d.weight())))
                    .append("</edge>\n");
        }
        return x.append("  </graph>\n</graphml>\n").toString();
    }

    /** {@code <edge id="…" source="…" target="…"}, left open: both formats start an edge this way. */
    private static StringBuilder edgeStart(StringBuilder x, String indent, EdgeData d) {
        return x.append(indent)
                .append("<edge id=\"")
                .append(esc(d.id()))
                .append("\" source=\"")
                .append(esc(d.source()))
                .append("\" target=\"")
                .append(esc(d.target()))
                .append('"');
    }

    static String gexf(GraphElements g) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <meta><creator>DiploKG</creator><description>Relationship graph</description></meta>
                  <graph mode="static" defaultedgetype="undirected">
                    <attributes class="node"><attribute id="category" title="category" type="string"/></attributes>
                    <attributes class="edge">
                      <attribute id="kind" title="kind" type="string"/>
                      <attribute id="level" title="level" type="string"/>
                      <attribute id="from" title="from" type="string"/>
                      <attribute id="to" title="to" type="string"/>
                    </attributes>
                    <nodes>
                """);
        for (Element<NodeData> n : g.nodes()) {
            x.append("      <node id=\"")
                    .append(esc(n.data().id()))
                    .append("\" label=\"")
                    .append(esc(n.data().label()))
                    .append("\"><attvalues><attvalue for=\"category\" value=\"")
                    .append(esc(n.data().category()))
                    .append("\"/></attvalues></node>\n");
        }
        x.append("    </nodes>\n    <edges>\n");
        for (Element<EdgeData> e : g.edges()) {
            EdgeData d = e.data();
            edgeStart(x, "      ", d)
                    .append(" weight=\"")
                    .append(d.weight())
                    .append("\"><attvalues>")
                    .append(att("kind", d.kind()))
                    .append(att("level", d.level()))
                    .append(att("from", d.from()))
                    .append(att("to", d.to()))
                    .append("</attvalues></edge>\n");
        }
        return x.append("    </edges>\n  </graph>\n</gexf>\n").toString();
    }

    private static String data(String key, String value) {
        return value == null ? "" : "<data key=\"" + key + "\">" + esc(value) + "</data>";
    }

    private static String att(String key, String value) {
        return value == null ? "" : "<attvalue for=\"" + key + "\" value=\"" + esc(value) + "\"/>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
