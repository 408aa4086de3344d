package org.indivisible.model.theater;

import java.util.Locale;

/** The state of a theater. A conflict "starts" when a theater first enters {@link #WAR}. */
public enum TheaterState {
    PEACE, CRISIS, WAR, CEASEFIRE;

    /** The lower-case name used in scenario files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
