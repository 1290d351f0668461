package org.diplokg.cli;

import org.diplokg.system.ProtocolException;
import org.diplokg.validation.ValidationFailedException;
import org.diplokg.validation.Violation;

/** Prints failures the way a terminal user wants them: one clear message, exit code by kind. */
final class CliErrors {

    private CliErrors() {}

    static int report(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null
                && !(root instanceof ValidationFailedException)
                && !(root instanceof ProtocolException)) {
            root = root.getCause();
        }
        if (root instanceof ValidationFailedException v) {
            System.err.println("Refused: " + v.violations().size() + " SHACL violation(s); nothing was written.");
            for (Violation violation : v.violations()) {
                System.err.println("  " + violation);
            }
            return 3;
        }
        System.err.println("Error: " + (root.getMessage() == null ? root.toString() : root.getMessage()));
        return root instanceof ProtocolException ? 2 : 1;
    }
}
