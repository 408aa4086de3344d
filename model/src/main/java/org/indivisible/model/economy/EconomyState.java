package org.indivisible.model.economy;

import org.indivisible.model.economy.inputoutput.DynamicEconomy;
import org.indivisible.model.economy.shock.Channel;

/**
 * The input-output economy's state in one replication, attached to the world: the run with
 * every channel and one run per channel alone, and the GDP changes summed so far against the
 * no-conflict baseline (the same model without shocks, which is the base year exactly).
 * Mutable; owned by the replication's thread. Index {@code run}: 0 = all channels, 1 + c =
 * channel c alone ({@link Channel} order).
 */
public final class EconomyState {

    final DynamicEconomy[] runs;
    /** GDP change, billions of US$, by [run][actor], over the horizon and in the conflict's first year. */
    final double[][] changeUsdBillionsCum;
    final double[][] changeUsdBillionsY1;
    /** Baseline GDP, billions of US$, by actor, over the horizon and over the first year of the conflict. */
    final double[] baseUsdBillionsCum;
    final double[] baseUsdBillionsY1;
    /** Step from which the conflict's first year counts, or -1 before any shock. */
    int firstShockStep = -1;
    /** This week's GDP over its no-conflict value, by actor (all channels). */
    final double[] gdpRatio;

    EconomyState(DynamicEconomy[] runs, int actors) {
        this.runs = runs;
        changeUsdBillionsCum = new double[runs.length][actors];
        changeUsdBillionsY1 = new double[runs.length][actors];
        baseUsdBillionsCum = new double[actors];
        baseUsdBillionsY1 = new double[actors];
        gdpRatio = new double[actors];
        java.util.Arrays.fill(gdpRatio, 1);
    }

    /** This week's GDP of an actor over its value without the conflict (1 = no change). */
    public double gdpRatio(int actor) {
        return gdpRatio[actor];
    }

    /** The run with every channel (0) or one channel alone (1 + ordinal). */
    public DynamicEconomy run(int index) {
        return runs[index];
    }

    public int runs() {
        return runs.length;
    }

    /** Step at which the first shock hit, or -1. */
    public int firstShockStep() {
        return firstShockStep;
    }
}
