package org.diplokg.sparql;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.diplokg.system.ProtocolException;
import org.springframework.stereotype.Component;

/**
 * Security policy for queries and updates, checked before anything runs: {@code SERVICE} only to
 * allow-listed endpoints, no {@code java:} extension functions (they load arbitrary classes),
 * {@code LOAD} never from {@code file:} and from the network only when allow-listed.
 */
@Component
public class QueryGuard {

    private final List<String> serviceAllowlist;
    private final List<String> loadAllowlist;

    public QueryGuard(SparqlProperties properties) {
        this.serviceAllowlist = properties.serviceAllowlist();
        this.loadAllowlist = properties.loadAllowlist();
    }

    public void check(Query query) {
        checkOp(Algebra.compile(query));
    }

    public void check(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                checkLoad(load.getSource());
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                checkOp(Algebra.compile(modify.getWherePattern()));
            }
        }
    }

    private void checkLoad(String source) {
        if (source.startsWith("file:") || !source.contains(":")) {
            throw ProtocolException.badRequest("LOAD from local files is not allowed: " + source);
        }
        if (loadAllowlist.stream().noneMatch(source::startsWith)) {
            throw ProtocolException.badRequest(
                    "LOAD from the network is disabled (configure diplokg.sparql.load-allowlist): " + source);
        }
    }

    private void checkOp(Op op) {
        ExprVisitorBase exprCheck = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function f) {
                    checkIri(f.getFunctionIRI());
                }
            }
        };
        OpVisitorBase opCheck = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (!endpoint.isURI()) {
                    throw ProtocolException.badRequest("SERVICE with a variable endpoint is not allowed");
                }
                String uri = endpoint.getURI();
                if (serviceAllowlist.stream().noneMatch(uri::startsWith)) {
                    throw ProtocolException.badRequest(
                            "SERVICE <" + uri + "> is not allowed: federated queries are disabled "
                                    + "unless the endpoint is in diplokg.sparql.service-allowlist");
                }
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> checkNode(t.getPredicate()));
            }

            @Override
            public void visit(OpTriple triple) {
                checkNode(triple.getTriple().getPredicate());
            }

            @Override
            public void visit(OpPath path) {
                checkNode(path.getTriplePath().getPredicate());
            }
        };
        Walker.walk(op, opCheck, exprCheck);
    }

    private static void checkNode(Node n) {
        if (n != null && n.isURI()) {
            checkIri(n.getURI());
        }
    }

    private static void checkIri(String iri) {
        if (iri != null && iri.startsWith("java:")) {
            throw ProtocolException.badRequest("Extension functions from java: IRIs are not allowed: " + iri);
        }
    }
}
