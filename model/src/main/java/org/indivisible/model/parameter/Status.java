package org.indivisible.model.parameter;

import java.util.Locale;

/** How a number came to be; every value in the snapshot and every parameter carries one. */
public enum Status {
    /** Read as published by the source. */
    OBSERVED,
    /** Computed from observed values by a stated formula (recomputable). */
    DERIVED,
    /** A source's own estimate or projection (IMF projection years, intelligence estimates). */
    ESTIMATE,
    /** Our guess, labelled as such, with the reasoning in its note. */
    ASSUMPTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
