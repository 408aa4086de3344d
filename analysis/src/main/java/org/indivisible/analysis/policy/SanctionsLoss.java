package org.indivisible.analysis.policy;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.model.metric.Metric;

/**
 * P3's other cost: the GDP the coalition gives up when it imposes the sanctions it announced,
 * times the chance it has to (docs/decisions.md section 9). Both from the run: the loss is the
 * paired difference of the coalition's (NATO and IP4; the EU's non-NATO members are not separate
 * actors) first-year GDP change between P3 and no policy in a scenario whose Chinese war is forced;
 * the chance is China's conditional war risk under P3 in the baseline. The loss is priced in the
 * year the forced war starts on average, deflated to constant 2025 prices and discounted to the
 * horizon's first year at the central deflator and discount rate. Only the first year after the
 * war starts is counted (the run measures GDP in US$ for that year): a lower bound.
 *
 * @param lossPerWarEur coalition GDP lost to the sanctions in a war's first year, constant euros (positive = loss)
 * @param lossInterval its paired 95% interval, constant euros
 * @param warProbability China's conditional war risk under the announcement, baseline scenario
 * @param warProbabilityHalfWidth its 95% half-width
 * @param expectedPresentValueEur P(war) times the loss, discounted, euros
 * @param expectedHalfWidthEur delta-method 95% half-width of the expected loss
 * @param warYear the year the loss is priced in
 */
public record SanctionsLoss(double lossPerWarEur, double[] lossInterval, double warProbability, double warProbabilityHalfWidth,
                            double expectedPresentValueEur, double expectedHalfWidthEur, double warYear) {

    /** The coalition's groups whose GDP the loss sums (disjoint). */
    public static final List<String> COALITION = List.of("NATO", "IP4");

    /**
     * @param forcedNoPolicy values of the forced-war scenario without policy
     * @param forcedP3 the same scenario under P3
     * @param baselineP3 the baseline scenario under P3 (China's war decided by the rule)
     * @param startYear the horizon's first year
     * @param usdPerEur, deflatorPct, discountPct central values of the pricing parameters
     */
    public static Optional<SanctionsLoss> of(SortedMap<String, SortedMap<Integer, Double>> forcedNoPolicy,
                                             SortedMap<String, SortedMap<Integer, Double>> forcedP3,
                                             SortedMap<String, SortedMap<Integer, Double>> baselineP3,
                                             int startYear, double usdPerEur, double deflatorPct, double discountPct) {
        List<String> metrics = COALITION.stream().map(Metric.GDP_CHANGE_USD_Y1::id).toList();
        double[][] p = Values.paired(Values.sum(forcedNoPolicy, metrics), Values.sum(forcedP3, metrics));
        Optional<WarRisk.Level> level = WarRisk.level(baselineP3, "taiwan");
        if (p == null || p[0].length < 2 || level.isEmpty() || !level.get().hasConditional()) {
            return Optional.empty();
        }
        Difference d = Difference.pairedT("coalition GDP y1", p[0], p[1]);
        double week = Values.mean(forcedP3, Metric.CONFLICT_START_WEEK.id("taiwan"));
        double warYear = startYear + (Double.isNaN(week) ? 0 : week / (365.25 / 7));
        double price = 1 / usdPerEur / Math.pow(1 + deflatorPct / 100, warYear - 2025);
        double discount = 1 / Math.pow(1 + discountPct / 100, warYear - startYear);
        // A loss is a negative change: the cost is its opposite.
        double loss = -d.difference() * price;
        double[] interval = {-d.high() * price, -d.low() * price};
        double pw = level.get().conditional();
        double pwHalf = level.get().conditionalInterval().halfWidth();
        double lossHalf = (interval[1] - interval[0]) / 2;
        double expected = pw * loss * discount;
        double half = discount * Math.sqrt(loss * loss * pwHalf * pwHalf + pw * pw * lossHalf * lossHalf);
        return Optional.of(new SanctionsLoss(loss, interval, pw, pwHalf, expected, half, warYear));
    }
}
