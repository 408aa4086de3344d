package org.indivisible.data;

import org.indivisible.data.economy.WiodTableSource;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.economy.EconomyTableSource;
import org.indivisible.model.engine.Engine;

/**
 * The standard model given the embedded snapshot's data: what every command runs. The model
 * module holds no data; this is where the two meet.
 */
public final class EmbeddedData {

    private static final EconomyTableSource TABLES = new WiodTableSource();

    private EmbeddedData() {
    }

    /** The input-output tables built from the snapshot's WIOD extract (cached, thread safe). */
    public static EconomyTableSource economyTables() {
        return TABLES;
    }

    /** The standard model's engine with the snapshot's input-output tables. */
    public static Engine engine() {
        return StandardModel.engine(TABLES);
    }
}
