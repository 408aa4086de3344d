package org.indivisible.model.engine;

import java.time.LocalDate;
import java.util.List;

/** Thrown when an invariant fails; names the step, its date and what broke. */
public final class InvariantViolation extends RuntimeException {

    private final int step;
    private final transient List<String> violations;

    public InvariantViolation(int step, LocalDate date, List<String> violations) {
        super("invariant failed after step " + step + " (" + date + "): " + String.join("; ", violations));
        this.step = step;
        this.violations = List.copyOf(violations);
    }

    public int step() {
        return step;
    }

    public List<String> violations() {
        return violations;
    }
}
