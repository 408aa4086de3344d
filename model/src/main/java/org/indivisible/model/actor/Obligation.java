package org.indivisible.model.actor;

/**
 * What a treaty obliges its parties to do, following ATOP's provision types
 * (defence, offence, neutrality, non-aggression, consultation), plus
 * {@link #NO_COMMITMENT} for ties such as the US Taiwan Relations Act that promise no defence.
 */
public enum Obligation {
    DEFENCE, OFFENCE, NEUTRALITY, NON_AGGRESSION, CONSULTATION, NO_COMMITMENT
}
