package org.indivisible.model.budget;

import java.time.LocalDate;
import java.util.List;
import org.indivisible.model.actor.Group;
import org.indivisible.model.engine.Configuration;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.policy.PrepareForReducedUsPresence;

/**
 * Each step, an actor's annualised defence budget is its spending path (percent of GDP at the
 * step's fractional year) times its GDP; the step spends budget times the step's share of a
 * year. Under P1, members of the policy's group spend at least the floor path, and what they
 * spend above their own path is the policy's cost.
 */
public final class DefenceBudgets implements Process {

    private final List<SpendingPath> paths;
    private final SpendingPath floor;
    private final Group floorGroup;
    private final String[] iso3;

    public DefenceBudgets(Configuration config) {
        this.paths = config.spending();
        this.iso3 = config.actors().stream().map(a -> a.iso3()).toArray(String[]::new);
        var p1 = config.policy(PrepareForReducedUsPresence.class);
        this.floor = p1.map(p -> new SpendingPath("P1", p.floorPctGdpByYear())).orElse(null);
        this.floorGroup = p1.map(p -> config.group(p.group()).orElseThrow(
                () -> new IllegalArgumentException("P1 names unknown group " + p.group()))).orElse(null);
    }

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public void step(World world) {
        LocalDate date = world.date();
        double year = fractionalYear(date);
        double yearShare = world.config().horizon().yearFraction();
        double[] gdp = world.gdpUsdBillions();
        double[] budget = world.defenceBudgetUsdBillions();
        double[] spent = world.defenceSpendingUsdBillionsCumulative();
        double policyCost = 0;
        for (int a = 0; a < budget.length; a++) {
            double pct = paths.get(a).pctGdpAt(year);
            if (floor != null && floorGroup.isMember(iso3[a], date)) {
                double floored = Math.max(pct, floor.pctGdpAt(year));
                policyCost += (floored - pct) / 100 * gdp[a] * yearShare;
                pct = floored;
            }
            budget[a] = pct / 100 * gdp[a];
            spent[a] += budget[a] * yearShare;
        }
        world.addPolicyCost(policyCost);
    }

    /** 2027-07-02 is about 2027.5. */
    static double fractionalYear(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
