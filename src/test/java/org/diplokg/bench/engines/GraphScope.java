package org.diplokg.bench.engines;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Hides graphs from {@code GRAPH ?g} in a query, on the parsed syntax: each {@code GRAPH ?g { P }} becomes
 * {@code { GRAPH ?g { P } FILTER(?g NOT IN (hidden…)) }}. Virtuoso needs it: the harness gives it the union of
 * the named graphs as one extra graph (its default graph), and Virtuoso keeps system graphs of its own; neither
 * exists for DiploKG or Fuseki, so a query ranging over named graphs must not see them. (Virtuoso's
 * {@code define input:named-graph-exclude} would hide the union graph from the default graph as well.)
 */
final class GraphScope {

    private GraphScope() {}

    static String exclude(String sparql, List<String> hidden) {
        if (hidden.isEmpty()) {
            return sparql;
        }
        List<Expr> iris = new ArrayList<>();
        hidden.forEach(h -> iris.add(NodeValue.makeNode(NodeFactory.createURI(h))));
        Query q = QueryFactory.create(sparql);
        Query scoped = QueryTransformOps.transform(q, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementNamedGraph el, Node graph, Element body) {
                Element copy = new ElementNamedGraph(graph, body);
                if (!graph.isVariable()) {
                    return copy;
                }
                ElementGroup group = new ElementGroup();
                group.addElement(copy);
                group.addElement(new ElementFilter(new E_NotOneOf(new ExprVar(graph), new ExprList(iris))));
                return group;
            }
        });
        return scoped.serialize();
    }
}
