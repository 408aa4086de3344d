package org.indivisible.model.assembly;

import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Invariant;
import org.indivisible.model.engine.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariants every run keeps: GDP positive and finite, budgets and cumulative spending
 * non-negative and finite, cumulative spending never falling, policy cost finite and not
 * negative, every theater in some state. One instance per replication (it remembers the
 * previous step's cumulative spending).
 */
public final class StandardInvariants implements Invariant {

    private final String[] iso3;
    private double[] previousSpending;

    public StandardInvariants(Configuration config) {
        this.iso3 = config.actors().stream().map(a -> a.iso3()).toArray(String[]::new);
    }

    @Override
    public List<String> violations(World world) {
        List<String> found = new ArrayList<>();
        double[] gdp = world.gdpUsdBillions();
        double[] budget = world.defenceBudgetUsdBillions();
        double[] spent = world.defenceSpendingUsdBillionsCumulative();
        for (int a = 0; a < iso3.length; a++) {
            if (!(gdp[a] > 0) || !Double.isFinite(gdp[a])) {
                found.add(iso3[a] + ": GDP must be positive and finite, is " + gdp[a]);
            }
            if (!(budget[a] >= 0) || !Double.isFinite(budget[a])) {
                found.add(iso3[a] + ": defence budget must be non-negative and finite, is " + budget[a]);
            }
            if (previousSpending != null && !(spent[a] >= previousSpending[a])) {
                found.add(iso3[a] + ": cumulative defence spending fell from " + previousSpending[a] + " to " + spent[a]);
            }
        }
        previousSpending = spent.clone();
        double cost = world.policyCostUsdBillions();
        if (!(cost >= 0) || !Double.isFinite(cost)) {
            found.add("policy cost must be non-negative and finite, is " + cost);
        }
        for (int t = 0; t < world.config().theaters().size(); t++) {
            if (world.theaterState(t) == null) {
                found.add("theater " + world.config().theaters().get(t).id() + " has no state");
            }
        }
        return found;
    }
}
