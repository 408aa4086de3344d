package org.indivisible.model.blockade;

/** How a blockade ended. */
public enum BlockadeOutcome {
    /** Still in force at the horizon's end. */
    ONGOING("ongoing"),
    /** Ended by negotiation (the negotiated-end hazard). */
    NEGOTIATED("negotiated"),
    /** Escalated to war (the escalation hazard). */
    ESCALATED("escalated"),
    /** Taiwan accepted terms under energy or food shortfall (the capitulation hazard). */
    CAPITULATED("capitulated"),
    /** Ended by a scheduled event of the scenario (a fixed duration), not by the blockade's own hazards. */
    LIFTED("lifted");

    private final String id;

    BlockadeOutcome(String id) {
        this.id = id;
    }

    /** The id used in metric names ({@code blockade_outcome_negotiated.taiwan}). */
    public String id() {
        return id;
    }
}
