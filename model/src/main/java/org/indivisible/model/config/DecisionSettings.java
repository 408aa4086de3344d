package org.indivisible.model.config;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which decision rule a scenario uses and how it treats each aggressor-theater pair. A pair
 * not listed is {@link DecisionMode#SCHEDULE} when the scenario schedules an event in its
 * theater by its aggressor (the schedule forces the conflict: "if it happens"), otherwise
 * {@link DecisionMode#DECIDE}. Immutable.
 *
 * @param rule the rule's id ({@code hazard}, the default; {@code none} switches decisions off)
 * @param modes explicit modes by pair id ({@code CHN.taiwan}), sorted
 */
public record DecisionSettings(String rule, SortedMap<String, DecisionMode> modes) {

    /** No decisions at all: every conflict comes from the schedule (hand-built test configurations). */
    public static final DecisionSettings OFF = new DecisionSettings("none", new TreeMap<>());

    /** The default rule's id (the decision package's hazard rule). */
    public static final String HAZARD_RULE = "hazard";

    /** The default rule with every pair's default mode. */
    public static final DecisionSettings DEFAULT = new DecisionSettings(HAZARD_RULE, new TreeMap<>());

    public DecisionSettings {
        Objects.requireNonNull(rule, "rule");
        modes = Collections.unmodifiableSortedMap(new TreeMap<>(modes));
    }

    public boolean off() {
        return rule.equals("none");
    }

    /** The mode of a pair given the scenario's scheduled events. */
    public DecisionMode mode(DecisionPair pair, java.util.List<ScheduledEvent> events) {
        DecisionMode explicit = modes.get(pair.id());
        if (explicit != null) {
            return explicit;
        }
        for (ScheduledEvent e : events) {
            if (e.theater().equals(pair.theater()) && pair.aggressor().equals(e.aggressor())) {
                return DecisionMode.SCHEDULE;
            }
        }
        return DecisionMode.DECIDE;
    }
}
