package org.indivisible.data.economy;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.economy.shock.EconomyParameters;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The economy's parameters that join the snapshot's defaults: the shock channels' ones
 * ({@link EconomyParameters}) and the sector resolution of the table. Immutable.
 */
public final class EconomyDefaults {

    private EconomyDefaults() {
    }

    public static List<UncertainParameter> parameters() {
        List<UncertainParameter> list = new ArrayList<>(EconomyParameters.defaults());
        list.add(new UncertainParameter(WiodTableSource.SECTORS_PARAMETER, 11, new Distribution.Fixed(11), "sectors",
                "assumption-economy", Status.ASSUMPTION,
                "Sector resolution of the input-output table: 11 groups (default, for speed) or the 35 WIOD industries."));
        return List.copyOf(list);
    }
}
