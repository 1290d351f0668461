package org.diplokg.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.store.ChangeValidator;

/**
 * Refuses writes whose result violates the project's SHACL shapes. Only {@code sh:Violation}
 * results refuse; warnings pass.
 */
public final class ShaclChangeValidator implements ChangeValidator {

    private final Shapes shapes;
    private final Graph shapesGraph;

    public ShaclChangeValidator(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Validates the shapes that target each changed node. Targets are decided once per node from its
     * types (with their superclasses, computed once per class) instead of by Jena's per-shape type
     * walk, which dominated the cost of small writes such as one article's graph.
     */
    @Override
    public void checkNodes(Graph data, Collection<Node> focusNodes) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Map<Node, Set<Node>> superClasses = new HashMap<>();
        Collection<Shape> targetShapes = shapes.getTargetShapes();
        for (Node node : focusNodes) {
            Set<Node> types = new HashSet<>();
            G.iterSP(data, node, RDF.type.asNode())
                    .forEachRemaining(t -> types.addAll(superClasses.computeIfAbsent(t, c -> closure(data, c))));
            for (Shape shape : targetShapes) {
                if (!shape.deactivated() && targets(shape, node, types, data)) {
                    VLib.validateShape(context, data, shape, node);
                }
            }
        }
        List<Violation> found = violations(context.generateReport());
        if (!found.isEmpty()) {
            throw new ValidationFailedException(found);
        }
    }

    private static boolean targets(Shape shape, Node node, Set<Node> types, Graph data) {
        for (Target t : shape.getTargets()) {
            boolean hit = switch (t.getTargetType()) {
                case targetClass, implicitClass -> types.contains(t.getObject());
                case targetSubjectsOf -> data.contains(node, t.getObject(), Node.ANY);
                case targetObjectsOf -> data.contains(Node.ANY, t.getObject(), node);
                case targetNode -> node.equals(t.getObject());
                default -> VLib.isFocusNode(t, node, data);
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** The class and all its superclasses by rdfs:subClassOf in the data (the ontology is in the store). */
    private static Set<Node> closure(Graph data, Node cls) {
        Set<Node> out = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (out.add(c)) {
                G.iterSP(data, c, RDFS.subClassOf.asNode()).forEachRemaining(todo::push);
            }
        }
        return out;
    }

    @Override
    public void checkAll(Graph data) {
        List<Violation> found = validate(data);
        if (!found.isEmpty()) {
            throw new ValidationFailedException(found);
        }
    }

    /** Every violation in {@code data}, for the {@code validate} command. */
    public List<Violation> validate(Graph data) {
        return violations(ShaclValidator.get().validate(shapes, data));
    }

    private List<Violation> violations(ValidationReport report) {
        return report.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(this::toViolation)
                .collect(Collectors.toList());
    }

    private Violation toViolation(ReportEntry e) {
        String path = e.resultPath() == null ? "" : e.resultPath().toString();
        String message = messages(e);
        String shape = e.source() == null ? "" : ShLib.displayStr(e.source());
        return new Violation(
                ShLib.displayStr(e.focusNode()),
                path,
                message,
                e.severity().level().getLocalName(),
                shape);
    }

    /** The entry's own message plus the shape's messages in other languages. */
    private String messages(ReportEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.message() != null) {
            parts.add(e.message());
        }
        if (e.source() != null) {
            for (Node m : G.listSP(shapesGraph, e.source(), SHACL.message)) {
                String text = m.isLiteral() ? m.getLiteralLexicalForm() : m.toString();
                if (!parts.contains(text)) {
                    parts.add(text);
                }
            }
        }
        return String.join(" / ", parts);
    }
}
