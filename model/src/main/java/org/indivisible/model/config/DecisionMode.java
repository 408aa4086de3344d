package org.indivisible.model.config;

import java.util.Locale;

/** How a scenario treats one aggressor-theater pair. */
public enum DecisionMode {
    /** The pair's decision rule decides each week whether the aggressor starts a war. */
    DECIDE,
    /** The scenario's scheduled events force the conflict (or not); the rule is not asked. */
    SCHEDULE,
    /** The aggressor never starts a war in this theater (the hazard is zero). */
    FORBID;

    /** The lower-case name used in scenario files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
