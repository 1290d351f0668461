package org.diplokg.hardening;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateRequest;

/**
 * Rewrites a query (or an update's WHERE) for local execution so that its string functions respect the query's limits:
 * {@code REGEX} and {@code REPLACE} match through an {@link InterruptibleCharSequence} that gives up
 * when the query is cancelled or its deadline passes (a catastrophic pattern would otherwise run for
 * minutes past the time-out), and {@code CONCAT}/{@code REPLACE} refuse to build a string longer than
 * {@code diplokg.hardening.max-string-length} (a query doubling a string 30 times would otherwise
 * exhaust the heap). Only for the embedded store: the rewritten query is not meant to be serialised.
 */
public final class SafeExpressions {

    private SafeExpressions() {}

    /**
     * @param deadline {@code System.nanoTime()} after which a regex stops matching: the query's own time-out.
     *                 Carried by the expressions, since Jena may evaluate constant ones while optimising,
     *                 before any cancel signal exists.
     */
    public static Query rewrite(Query query, int maxStringLength, long deadline) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), transform(maxStringLength, deadline));
    }

    /**
     * The same for an update's WHERE patterns. A request of data operations only (INSERT DATA, DELETE DATA,
     * LOAD, graph management) has no expression and is returned as it is, so a large INSERT DATA is not copied.
     */
    public static UpdateRequest rewrite(UpdateRequest request, int maxStringLength, long deadline) {
        boolean patterns = request.getOperations().stream().anyMatch(u -> u instanceof UpdateModify);
        if (!patterns) {
            return request;
        }
        UpdateRequest copy = UpdateTransformOps.transform(
                request, new ElementTransformCopyBase(), transform(maxStringLength, deadline));
        keepDatasetClauses(request, copy);
        return copy;
    }

    /** Jena's update transform drops USING, USING NAMED and WITH: the copy gets the original's back. */
    private static void keepDatasetClauses(UpdateRequest original, UpdateRequest copy) {
        for (int i = 0; i < original.getOperations().size(); i++) {
            if (original.getOperations().get(i) instanceof UpdateModify from
                    && copy.getOperations().get(i) instanceof UpdateModify to) {
                if (to.getUsing().isEmpty()) {
                    from.getUsing().forEach(to::addUsing);
                }
                if (to.getUsingNamed().isEmpty()) {
                    from.getUsingNamed().forEach(to::addUsingNamed);
                }
                if (to.getWithIRI() == null && from.getWithIRI() != null) {
                    to.setWithIRI(from.getWithIRI());
                }
            }
        }
    }

    private static ExprTransformCopy transform(int maxStringLength, long deadline) {
        return new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new SafeRegex(args, deadline);
                }
                if (func instanceof E_StrReplace) {
                    return new SafeReplace(args, maxStringLength, deadline);
                }
                if (func instanceof E_StrConcat) {
                    return new SafeConcat(args, maxStringLength);
                }
                return super.transform(func, args);
            }
        };
    }

    static BooleanSupplier cancellation(FunctionEnv env, long deadline) {
        AtomicBoolean signal = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
        return () -> (signal != null && signal.get()) || System.nanoTime() - deadline > 0;
    }

    /**
     * Longest regular expression accepted: compiling is not interruptible and {@code java.util.regex} spends
     * time quadratic in the length of a long literal pattern (found by FuzzIT: a 3 MB pattern held a worker
     * for minutes while compiling).
     */
    static final int MAX_PATTERN = 10_000;

    static InputRefusedException patternTooLong(int length, int max) {
        return InputRefusedException.badRequest(
                "A regular expression of " + length + " characters is longer than the limit of " + max);
    }

    static Pattern compile(NodeValue pattern, NodeValue flags) {
        String text = pattern.getString();
        if (text.length() > MAX_PATTERN) {
            throw patternTooLong(text.length(), MAX_PATTERN);
        }
        int f = 0;
        String fs = flags == null ? "" : flags.getString();
        for (char c : fs.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 's' -> f |= Pattern.DOTALL;
                case 'm' -> f |= Pattern.MULTILINE;
                case 'x' -> f |= Pattern.COMMENTS;
                case 'q' -> f |= Pattern.LITERAL;
                default -> throw new ExprEvalException("Unsupported regex flag: " + c);
            }
        }
        try {
            return Pattern.compile(text, f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("Bad regex: " + e.getDescription());
        }
    }

    static void checkLength(long length, int max) {
        if (length > max) {
            throw new StringLimitException("The query built a string of " + length + " characters; the limit is " + max
                    + " (diplokg.hardening.max-string-length)");
        }
    }

    /** The last pattern an expression compiled: a constant pattern is compiled once, not once per row. */
    static final class PatternMemo {
        private record Compiled(String pattern, String flags, Pattern compiled) {}

        private volatile Compiled last;

        Pattern get(NodeValue pattern, NodeValue flags) {
            String p = pattern.getString();
            String f = flags == null ? "" : flags.getString();
            Compiled c = last;
            if (c == null || !c.pattern().equals(p) || !c.flags().equals(f)) {
                c = new Compiled(p, f, compile(pattern, flags));
                last = c;
            }
            return c.compiled();
        }
    }

    /** REGEX(text, pattern [, flags]) that can be cancelled. */
    static final class SafeRegex extends ExprFunctionN {
        private final long deadline;
        private final PatternMemo patterns = new PatternMemo();

        SafeRegex(ExprList args, long deadline) {
            super("regex", args);
            this.deadline = deadline;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue text = args.get(0);
            if (!text.isString() && !text.isLangString()) {
                throw new ExprEvalException("REGEX: not a string: " + text);
            }
            Pattern p = patterns.get(args.get(1), args.size() > 2 ? args.get(2) : null);
            String s = text.asNode().getLiteralLexicalForm();
            return NodeValue.makeBoolean(p.matcher(new InterruptibleCharSequence(s, cancellation(env, deadline)))
                    .find());
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("REGEX needs its execution context");
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new SafeRegex(newArgs, deadline);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]) that can be cancelled and stays under the string limit. */
    static final class SafeReplace extends ExprFunctionN {
        private final int max;
        private final long deadline;
        private final PatternMemo patterns = new PatternMemo();

        SafeReplace(ExprList args, int max, long deadline) {
            super("replace", args);
            this.max = max;
            this.deadline = deadline;
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue text = args.get(0);
            Pattern p = patterns.get(args.get(1), args.size() > 3 ? args.get(3) : null);
            if (p.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String s = text.getString();
            Matcher m = p.matcher(new InterruptibleCharSequence(s, cancellation(env, deadline)));
            StringBuilder out = new StringBuilder();
            String replacement = args.get(2).getString();
            while (m.find()) {
                m.appendReplacement(out, replacement);
                checkLength(out.length(), max);
            }
            m.appendTail(out);
            checkLength(out.length(), max);
            String lang = text.asNode().getLiteralLanguage();
            return lang.isEmpty()
                    ? NodeValue.makeString(out.toString())
                    : NodeValue.makeLangString(out.toString(), lang);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("REPLACE needs its execution context");
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new SafeReplace(newArgs, max, deadline);
        }
    }

    /** CONCAT that refuses to build a string over the limit. */
    static final class SafeConcat extends ExprFunctionN {
        private final int max;

        SafeConcat(ExprList args, int max) {
            super("concat", args);
            this.max = max;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long length = 0;
            for (NodeValue a : args) {
                if (a.isString() || a.isLangString()) {
                    length += a.asNode().getLiteralLexicalForm().length();
                }
            }
            checkLength(length, max);
            return XSDFuncOp.strConcat(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new SafeConcat(newArgs, max);
        }
    }
}
