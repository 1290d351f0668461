package org.diplokg.hardening;

import java.util.function.ToIntFunction;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * How deeply a compiled query nests: operators (a UNION of n branches is n nested operators),
 * property-path steps and expressions. Compiling and running recurse once per level, so this is what
 * must stay below what a worker thread's stack can hold. Measured on the parser's large-stack thread.
 */
final class SyntaxDepth {

    private SyntaxDepth() {}

    static int of(Op op) {
        if (op == null) {
            return 0;
        }
        int own = 0;
        if (op instanceof OpFilter f) {
            own = of(f.getExprs());
        } else if (op instanceof OpLeftJoin lj) {
            own = of(lj.getExprs());
        } else if (op instanceof OpExtend e) {
            own = of(e.getVarExprList());
        } else if (op instanceof OpAssign a) {
            own = of(a.getVarExprList());
        } else if (op instanceof OpPath p) {
            own = of(p.getTriplePath().getPath());
        }
        int sub = 0;
        if (op instanceof Op1 o) {
            sub = of(o.getSubOp());
        } else if (op instanceof Op2 o) {
            sub = Math.max(of(o.getLeft()), of(o.getRight()));
        } else if (op instanceof OpN o) {
            sub = deepest(o.getElements(), SyntaxDepth::of) + o.size();
        } else if (op instanceof Op0) {
            sub = 0;
        }
        return 1 + Math.max(own, sub);
    }

    /** Nesting of the query as written: groups inside groups, each UNION branch, OPTIONAL, MINUS, sub-queries. */
    static int of(Element el) {
        if (el == null) {
            return 0;
        }
        int sub = 0;
        if (el instanceof ElementGroup g) {
            sub = deepest(g.getElements(), SyntaxDepth::of);
        } else if (el instanceof ElementUnion u) {
            sub = deepest(u.getElements(), SyntaxDepth::of) + u.getElements().size();
        } else if (el instanceof ElementOptional o) {
            sub = of(o.getOptionalElement());
        } else if (el instanceof ElementMinus m) {
            sub = of(m.getMinusElement());
        } else if (el instanceof ElementNamedGraph n) {
            sub = of(n.getElement());
        } else if (el instanceof ElementService s) {
            sub = of(s.getElement());
        } else if (el instanceof ElementSubQuery q) {
            sub = of(q.getQuery().getQueryPattern());
        } else if (el instanceof ElementFilter f) {
            sub = of(f.getExpr());
        } else if (el instanceof ElementBind b) {
            sub = of(b.getExpr());
        }
        return 1 + sub;
    }

    static int of(TriplePath tp) {
        return tp.isTriple() ? 1 : of(tp.getPath());
    }

    static int of(Path path) {
        if (path instanceof P_Path1 p) {
            return 1 + of(p.getSubPath());
        }
        if (path instanceof P_Path2 p) {
            return 1 + Math.max(of(p.getLeft()), of(p.getRight()));
        }
        return 1;
    }

    static int of(ExprList exprs) {
        return exprs == null ? 0 : deepest(exprs, SyntaxDepth::of);
    }

    static int of(VarExprList vars) {
        int d = 0;
        for (var v : vars.getVars()) {
            Expr e = vars.getExpr(v);
            if (e != null) {
                d = Math.max(d, of(e));
            }
        }
        return d;
    }

    static int of(Expr expr) {
        if (expr instanceof ExprFunctionOp fop) {
            int pattern = fop.getGraphPattern() != null ? of(fop.getGraphPattern()) : of(fop.getElement());
            return 1 + Math.max(pattern, argsDepth(fop));
        }
        if (expr instanceof ExprFunction f) {
            return 1 + argsDepth(f);
        }
        return 1;
    }

    private static int argsDepth(ExprFunction f) {
        return deepest(f.getArgs(), SyntaxDepth::of);
    }

    /** The greatest depth among the parts, 0 for none. */
    private static <T> int deepest(Iterable<T> parts, ToIntFunction<T> depth) {
        int d = 0;
        for (T part : parts) {
            d = Math.max(d, depth.applyAsInt(part));
        }
        return d;
    }
}
