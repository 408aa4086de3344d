package org.indivisible.model.economy;

import java.util.Optional;
import java.util.ServiceLoader;
import org.indivisible.model.engine.Configuration;

/**
 * Supplies the input-output table for a configuration. The model module holds no data: the
 * data module registers its WIOD-based source with {@link ServiceLoader}
 * ({@code META-INF/services}). Without a source on the classpath the economy's dynamic model
 * is left out of the standard model. Implementations are thread safe and cache what they can.
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

    /** The first source registered on the classpath, if any. */
    static Optional<EconomyTableSource> installed() {
        return ServiceLoader.load(EconomyTableSource.class, EconomyTableSource.class.getClassLoader()).findFirst();
    }
}
