package org.indivisible.model.economy;

import java.util.List;
import org.indivisible.model.actor.Group;
import org.indivisible.model.economy.shock.Channel;
import org.indivisible.model.engine.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;

/**
 * Records the GDP change against the same replication without the conflict, for every actor,
 * every group (members on the last day) and WORLD: {@code gdp_change_pct_y1.<ID>} (percent,
 * over the 52 weeks from the first shock), {@code gdp_change_usd_y1.<ID>} (current US$, same
 * window), {@code gdp_change_pct_cum.<ID>} (percent of baseline GDP summed over the horizon);
 * and the same with {@code .<channel>} appended for each channel acting alone. All are 0 in a
 * replication without any shock. One instance per replication.
 */
public final class GdpChangeObserver implements Observer {

    private static final double BILLION = 1e9;
    private final Configuration config;

    public GdpChangeObserver(Configuration config) {
        this.config = config;
    }

    @Override
    public void afterStep(World world) {
        // The process keeps the sums.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        EconomyState s = world.part(EconomyState.class);
        List<String> iso3 = config.actors().stream().map(a -> a.iso3()).toList();
        Channel[] channels = Channel.values();
        for (int r = 0; r < s.runs(); r++) {
            String suffix = r == 0 ? "" : "." + channels[r - 1].id();
            for (int a = 0; a < iso3.size(); a++) {
                record(outcome, iso3.get(a) + suffix, s, r, new int[] {a});
            }
            for (Group g : config.groups()) {
                int[] members = g.membersOn(world.date()).stream().mapToInt(iso3::indexOf).toArray();
                if (members.length > 0) {
                    record(outcome, g.id() + suffix, s, r, members);
                }
            }
            record(outcome, "WORLD" + suffix, s, r, java.util.stream.IntStream.range(0, iso3.size()).toArray());
        }
    }

    private static void record(Outcome.Builder outcome, String id, EconomyState s, int run, int[] actors) {
        double y1 = 0, baseY1 = 0, cum = 0, baseCum = 0;
        for (int a : actors) {
            y1 += s.changeUsdBillionsY1[run][a];
            baseY1 += s.baseUsdBillionsY1[a];
            cum += s.changeUsdBillionsCum[run][a];
            baseCum += s.baseUsdBillionsCum[a];
        }
        outcome.put("gdp_change_pct_y1." + id, baseY1 > 0 ? 100 * y1 / baseY1 : 0);
        outcome.put("gdp_change_usd_y1." + id, y1 * BILLION);
        outcome.put("gdp_change_pct_cum." + id, baseCum > 0 ? 100 * cum / baseCum : 0);
    }
}
