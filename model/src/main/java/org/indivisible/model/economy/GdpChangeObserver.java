package org.indivisible.model.economy;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.List;
import org.indivisible.model.actor.Group;
import org.indivisible.model.economy.shock.Channel;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records the GDP change against the same replication without the conflict, for every actor,
 * every group (members on the last day) and WORLD: {@code gdp_change_pct_y1.<ID>} (percent,
 * over the 52 weeks from the first shock), {@code gdp_change_usd_y1.<ID>} (current US$, same
 * window), {@code gdp_change_pct_cum.<ID>} (percent of baseline GDP summed over the horizon);
 * and the same with {@code .<channel>} appended for each channel acting alone. All are 0 in a
 * replication without any shock.
 *
 * <p>The yearly trajectory {@code gdp_change_pct_<YYYY>.<ID>} (percent, all channels): for each
 * calendar year the horizon touches, the GDP change summed over the steps that start in that year
 * over the baseline GDP summed over the same steps, for WORLD, every group and the actors of
 * {@link #SERIES_ACTORS}. It is built from the same weekly terms as the metrics above (this
 * week's GDP ratio of the run with every channel times the week's baseline GDP), so a calendar
 * year that is exactly the 52 weeks from the first shock gives {@code gdp_change_pct_y1}, and
 * the baseline-weighted mean over the years gives {@code gdp_change_pct_cum} (docs/economy.md
 * section 6). One instance per replication; not thread safe.
 */
public final class GdpChangeObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.requires(EconomyState.class, Port.Timing.ANY, "GDP with and without the conflicts");
    }

    private static final double BILLION = 1e9;

    /**
     * Actors with a yearly trajectory (besides WORLD and the groups): the largest economies of
     * both theaters and the parties. Every actor would add ~46 x years metrics per replication.
     */
    public static final List<String> SERIES_ACTORS = List.of("USA", "CHN", "JPN", "KOR", "TWN", "DEU", "FRA", "GBR",
            "POL", "RUS");

    private final Configuration config;
    /** First calendar year of the horizon. */
    private final int firstYear;
    /** GDP change and baseline GDP, billions of US$, summed by [calendar year - firstYear][actor]. */
    private final double[][] changeUsdBillionsByYear;
    private final double[][] baseUsdBillionsByYear;

    public GdpChangeObserver(Configuration config) {
        this.config = config;
        this.firstYear = config.horizon().start().getYear();
        int years = config.horizon().dateOf(config.horizon().steps() - 1).getYear() - firstYear + 1;
        int actors = config.actors().size();
        this.changeUsdBillionsByYear = new double[years][actors];
        this.baseUsdBillionsByYear = new double[years][actors];
    }

    /** Adds this step's change and baseline to its calendar year, with the process's own weekly terms. */
    @Override
    public void afterStep(World world) {
        EconomyState s = world.part(EconomyState.class);
        double[] gdp = world.gdpUsdBillions();
        double years = config.horizon().stepDays() / 364.0;
        int y = world.date().getYear() - firstYear;
        double[] change = changeUsdBillionsByYear[y];
        double[] base = baseUsdBillionsByYear[y];
        for (int a = 0; a < gdp.length; a++) {
            base[a] += gdp[a] * years;
            change[a] += (s.gdpRatio[a] - 1) * gdp[a] * years;
        }
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        EconomyState s = world.part(EconomyState.class);
        List<String> iso3 = config.actors().stream().map(a -> a.iso3()).toList();
        Channel[] channels = Channel.values();
        for (int r = 0; r < s.runs(); r++) {
            // Run 0 has every channel; run r > 0 has channel r - 1 alone.
            String channel = r == 0 ? null : channels[r - 1].id();
            for (int a = 0; a < iso3.size(); a++) {
                record(outcome, iso3.get(a), channel, s, r, new int[] {a});
            }
            for (Group g : config.groups()) {
                int[] members = g.membersOn(world.date()).stream().mapToInt(iso3::indexOf).toArray();
                if (members.length > 0) {
                    record(outcome, g.id(), channel, s, r, members);
                }
            }
            record(outcome, "WORLD", channel, s, r, java.util.stream.IntStream.range(0, iso3.size()).toArray());
        }
        for (String id : SERIES_ACTORS) {
            int a = iso3.indexOf(id);
            if (a >= 0) {
                recordYears(outcome, id, new int[] {a});
            }
        }
        for (Group g : config.groups()) {
            int[] members = g.membersOn(world.date()).stream().mapToInt(iso3::indexOf).toArray();
            if (members.length > 0) {
                recordYears(outcome, g.id(), members);
            }
        }
        recordYears(outcome, "WORLD", java.util.stream.IntStream.range(0, iso3.size()).toArray());
    }

    private void recordYears(Outcome.Builder outcome, String id, int[] actors) {
        for (int y = 0; y < changeUsdBillionsByYear.length; y++) {
            double change = 0, base = 0;
            for (int a : actors) {
                change += changeUsdBillionsByYear[y][a];
                base += baseUsdBillionsByYear[y][a];
            }
            outcome.put(Metric.GDP_CHANGE_PCT_YEAR.id(Integer.toString(firstYear + y), id), base > 0 ? 100 * change / base : 0);
        }
    }

    private static void record(Outcome.Builder outcome, String id, String channel, EconomyState s, int run, int[] actors) {
        double y1 = 0, baseY1 = 0, cum = 0, baseCum = 0;
        for (int a : actors) {
            y1 += s.changeUsdBillionsY1[run][a];
            baseY1 += s.baseUsdBillionsY1[a];
            cum += s.changeUsdBillionsCum[run][a];
            baseCum += s.baseUsdBillionsCum[a];
        }
        double pctY1 = baseY1 > 0 ? 100 * y1 / baseY1 : 0;
        double pctCum = baseCum > 0 ? 100 * cum / baseCum : 0;
        if (channel == null) {
            outcome.put(Metric.GDP_CHANGE_PCT_Y1.id(id), pctY1);
            outcome.put(Metric.GDP_CHANGE_USD_Y1.id(id), y1 * BILLION);
            outcome.put(Metric.GDP_CHANGE_PCT_CUM.id(id), pctCum);
        } else {
            outcome.put(Metric.GDP_CHANGE_PCT_Y1_CHANNEL.id(id, channel), pctY1);
            outcome.put(Metric.GDP_CHANGE_USD_Y1_CHANNEL.id(id, channel), y1 * BILLION);
            outcome.put(Metric.GDP_CHANGE_PCT_CUM_CHANNEL.id(id, channel), pctCum);
        }
    }
}
