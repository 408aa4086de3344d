package org.indivisible.model.economy;

import org.indivisible.model.config.Configuration;

/**
 * Supplies the input-output table for a configuration. The model module holds no data: the
 * data module's WIOD-based source is given to the model where it is assembled
 * ({@code StandardModel.engine(tables)}); a configuration that models the economy and gets no
 * source is refused, never run without its economy. Implementations are thread safe and cache
 * what they can.
 */
public interface EconomyTableSource {

    /** A parameter every configuration that models the economy carries (the snapshot's defaults do). */
    String MARKER_PARAMETER = "economy.inventoryWeeks";

    /**
     * The table for the configuration, regions = the configuration's actors in order.
     *
     * @throws IllegalArgumentException if the configuration asks for a resolution the source lacks
     */
    EconomyTable tableFor(Configuration config);

    /**
     * Whether a configuration models the economy: it carries the economy's parameters. A
     * configuration built by hand without them (tests of other parts) runs without it.
     */
    static boolean applies(Configuration config) {
        return config.parameter(MARKER_PARAMETER).isPresent();
    }
}
