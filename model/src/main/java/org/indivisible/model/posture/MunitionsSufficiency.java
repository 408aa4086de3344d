package org.indivisible.model.posture;

/**
 * The seam through which the munitions part of the model scales combat power: the share of
 * its fires an actor can sustain with the munitions it has (1 = fully supplied, 0 = none).
 * The industry and munitions process attaches an implementation to the world
 * ({@code world.attach(MunitionsSufficiency.class, ...)}); without one every actor is fully
 * supplied. Read during the step, after the industry and consumption processes have run.
 */
public interface MunitionsSufficiency {

    /** Share of fires actor {@code actor} (index in the configuration) can sustain this step, 0 to 1. */
    double fireShare(int actor);

    /**
     * Share of fires the actor can sustain in one theater (index in the configuration), 0 to 1;
     * by default the actor-wide share.
     */
    default double fireShare(int actor, int theater) {
        return fireShare(actor);
    }

    /**
     * Air and missile defence interceptors the actor has left to fire this step (rounds), which
     * caps what its ships fire in a naval salvo exchange; unlimited unless the munitions part
     * says otherwise. What was fired is in {@link org.indivisible.model.combat.CombatRecord#interceptorsSpent}
     * for the munitions part to debit.
     */
    default double interceptorStockRounds(int actor) {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The share (0..1) of the actor's munitions supply this step that its partners provided:
     * rounds received from others plus production their dual-use goods enable, over its production
     * plus what it received; 0 without a munitions part. Russia's reconstitution reads it: the
     * alignment's flows reach its strength.
     */
    default double partnerSupplyShare(int actor) {
        return 0;
    }
}
