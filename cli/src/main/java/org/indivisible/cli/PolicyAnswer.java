package org.indivisible.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.analysis.policy.BaseRateGrid;
import org.indivisible.analysis.policy.DrawSensitivity;
import org.indivisible.analysis.policy.LeverValue;
import org.indivisible.analysis.policy.PolicyAssessment;
import org.indivisible.analysis.policy.SanctionsLoss;
import org.indivisible.analysis.policy.TreatmentCost;

/**
 * The brief's answer to "what should NATO do?" (docs/decisions.md section 11), printed from a
 * {@link PolicyAssessment}: what each treatment costs against both baselines, the levers ranked by
 * war risk removed per euro, P(war) on the grid of base hazards and which findings survive it, and
 * what the results rest on.
 */
final class PolicyAnswer {

    private static final double BN = 1e9;

    private PolicyAnswer() {
    }

    static String render(PolicyAssessment a, double discountPct, double deflatorPct) {
        StringBuilder b = new StringBuilder();
        b.append("\nWhat should NATO do? (baseline scenario, where the rule decides every war; docs/decisions.md 9-11)\n");
        costs(b, a, discountPct, deflatorPct);
        ranking(b, a);
        grid(b, a);
        restsOn(b, a);
        return b.toString();
    }

    private static void costs(StringBuilder b, PolicyAssessment a, double discountPct, double deflatorPct) {
        b.append(String.format(Locale.ROOT, "\nCost of each treatment, EUR bn in constant 2025 prices (current prices deflated at %.1f%% a year);\n"
                + "PV: present value at %.1f%% real, discounted to the first year. Against P0 (each member's 2024 share of GDP held\n"
                + "flat) and against the allies' Hague pledges (3.5%% of GDP core defence by 2035 on a straight line from each\n"
                + "member's 2025 share); paired 95%% intervals.\n", deflatorPct, discountPct));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"treatment", "per year", "total", "PV", "PV against P0", "PV against pledges"});
        for (TreatmentCost c : a.costs()) {
            rows.add(new String[] {c.treatment(), bn(c.meanPerYearEur()), bn(c.totalEur()), bn(c.presentValueEur()),
                eur(c.againstNoPolicy()), eur(c.againstPledges())});
        }
        b.append(SummaryTable.layout(rows, 1));
        b.append("  Against pledges: for P1 and packages with it, the paired difference with the pledges' spending; for P2,\n"
                + "  P3 and P4, which leave spending alone, the pledges are in both worlds, so their cost against P0.\n");
        b.append("  per year: mean over the years with any cost. P1 and the pledges: spending above each member's own path;\n"
                + "  P2: the co-production line's capital cost and every round it delivers at the shell's unit cost\n"
                + "  (munitions.unitCostUsd.shell155); P3 and P4: their running costs.\n");
        SanctionsLoss s = a.sanctionsLoss();
        if (s != null) {
            b.append(String.format(Locale.ROOT, "  P3 also costs the coalition (NATO and IP4) the GDP it gives up if it must impose the sanctions: EUR %s bn\n"
                    + "  [%s, %s] in a war's first year (taiwan-invasion, P3 against P0, paired), times China's war risk under P3,\n"
                    + "  %.1f%% +/- %.1f: expected EUR %s bn +/- %s (PV, priced in %.0f; first year only, a lower bound). The ranking adds it.\n",
                    num(s.lossPerWarEur() / BN), num(s.lossInterval()[0] / BN), num(s.lossInterval()[1] / BN),
                    100 * s.warProbability(), 100 * s.warProbabilityHalfWidth(), num(s.expectedPresentValueEur() / BN),
                    num(s.expectedHalfWidthEur() / BN), Math.floor(s.warYear())));
        }
    }

    private static void ranking(StringBuilder b, PolicyAssessment a) {
        b.append("\nLevers ranked by war risk removed per euro. Effect: change in the expected number of wars started within the\n"
                + "horizon (the three decided pairs' conditional risks summed, points, paired by replication) with its MDE; cost: PV\n"
                + "of the added cost (EUR bn, with P3's expected sanctions loss); points per EUR 100 bn only where the effect's\n"
                + "interval excludes 0 (its interval: the effect's over the mean cost).\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rank", "lever", "against", "effect, points [95%]", "MDE", "cost PV EUR bn", "points per EUR 100 bn [95%]"});
        int rank = 1;
        for (LeverValue v : a.levers()) {
            rows.add(new String[] {v.shown() ? String.valueOf(rank++) : "-", v.lever(), v.against(),
                v.effect() == null ? "-" : PolicyBrief.leverChange(v.effect()),
                v.effect() == null || v.effect().constant() ? "n/a" : PolicyBrief.points(v.effect().mde()),
                String.format(Locale.ROOT, "%s +/- %s", num(v.costEur() / BN), num(v.costHalfWidthEur() / BN)),
                v.shown() ? String.format(Locale.ROOT, "%s [%s, %s]", sig(v.perHundredBn()), sig(v.perLow()), sig(v.perHigh()))
                        : "- (" + v.why() + ")"});
        }
        b.append(SummaryTable.layout(rows, 1));
        b.append("  P4 against ALL-P4: P4 inside the package (its only paths run through P2's lines and P3's coalition).\n");
        if (!a.p1AgainstPledges().isEmpty()) {
            b.append("  P1 against the pledges, each war (conditional change [95%], MDE, hazard ratio): ");
            List<String> parts = new ArrayList<>();
            a.p1AgainstPledges().forEach((theater, e) -> parts.add(theater + " " + PolicyBrief.leverChange(e.conditional())
                    + (e.conditional().constant() ? "" : ", MDE " + PolicyBrief.points(e.conditional().mde()))
                    + ", HR " + PolicyBrief.hazardRatio(e.hazardRatio())));
            b.append(String.join("; ", parts)).append(".\n");
        }
    }

    private static void grid(StringBuilder b, PolicyAssessment a) {
        BaseRateGrid g = a.grid();
        if (g == null) {
            return;
        }
        b.append("\nP(war) with every base hazard at the low, central or high end of its range (decision.h0AnnualPct.*; the rest\n"
                + "drawn), beside the study's mixed result: conditional estimate, %. Then each lever's effect (points) at each end.\n");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("treatment", "war"));
        for (BaseRateGrid.Point p : g.points()) {
            header.add(p.level() + " (" + hazards(p) + ")");
        }
        rows.add(header.toArray(String[]::new));
        List<String> treatments = new ArrayList<>(g.points().get(0).values().keySet());
        List<String> survive = new ArrayList<>();
        List<String> fall = new ArrayList<>();
        for (String t : treatments) {
            for (String theater : LeverValue.THEATERS) {
                List<String> row = new ArrayList<>(List.of(t, theater));
                int sameSign = 0;
                int significant = 0;
                double centralSign = 0;
                for (BaseRateGrid.Point p : g.points()) {
                    if (t.equals(PolicyAssessment.NO_POLICY)) {
                        row.add(p.level(t, theater).filter(WarRisk.Level::hasConditional)
                                .map(l -> String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", 100 * l.conditional(),
                                        100 * l.conditionalInterval().low(), 100 * l.conditionalInterval().high())).orElse("-"));
                    } else {
                        var e = p.effect(PolicyAssessment.NO_POLICY, t, theater).filter(WarRisk.Effect::hasConditional);
                        row.add(e.map(x -> PolicyBrief.leverChange(x.conditional())).orElse("-"));
                        if (e.isPresent() && e.get().conditional().significant()) {
                            significant++;
                            double sign = Math.signum(e.get().conditional().difference());
                            if (p.level().equals("central")) {
                                centralSign = sign;
                            }
                            sameSign += sign < 0 ? 1 : 0;
                        }
                    }
                }
                rows.add(row.toArray(String[]::new));
                if (!t.equals(PolicyAssessment.NO_POLICY) && significant > 0) {
                    String finding = t + " lowers " + theater;
                    if (significant == g.points().size() && sameSign == g.points().size()) {
                        survive.add(finding);
                    } else if (centralSign < 0 || sameSign > 0) {
                        fall.add(finding + " (interval excludes 0 at " + sameSign + " of " + g.points().size() + " ends)");
                    }
                }
            }
        }
        b.append(SummaryTable.layout(rows, 1));
        b.append("  Survive every base rate (lower the risk with an interval excluding 0 at low, central and high): ")
                .append(survive.isEmpty() ? "none" : String.join(", ", survive)).append(".\n");
        if (!fall.isEmpty()) {
            b.append("  Hold only at some base rates: ").append(String.join(", ", fall)).append(".\n");
        }
        b.append("  At low base rates few wars start, so effects in points shrink with the level; hazard ratios do not.\n");
    }

    private static String hazards(BaseRateGrid.Point p) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : p.baseHazardPct().entrySet()) {
            if (WarRisk.PAIRS.containsValue(e.getKey())) {
                parts.add(String.format(Locale.ROOT, "%.2g%%", e.getValue()));
            }
        }
        return String.join("/", parts);
    }

    private static void restsOn(StringBuilder b, PolicyAssessment a) {
        var p = a.provenance();
        b.append(String.format(Locale.ROOT, "\nWhat this rests on: of the %d parameters behind war risk (%s), %.0f%% are\n"
                        + "assumptions and %.0f%% estimates or assumptions (%s).\n", p.total(),
                String.join(" ", p.prefixes().stream().map(x -> x + "*").toList()), 100 * p.assumptionShare(), 100 * p.softShare(),
                p.byStatus().toString().replaceAll("[{}]", "")));
        sensitivity(b, "war risk without policy (P0, summed over pairs)", a.levelSensitivity());
        sensitivity(b, "ALL's effect on it", a.effectSensitivity());
        if (!a.levelSensitivity().isEmpty()) {
            b.append(String.format(Locale.ROOT, "  By chance alone the largest |rho| of %d parameters over %d replications is about %.2f: only\n"
                    + "  correlations well above it say something.\n", a.screenedParameters(), a.screenedReplications(),
                    a.chanceRho()));
        }
    }

    private static void sensitivity(StringBuilder b, String what, List<DrawSensitivity> top) {
        if (top.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (DrawSensitivity s : top) {
            parts.add(String.format(Locale.ROOT, "%s (rho %+.2f)", s.id(), s.spearman()));
        }
        b.append("  Top three parameters for ").append(what).append(", by rank correlation of each replication's draw:\n    ")
                .append(String.join(", ", parts)).append(".\n");
    }

    private static String eur(Difference d) {
        if (d == null) {
            return "-";
        }
        if (d.constant()) {
            return d.difference() == 0 ? "0 (the same in every replication)" : num(d.difference() / BN) + " (every replication)";
        }
        return String.format(Locale.ROOT, "%s [%s, %s]", num(d.difference() / BN), num(d.low() / BN), num(d.high() / BN));
    }

    private static String bn(double eur) {
        return num(eur / BN);
    }

    /** Billions to a readable precision. */
    private static String num(double x) {
        double a = Math.abs(x);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 0.1 ? "%.2f" : "%.3f", x);
    }

    private static String sig(double x) {
        return String.format(Locale.ROOT, "%+.3g", x);
    }
}
