package org.souk.web;

import java.util.List;

/** Input that breaks rules; answered with 422 and the list of violations, never partially applied. */
public class InvalidInput extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
