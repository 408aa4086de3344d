package org.indivisible.model.economy;

import java.util.Optional;
import org.indivisible.model.economy.inputoutput.DynamicStructure;
import org.indivisible.model.engine.Configuration;

/**
 * What all replications of one configuration share for the input-output economy: the table
 * and the dynamic model's structure. Immutable and thread safe.
 */
public record EconomyPlan(EconomyTable table, DynamicStructure structure) {

    /**
     * The plan for a configuration, or empty when no table source is installed or the
     * configuration does not carry the economy's parameters ({@link EconomyTableSource#applies}).
     */
    public static Optional<EconomyPlan> of(Configuration config) {
        if (!EconomyTableSource.applies(config)) {
            return Optional.empty();
        }
        return EconomyTableSource.installed().map(source -> of(source.tableFor(config)));
    }

    public static EconomyPlan of(EconomyTable table) {
        return new EconomyPlan(table, new DynamicStructure(table.table(), table.seaborne()));
    }
}
