package org.indivisible.model.economy;

import org.indivisible.model.economy.inputoutput.DynamicStructure;

/**
 * What all replications of one configuration share for the input-output economy: the table
 * and the dynamic model's structure. Immutable and thread safe.
 */
public record EconomyPlan(EconomyTable table, DynamicStructure structure) {

    public static EconomyPlan of(EconomyTable table) {
        return new EconomyPlan(table, new DynamicStructure(table.table(), table.seaborne(), table.investmentShare()));
    }
}
