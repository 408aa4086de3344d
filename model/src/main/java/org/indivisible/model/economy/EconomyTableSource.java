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

    /**
     * The table for the configuration, regions = the configuration's actors in order.
     *
     * @throws IllegalArgumentException if the configuration asks for a resolution the source lacks
     */
    EconomyTable tableFor(Configuration config);

    /** The first source registered on the classpath, if any. */
    static Optional<EconomyTableSource> installed() {
        return ServiceLoader.load(EconomyTableSource.class, EconomyTableSource.class.getClassLoader()).findFirst();
    }
}
