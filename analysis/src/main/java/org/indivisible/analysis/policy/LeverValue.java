package org.indivisible.analysis.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.WarRisk;

/**
 * One lever's value for money (docs/decisions.md section 11): its effect on war risk, the sum over
 * the decided pairs of the change in the conditional chance of a war within the horizon (the
 * change in the expected number of wars started), paired by replication in the scenario where
 * every pair is decided; its cost, the present value's paired difference in constant euros plus,
 * for a sanctions announcement, the expected coalition GDP loss; and the effect per EUR 100 bn,
 * shown only where the effect's interval excludes 0 and the cost is positive (else {@code why}
 * says which). The interval of the ratio is the effect's interval over the mean cost: the cost's
 * own spread is given beside it, not folded in.
 *
 * @param lever the lever's id (P1..P4, ALL)
 * @param treatment the treatment measured
 * @param against the treatment it is measured against
 * @param effect paired difference of the summed conditional war risks (fractions; points x 100)
 * @param costEur present value of the added cost, mean, euros (sanctions loss included)
 * @param costHalfWidthEur 95% half-width of the cost (paired-t, and delta method for the sanctions loss)
 * @param perHundredBn change in points of war risk per EUR 100 bn; NaN when not shown
 * @param perLow lower end of its interval
 * @param perHigh upper end
 * @param why empty when shown; else why not
 */
public record LeverValue(String lever, String treatment, String against, Difference effect, double costEur,
                         double costHalfWidthEur, double perHundredBn, double perLow, double perHigh, String why) {

    /** The theaters whose decided pairs the effect sums, in order. */
    public static final List<String> THEATERS = List.copyOf(WarRisk.PAIRS.keySet());

    public boolean shown() {
        return why.isEmpty();
    }

    /**
     * @param addedCostEur further expected cost (P3's sanctions loss), euros; 0 for none
     * @param addedHalfWidthEur its half-width
     */
    public static LeverValue of(String lever, String treatment, String against,
                                SortedMap<String, SortedMap<Integer, Double>> base,
                                SortedMap<String, SortedMap<Integer, Double>> treated,
                                double addedCostEur, double addedHalfWidthEur) {
        List<String> metrics = THEATERS.stream().map(WarRisk::conditionalMetric).toList();
        double[][] p = Values.paired(Values.sum(base, metrics), Values.sum(treated, metrics));
        Difference effect = p == null || p[0].length < 2 ? null : Difference.pairedT("war risk, summed", p[0], p[1]);
        double[][] c = Values.paired(base.get(TreatmentCost.PRESENT_VALUE), treated.get(TreatmentCost.PRESENT_VALUE));
        Difference cost = c == null || c[0].length < 2 ? null : Difference.pairedT(TreatmentCost.PRESENT_VALUE, c[0], c[1]);
        double costEur = (cost == null ? 0 : cost.difference()) + addedCostEur;
        double costHalf = Math.hypot(cost == null || cost.constant() ? 0 : (cost.high() - cost.low()) / 2, addedHalfWidthEur);
        String why;
        if (effect == null) {
            why = "no decided war in this scenario";
        } else if (effect.constant() && effect.difference() == 0) {
            why = "no modelled effect on war risk";
        } else if (!effect.significant()) {
            why = "the effect's 95% interval spans 0";
        } else if (!(costEur > 0)) {
            why = "no added cost";
        } else {
            why = "";
        }
        double scale = why.isEmpty() ? 100 / (costEur / 1e11) : Double.NaN;
        return new LeverValue(lever, treatment, against, effect, costEur, costHalf, why.isEmpty() ? effect.difference() * scale : Double.NaN,
                why.isEmpty() ? effect.low() * scale : Double.NaN, why.isEmpty() ? effect.high() * scale : Double.NaN, why);
    }

    /** Shown levers first, most war risk removed per euro first; then the others in their given order. */
    public static List<LeverValue> ranked(List<LeverValue> levers) {
        List<LeverValue> shown = new ArrayList<>(levers.stream().filter(LeverValue::shown).toList());
        shown.sort(Comparator.comparingDouble(LeverValue::perHundredBn));
        List<LeverValue> out = new ArrayList<>(shown);
        levers.stream().filter(l -> !l.shown()).forEach(out::add);
        return out;
    }
}
