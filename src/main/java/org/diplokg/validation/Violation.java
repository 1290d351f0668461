package org.diplokg.validation;

/**
 * One SHACL result in a form a user can act on.
 *
 * @param focusNode the node that failed
 * @param path      the property path, or empty for node-level constraints
 * @param message   the shape's message (English, and Vietnamese when the shape has one)
 * @param severity  Violation, Warning or Info
 */
public record Violation(String focusNode, String path, String message, String severity, String shape) {

    @Override
    public String toString() {
        return severity + " at " + focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
