package org.diplokg.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
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

    @Override
    public void checkNodes(Graph data, Collection<Node> focusNodes) {
        List<Violation> found = new ArrayList<>();
        for (Node node : focusNodes) {
            found.addAll(violations(ShaclValidator.get().validate(shapes, data, node)));
        }
        if (!found.isEmpty()) {
            throw new ValidationFailedException(found);
        }
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
        return new Violation(ShLib.displayStr(e.focusNode()), path, message, e.severity().level().getLocalName(), shape);
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
