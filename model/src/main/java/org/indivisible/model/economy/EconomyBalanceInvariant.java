package org.indivisible.model.economy;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.engine.Invariant;
import org.indivisible.model.engine.World;

/**
 * Rationing creates no output from nothing: in every run of the dynamic economy, what was
 * delivered equals what was produced, inventories change by deliveries minus inputs used and
 * stay non-negative, and no node produces beyond its capacity.
 */
public final class EconomyBalanceInvariant implements Invariant {

    @Override
    public Ports ports() {
        return Ports.optional(EconomyState.class, Port.Timing.ANY, "the economy's balances to check");
    }

    @Override
    public List<String> violations(World world) {
        if (!world.hasPart(EconomyState.class)) {
            return List.of();
        }
        EconomyState s = world.part(EconomyState.class);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < s.runs(); r++) {
            for (String v : s.run(r).balance().violations()) {
                out.add("run " + r + " " + v);
            }
        }
        return out;
    }
}
