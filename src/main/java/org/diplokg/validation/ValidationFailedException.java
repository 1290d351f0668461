package org.diplokg.validation;

import java.util.List;
import org.diplokg.store.StoreException;

/** A write was refused because the data would violate the shapes; carries every violation. */
public class ValidationFailedException extends StoreException {

    private final List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super("The data violates " + violations.size() + " SHACL constraint(s); nothing was written. First: "
                + violations.getFirst());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
