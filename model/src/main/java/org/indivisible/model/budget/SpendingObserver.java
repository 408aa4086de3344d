package org.indivisible.model.budget;

import java.time.LocalDate;
import java.util.List;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records defence spending in US$ over the horizon ({@code defence_spending_usd_cum.<ID>}),
 * the share of GDP in the last step ({@code defence_spending_pct_gdp_final.<ID>}) and the
 * treatment's policy cost ({@code policy_cost_usd}), for every actor, every group (members on
 * the last day) and {@code WORLD}.
 */
public final class SpendingObserver implements Observer {

    private static final double BILLION = 1e9;

    private final List<String> iso3;
    private final List<Group> groups;

    public SpendingObserver(Configuration config) {
        this.iso3 = config.actors().stream().map(a -> a.iso3()).toList();
        this.groups = config.groups();
    }

    @Override
    public void afterStep(World world) {
        // The world keeps the running totals.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        double[] spent = world.defenceSpendingUsdBillionsCumulative();
        double[] budget = world.defenceBudgetUsdBillions();
        double[] gdp = world.gdpUsdBillions();
        for (int a = 0; a < iso3.size(); a++) {
            record(outcome, iso3.get(a), spent[a], budget[a], gdp[a]);
        }
        LocalDate last = world.date();
        for (Group g : groups) {
            double s = 0, b = 0, y = 0;
            for (String member : g.membersOn(last)) {
                int a = iso3.indexOf(member);
                s += spent[a];
                b += budget[a];
                y += gdp[a];
            }
            if (y > 0) {
                record(outcome, g.id(), s, b, y);
            }
        }
        record(outcome, "WORLD", sum(spent), sum(budget), sum(gdp));
        outcome.put(Metric.POLICY_COST_USD.id(), world.policyCostUsdBillions() * BILLION);
    }

    private static void record(Outcome.Builder outcome, String id, double spent, double budget, double gdp) {
        outcome.put(Metric.DEFENCE_SPENDING_USD_CUM.id(id), spent * BILLION);
        outcome.put(Metric.DEFENCE_SPENDING_PCT_GDP_FINAL.id(id), 100 * budget / gdp);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
