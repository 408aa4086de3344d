package org.indivisible.model.posture;

import java.util.Locale;

/**
 * The kinds of force element the model counts (docs/model.md, entities and state variables). An element is a unit of
 * account: an armoured or mechanised brigade (or brigade combat team) equivalent, a fighter
 * squadron (about 18-24 aircraft), a bomber squadron (about 10-12 aircraft), one major surface
 * combatant (destroyer or frigate), one submarine, one carrier group (the carrier, its air wing
 * and escorts counted once), an air and missile defence battery (Patriot-class), a
 * long-range fires battalion (HIMARS/MLRS-class launchers, or a missile brigade's equivalent).
 */
public enum ForceType {
    ARMOURED_BRIGADE, FIGHTER_SQUADRON, BOMBER_SQUADRON, SURFACE_COMBATANT, SUBMARINE, CARRIER_GROUP,
    AMD_BATTERY, LONG_RANGE_FIRES;

    /** The domain a type fights in: a land fait accompli is fought in the land and air domains. */
    public enum Domain { LAND, AIR, MARITIME }

    /** The type's domain (ground-based air defence counts in the air domain). */
    public Domain domain() {
        return switch (this) {
            case ARMOURED_BRIGADE, LONG_RANGE_FIRES -> Domain.LAND;
            case FIGHTER_SQUADRON, BOMBER_SQUADRON, AMD_BATTERY -> Domain.AIR;
            case SURFACE_COMBATANT, SUBMARINE, CARRIER_GROUP -> Domain.MARITIME;
        };
    }

    /**
     * Whether the type's combat power depends on the ground fires the munitions part tracks
     * (artillery shells, rockets and missiles): a shortage weakens these types only. Aircraft,
     * ships and air defence carry their own munitions, whose stocks enter elsewhere (interceptors
     * cap the salvo exchange).
     */
    public boolean fireDependent() {
        return this == ARMOURED_BRIGADE || this == LONG_RANGE_FIRES;
    }

    /** The lower-case id used in parameter and metric names ({@code armoured_brigade}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this id, or null. */
    public static ForceType byId(String id) {
        for (ForceType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
