package org.indivisible.model.posture;

import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records Europe without the US (docs/metrics.md, docs/forces-and-combat.md 4a-4c):
 * <ul>
 *   <li>{@code europe_balance_flank_d<d>_start|_min|_final}: NATO over Russian power on the flank
 *       within d = 10, 30, 180 days of warning ({@link Flank});</li>
 *   <li>{@code forces_added.<type>}: elements the European allies' budgets added by the end
 *       ({@link ForceGeneration}), and {@code forces_added_per_year.<type>}, the same per year of
 *       the horizon; {@code russia_reconstituted.<type>}: elements Russia rebuilt after a ceasefire in
 *       Ukraine ({@link Reconstitution});</li>
 *   <li>{@code europe_replace_us_usd_10y} and {@code _25y}: what European allies must buy and keep
 *       to replace the US contribution to Europe's defence (US elements present at the start plus
 *       the homeland reinforcements earmarked for Europe), at the US raise cost and yearly keep cost
 *       (operation, support and personnel, CBO's method) of each type, US$ bn of 2024;
 *       {@code europe_replace_us_usd_25y.<type>} breaks the 25-year figure down by capability;</li>
 *   <li>{@code europe_balance_land|air|maritime_start|_min}: NATO over Russian power in Europe by
 *       domain (location-wide, no surge); {@code enablers_coverage_min.<enabler>}: the lowest
 *       coverage of each enabler ({@link Enablers});</li>
 *   <li>the replacement bill includes the US enablers NATO's plans count on for Europe, at their
 *       unit cost plus {@code enablers.keepShareOfUnitCostPerYear} a year, by enabler id;</li>
 *   <li>{@code europe_replace_us_years}: how long buying that takes when industry limits it: for
 *       each type the lead time plus the elements over the yearly production cap
 *       ({@code forces.generation.maxPerYear.<type>}); the longest type sets it.</li>
 * </ul>
 */
public final class FlankObserver implements Observer {

    private static final int EUROPE = Location.EUROPE.ordinal();

    private Forces forces;
    private Flank flank;
    private final double[] start = new double[Flank.DAYS.length];
    private final double[] min = new double[Flank.DAYS.length];
    private final double[] last = new double[Flank.DAYS.length];
    private final double[] now = new double[Flank.DAYS.length];
    private final double[] blueByDomain = new double[ForceType.Domain.values().length];
    private final double[] redByDomain = new double[ForceType.Domain.values().length];
    private static final ForceType.Domain[] DOMAINS = ForceType.Domain.values();
    private final double[] domainStart = new double[DOMAINS.length];
    private final double[] domainMin = new double[DOMAINS.length];
    private final double[] coverageMin = new double[Enablers.IDS.length];

    @Override
    public Ports ports() {
        return Ports.optional(Forces.class, Port.Timing.ANY, "the flank balance, forces added, the US contribution");
    }

    @Override
    public void start(World world) {
        forces = world.hasPart(Forces.class) ? world.part(Forces.class) : null;
        flank = forces == null ? null : forces.flank();
        java.util.Arrays.fill(start, Double.NaN);
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(domainStart, Double.NaN);
        java.util.Arrays.fill(domainMin, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(coverageMin, 1);
    }

    @Override
    public void afterStep(World world) {
        if (flank == null) {
            return;
        }
        flank.ratios(world, now);
        for (int d = 0; d < Flank.DAYS.length; d++) {
            double r = now[d];
            if (!Double.isFinite(r)) {
                continue; // no Russian power left on the flank (destroyed in a war): no ratio
            }
            if (Double.isNaN(start[d])) {
                start[d] = r;
            }
            if (r < min[d]) {
                min[d] = r;
            }
            last[d] = r;
        }
        forces.powerByDomain(world, EUROPE, blueByDomain, redByDomain);
        for (ForceType.Domain domain : DOMAINS) {
            int k = domain.ordinal();
            double red = redByDomain[k];
            double r = red > 0 ? blueByDomain[k] / red : Double.NaN;
            if (!Double.isFinite(r)) {
                continue;
            }
            if (Double.isNaN(domainStart[k])) {
                domainStart[k] = r;
            }
            if (r < domainMin[k]) {
                domainMin[k] = r;
            }
        }
        Enablers enablers = forces.enablers();
        if (enablers != null) {
            for (int k = 0; k < Enablers.IDS.length; k++) {
                coverageMin[k] = Math.min(coverageMin[k], enablers.coverage(k));
            }
        }
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (flank == null) {
            return;
        }
        ForcePlan plan = forces.plan;
        for (int d = 0; d < Flank.DAYS.length; d++) {
            if (!Double.isNaN(start[d])) {
                outcome.put(Metric.EUROPE_BALANCE_FLANK_START.id(Flank.DAYS[d]), start[d]);
                outcome.put(Metric.EUROPE_BALANCE_FLANK_MIN.id(Flank.DAYS[d]), min[d]);
                outcome.put(Metric.EUROPE_BALANCE_FLANK_FINAL.id(Flank.DAYS[d]), last[d]);
            }
        }
        for (ForceType.Domain domain : DOMAINS) {
            int k = domain.ordinal();
            String id = domain.name().toLowerCase(java.util.Locale.ROOT);
            if (!Double.isNaN(domainStart[k])) {
                outcome.put(Metric.EUROPE_BALANCE_DOMAIN_START.id(id), domainStart[k]);
                outcome.put(Metric.EUROPE_BALANCE_DOMAIN_MIN.id(id), domainMin[k]);
            }
        }
        double years = world.config().horizon().steps() * world.config().horizon().yearFraction();
        double cost10 = 0;
        double cost25 = 0;
        double replaceYears = 0;
        for (ForceType type : ForceType.values()) {
            int t = type.ordinal();
            double added = 0;
            double rebuilt = 0;
            for (int a = 0; a < plan.actors; a++) {
                if (plan.europeanAlly[a]) {
                    added += forces.generated(a, t);
                } else if (plan.aligned[a]) {
                    rebuilt += forces.generated(a, t);
                }
            }
            outcome.put(Metric.FORCES_ADDED.id(type.id()), added);
            outcome.put(Metric.FORCES_ADDED_PER_YEAR.id(type.id()), added / years);
            outcome.put(Metric.RUSSIA_RECONSTITUTED.id(type.id()), rebuilt);
            if (plan.usa < 0) {
                continue;
            }
            double elements = forces.initialElements[plan.slot(EUROPE, plan.usa, t)] + flank.earmark[t];
            double raise = elements * forces.raiseCostUsdMillions[t] / 1000;
            double keep = elements * forces.keepCostUsdMillionsPerYear[t] / 1000;
            cost10 += raise + 10 * keep;
            cost25 += raise + 25 * keep;
            outcome.put(Metric.EUROPE_REPLACE_US_USD_25Y_BY_CAPABILITY.id(type.id()), raise + 25 * keep);
            String cap = ForceGeneration.MAX_PER_YEAR + type.id();
            double perYear = world.hasParameter(cap) ? world.parameter(cap) : Double.POSITIVE_INFINITY;
            if (elements > 0) {
                double y = forces.raiseYears[t] + (perYear > 0 ? elements / perYear : Double.POSITIVE_INFINITY);
                replaceYears = Math.max(replaceYears, y);
            }
        }
        Enablers enablers = forces.enablers();
        if (enablers != null && plan.usa >= 0) {
            for (int k = 0; k < Enablers.IDS.length; k++) {
                outcome.put(Metric.ENABLERS_COVERAGE_MIN.id(Enablers.IDS[k]), coverageMin[k]);
                double aircraft = enablers.usForEurope(k);
                double buy = aircraft * enablers.unitCost[k] / 1000;
                double keep = buy * enablers.keepShare;
                cost10 += buy + 10 * keep;
                cost25 += buy + 25 * keep;
                outcome.put(Metric.EUROPE_REPLACE_US_USD_25Y_BY_CAPABILITY.id(Enablers.IDS[k]), buy + 25 * keep);
                if (aircraft > 0) {
                    replaceYears = Math.max(replaceYears, enablers.maxPerYear[k] > 0
                            ? aircraft / enablers.maxPerYear[k] : Double.POSITIVE_INFINITY);
                }
            }
        }
        if (plan.usa >= 0) {
            outcome.put(Metric.EUROPE_REPLACE_US_USD_10Y.id(), cost10);
            outcome.put(Metric.EUROPE_REPLACE_US_USD_25Y.id(), cost25);
            if (Double.isFinite(replaceYears)) {
                outcome.put(Metric.EUROPE_REPLACE_US_YEARS.id(), replaceYears);
            }
        }
    }
}
