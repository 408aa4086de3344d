package org.indivisible.model.budget;

import org.indivisible.model.config.SpendingPath;
import java.time.LocalDate;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.policy.PrepareForReducedUsPresence;

/**
 * Each step, an actor's annualised defence budget is its spending path (percent of GDP at the
 * step's fractional year) times its GDP; the step spends budget times the step's share of a
 * year. Under P1, members of the policy's group spend at least the floor path, and what they
 * spend above their own path is the policy's cost. A floor may start from each member's own
 * share in a year (the allies' pledges), so that every member has its own straight path.
 */
public final class DefenceBudgets implements Process {

    /**
     * The shares of GDP per actor and step, which depend on the configuration only: worked out
     * once and shared, read-only, by every replication.
     */
    public static final class Plan {
        /** Percent of GDP spent, P1's floor included, by [actor][step]. */
        private final double[][] pctGdp;
        /** Percent of GDP spent because of P1, above the actor's own path, by [actor][step]. */
        private final double[][] policyPctGdp;

        private Plan(double[][] pctGdp, double[][] policyPctGdp) {
            this.pctGdp = pctGdp;
            this.policyPctGdp = policyPctGdp;
        }

        public static Plan of(Configuration config) {
            var p1 = config.policy(PrepareForReducedUsPresence.class);
            SpendingPath floor = p1.map(p -> new SpendingPath("P1", p.floorPctGdpByYear())).orElse(null);
            int ownShareYear = p1.map(PrepareForReducedUsPresence::floorFromOwnShareIn).orElse(0);
            Group floorGroup = p1.map(p -> config.group(p.group()).orElseThrow(
                    () -> new IllegalArgumentException("P1 names unknown group " + p.group()))).orElse(null);
            Horizon horizon = config.horizon();
            int actors = config.actors().size();
            double[][] pct = new double[actors][horizon.steps()];
            double[][] policy = new double[actors][horizon.steps()];
            SpendingPath[] floors = new SpendingPath[actors];
            for (int a = 0; a < actors; a++) {
                floors[a] = floor == null || ownShareYear == 0 ? floor : fromOwnShare(config.spending().get(a), floor, ownShareYear);
            }
            for (int s = 0; s < horizon.steps(); s++) {
                LocalDate date = horizon.dateOf(s);
                double year = Horizon.fractionalYear(date);
                for (int a = 0; a < actors; a++) {
                    double own = config.spending().get(a).pctGdpAt(year);
                    pct[a][s] = own;
                    if (floor != null && floorGroup.isMember(config.actors().get(a).iso3(), date)) {
                        pct[a][s] = Math.max(own, floors[a].pctGdpAt(year));
                        policy[a][s] = pct[a][s] - own;
                    }
                }
            }
            return new Plan(pct, policy);
        }

        /** A member's floor that starts at its own share in {@code year} and runs straight to the floor's points. */
        static SpendingPath fromOwnShare(SpendingPath own, SpendingPath floor, int year) {
            java.util.TreeMap<Integer, Double> points = new java.util.TreeMap<>(floor.pctGdpByYear());
            points.put(year, own.pctGdpAt(year));
            return new SpendingPath(own.iso3(), points);
        }
    }

    private final Plan plan;

    public DefenceBudgets(Plan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public void step(World world) {
        int s = world.step();
        double yearShare = world.config().horizon().yearFraction();
        double[] gdp = world.gdpUsdBillions();
        double[] budget = world.defenceBudgetUsdBillions();
        double[] spent = world.defenceSpendingUsdBillionsCumulative();
        double policyCost = 0;
        for (int a = 0; a < budget.length; a++) {
            budget[a] = plan.pctGdp[a][s] / 100 * gdp[a];
            spent[a] += budget[a] * yearShare;
            policyCost += plan.policyPctGdp[a][s] / 100 * gdp[a] * yearShare;
        }
        world.addPolicyCost(policyCost);
    }

    /** 2027-07-02 is about 2027.5. */
}
