package org.indivisible.analysis.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.scenario.Treatment;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.decision.DecisionParameters;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The answer to "what should NATO do?" as data (docs/decisions.md section 11): each treatment's
 * cost against both baselines, P3's expected sanctions loss, the levers ranked by war risk removed
 * per euro, the base-rate grid, and what the results rest on. The brief prints it; {@code policy.json}
 * in the run folder carries it for the report. Immutable.
 *
 * @param costs per treatment, in study order
 * @param sanctionsLoss P3's expected coalition GDP loss, null without the cells it needs
 * @param levers ranked ({@link LeverValue#ranked})
 * @param grid the base-rate grid, null when not run
 * @param provenance the status of the parameters war risk rests on
 * @param levelSensitivity top parameters for the summed war risk without policy (baseline scenario)
 * @param effectSensitivity top parameters for ALL's effect on it
 * @param screenedParameters how many parameters the sensitivity screen ranked
 * @param screenedReplications over how many replications
 * @param p1AgainstPledges P1's effect on each decided war against the pledges (theater -> effect), baseline scenario
 */
public record PolicyAssessment(List<TreatmentCost> costs, SanctionsLoss sanctionsLoss, List<LeverValue> levers,
                               BaseRateGrid grid, Provenance provenance, List<DrawSensitivity> levelSensitivity,
                               List<DrawSensitivity> effectSensitivity, int screenedParameters, int screenedReplications,
                               Map<String, WarRisk.Effect> p1AgainstPledges) {

    /**
     * About the largest |Spearman rho| that the screened parameters would reach by chance alone:
     * each is roughly N(0, 1/n) under independence, and the largest of m such |z| is near
     * sqrt(2 ln 2m) (the extreme of m Gaussians).
     */
    public double chanceRho() {
        return screenedReplications < 3 ? Double.NaN
                : Math.sqrt(2 * Math.log(2.0 * Math.max(1, screenedParameters)) / (screenedReplications - 1));
    }

    public static final String BASELINE = "baseline";
    public static final String NO_POLICY = "P0";
    public static final String PLEDGES = "baseline-pledges";
    public static final String FORCED_TAIWAN = "taiwan-invasion";
    /** The treatment that is ALL without P4: P4 is measured inside the package against it. */
    public static final String ALL_BUT_P4 = "ALL-P4";

    /** A cell's per-replication values (metric -> replication -> value). */
    public interface CellValues {
        SortedMap<String, SortedMap<Integer, Double>> values(String scenario, String treatment) throws IOException;
    }

    /** Central values of the pricing parameters and the horizon's first year. */
    public record Pricing(int startYear, double usdPerEur, double deflatorPct, double discountPct) {

        /** From a compiled cell's horizon and the central values of its pricing parameters. */
        public static Pricing of(Configuration reference) {
            return new Pricing(reference.horizon().start().getYear(),
                    central(reference, DecisionParameters.USD_PER_EUR),
                    central(reference, DecisionParameters.DEFLATOR),
                    central(reference, DecisionParameters.DISCOUNT_RATE));
        }
    }

    /** A parameter's central value in a compiled cell. */
    public static double central(Configuration config, String id) {
        return config.parameter(id).map(p -> p.value()).orElseThrow(
                () -> new IllegalStateException("parameter " + id + " missing from the snapshot"));
    }

    /** The baseline (or first) scenario under P0 (or the first treatment), compiled: the parameters' reference. */
    public static Configuration reference(Study study,
                                                                      Snapshot snapshot) {
        String s = study.scenarioIds().contains(BASELINE) ? BASELINE : study.scenarioIds().get(0);
        String t = study.treatments().stream().anyMatch(x -> x.id().equals(NO_POLICY)) ? NO_POLICY
                : study.treatments().get(0).id();
        return ScenarioCompiler.compile(study.cell(s, t), snapshot);
    }

    /**
     * The assessment of a finished study without the base-rate grid (the dashboard's runs; the
     * command line adds the grid): costs, levers and what they rest on, from the run's values.
     */
    public static PolicyAssessment withoutGrid(Study study,
                                               Snapshot snapshot, CellValues cells,
                                               long seed) throws IOException {
        Configuration reference = reference(study, snapshot);
        return of(study.scenarioIds(), study.treatments().stream().map(Treatment::id).toList(),
                cells, Pricing.of(reference), reference.parameters(), seed, null);
    }

    public static PolicyAssessment of(List<String> scenarios, List<String> treatments, CellValues cells, Pricing pricing,
                                      List<UncertainParameter> parameters, long seed, BaseRateGrid grid) throws IOException {
        String scenario = scenarios.contains(BASELINE) ? BASELINE : scenarios.get(0);
        boolean hasP0 = treatments.contains(NO_POLICY);
        boolean hasPledges = treatments.contains(PLEDGES);
        var p0 = hasP0 ? cells.values(scenario, NO_POLICY) : null;
        var pledges = hasPledges ? cells.values(scenario, PLEDGES) : null;
        List<TreatmentCost> costs = new ArrayList<>();
        for (String t : treatments) {
            var v = cells.values(scenario, t);
            TreatmentCost.of(t, v, p0, pledges, !t.equals(NO_POLICY) && raisesSpending(v, p0)).ifPresent(costs::add);
        }
        SanctionsLoss loss = null;
        if (hasP0 && treatments.contains("P3") && scenarios.contains(FORCED_TAIWAN)) {
            loss = SanctionsLoss.of(cells.values(FORCED_TAIWAN, NO_POLICY), cells.values(FORCED_TAIWAN, "P3"),
                    cells.values(scenario, "P3"), pricing.startYear(), pricing.usdPerEur(), pricing.deflatorPct(),
                    pricing.discountPct()).orElse(null);
        }
        List<LeverValue> levers = new ArrayList<>();
        if (hasP0) {
            for (String t : treatments) {
                if (t.equals(NO_POLICY) || t.equals(ALL_BUT_P4)) {
                    continue;
                }
                boolean sanctions = t.equals("P3") || t.equals("ALL");
                levers.add(LeverValue.of(t.equals(PLEDGES) ? "pledges" : t, t, NO_POLICY, p0, cells.values(scenario, t),
                        sanctions && loss != null ? loss.expectedPresentValueEur() : 0,
                        sanctions && loss != null ? loss.expectedHalfWidthEur() : 0));
            }
            if (hasPledges && treatments.contains("P1")) {
                levers.add(LeverValue.of("P1", "P1", PLEDGES, pledges, cells.values(scenario, "P1"), 0, 0));
            }
            if (treatments.contains("ALL") && treatments.contains(ALL_BUT_P4)) {
                levers.add(LeverValue.of("P4", "ALL", ALL_BUT_P4, cells.values(scenario, ALL_BUT_P4),
                        cells.values(scenario, "ALL"), 0, 0));
            }
        }
        List<DrawSensitivity> level = List.of();
        List<DrawSensitivity> effect = List.of();
        List<String> metrics = LeverValue.THEATERS.stream().map(WarRisk::conditionalMetric).toList();
        if (hasP0) {
            SortedMap<Integer, Double> risk = Values.sum(p0, metrics);
            level = DrawSensitivity.top(parameters, risk, seed, 3);
            if (treatments.contains("ALL")) {
                SortedMap<Integer, Double> all = Values.sum(cells.values(scenario, "ALL"), metrics);
                SortedMap<Integer, Double> diff = new java.util.TreeMap<>();
                risk.forEach((k, v) -> {
                    if (all.containsKey(k)) {
                        diff.put(k, all.get(k) - v);
                    }
                });
                effect = DrawSensitivity.top(parameters, diff, seed, 3);
            }
        }
        Map<String, WarRisk.Effect> p1AgainstPledges = new java.util.LinkedHashMap<>();
        if (hasPledges && treatments.contains("P1")) {
            var p1 = cells.values(scenario, "P1");
            for (String theater : LeverValue.THEATERS) {
                WarRisk.effect(pledges, p1, theater).filter(WarRisk.Effect::hasConditional)
                        .ifPresent(e -> p1AgainstPledges.put(theater, e));
            }
        }
        int screened = (int) parameters.stream().filter(p -> p.distribution().high() > p.distribution().low()).count();
        int n = p0 == null ? 0 : Values.sum(p0, metrics).size();
        return new PolicyAssessment(List.copyOf(costs), loss, LeverValue.ranked(levers), grid,
                Provenance.of(parameters, Provenance.WAR_RISK), level, effect, screened, n,
                java.util.Collections.unmodifiableMap(p1AgainstPledges));
    }

    /** Allies' spending, the metric that tells a treatment that raises it. */
    static final String ALLIED_SPENDING = Metric.DEFENCE_SPENDING_USD_CUM.id("NATO_EUROPE");

    /** Whether a treatment's allied spending differs from no policy's in any replication. */
    static boolean raisesSpending(SortedMap<String, SortedMap<Integer, Double>> values,
                                  SortedMap<String, SortedMap<Integer, Double>> p0) {
        if (p0 == null) {
            return true;
        }
        double[][] p = Values.paired(p0.get(ALLIED_SPENDING), values.get(ALLIED_SPENDING));
        if (p == null) {
            return true;
        }
        for (int k = 0; k < p[0].length; k++) {
            if (p[1][k] != p[0][k]) {
                return true;
            }
        }
        return false;
    }

    public Optional<TreatmentCost> cost(String treatment) {
        return costs.stream().filter(c -> c.treatment().equals(treatment)).findFirst();
    }

    /** Writes the assessment as {@code policy.json} into a run folder. */
    public void write(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("format", "indivisible-policy/1");
        root.put("units", "constant 2025 euros; present values discounted to the horizon's first year; war risk in "
                + "fractions (x100 = points)");
        ArrayNode c = root.putArray("costs");
        for (TreatmentCost t : costs) {
            ObjectNode o = c.addObject();
            o.put("treatment", t.treatment());
            ObjectNode years = o.putObject("perYearEur");
            t.perYearEur().forEach((y, v) -> years.put(String.valueOf(y), v));
            o.put("meanPerYearEur", t.meanPerYearEur());
            o.put("totalEur", t.totalEur());
            o.put("presentValueEur", t.presentValueEur());
            difference(o, "presentValueAgainstP0", t.againstNoPolicy());
            difference(o, "presentValueAgainstPledges", t.againstPledges());
        }
        if (sanctionsLoss != null) {
            ObjectNode s = root.putObject("p3SanctionsLoss");
            s.put("lossPerWarEur", sanctionsLoss.lossPerWarEur());
            s.put("lossLowEur", sanctionsLoss.lossInterval()[0]);
            s.put("lossHighEur", sanctionsLoss.lossInterval()[1]);
            s.put("warProbability", sanctionsLoss.warProbability());
            s.put("warProbabilityHalfWidth", sanctionsLoss.warProbabilityHalfWidth());
            s.put("expectedPresentValueEur", sanctionsLoss.expectedPresentValueEur());
            s.put("expectedHalfWidthEur", sanctionsLoss.expectedHalfWidthEur());
            s.put("warYear", sanctionsLoss.warYear());
        }
        ObjectNode p1 = root.putObject("p1AgainstPledges");
        p1AgainstPledges.forEach((theater, e) -> difference(p1, theater, e.conditional()));
        ArrayNode l = root.putArray("levers");
        int rank = 1;
        for (LeverValue v : levers) {
            ObjectNode o = l.addObject();
            o.put("rank", v.shown() ? rank++ : 0);
            o.put("lever", v.lever());
            o.put("treatment", v.treatment());
            o.put("against", v.against());
            difference(o, "effectOnWarsStarted", v.effect());
            o.put("costPresentValueEur", v.costEur());
            o.put("costHalfWidthEur", v.costHalfWidthEur());
            if (v.shown()) {
                o.put("pointsPerEur100bn", v.perHundredBn());
                o.put("pointsPerEur100bnLow", v.perLow());
                o.put("pointsPerEur100bnHigh", v.perHigh());
            } else {
                o.put("notShownBecause", v.why());
            }
        }
        if (grid != null) {
            ArrayNode g = root.putArray("baseRateGrid");
            for (BaseRateGrid.Point p : grid.points()) {
                ObjectNode o = g.addObject();
                o.put("level", p.level());
                ObjectNode h = o.putObject("baseHazardPct");
                p.baseHazardPct().forEach(h::put);
                ObjectNode risk = o.putObject("warRisk");
                for (String t : p.values().keySet()) {
                    ObjectNode tr = risk.putObject(t);
                    for (String theater : LeverValue.THEATERS) {
                        p.level(t, theater).filter(WarRisk.Level::hasConditional).ifPresent(lv -> {
                            ObjectNode x = tr.putObject(theater);
                            x.put("mean", lv.conditional());
                            x.put("low", lv.conditionalInterval().low());
                            x.put("high", lv.conditionalInterval().high());
                            if (!t.equals(NO_POLICY)) {
                                p.effect(NO_POLICY, t, theater).filter(WarRisk.Effect::hasConditional)
                                        .ifPresent(e -> difference(x, "effectAgainstP0", e.conditional()));
                            }
                        });
                    }
                }
            }
        }
        ObjectNode prov = root.putObject("provenance");
        prov.putPOJO("prefixes", provenance.prefixes());
        ObjectNode counts = prov.putObject("parametersByStatus");
        provenance.byStatus().forEach(counts::put);
        prov.put("assumptionShare", provenance.assumptionShare());
        prov.put("estimateOrAssumptionShare", provenance.softShare());
        sensitivity(root.putArray("sensitivityWarRiskP0"), levelSensitivity);
        sensitivity(root.putArray("sensitivityEffectOfAll"), effectSensitivity);
        root.put("sensitivityChanceRho", chanceRho());
        Files.writeString(org.indivisible.analysis.run.RunFolder.of(folder).policy(), json.writeValueAsString(root));
    }

    private static void sensitivity(ArrayNode out, List<DrawSensitivity> list) {
        for (DrawSensitivity s : list) {
            ObjectNode o = out.addObject();
            o.put("parameter", s.id());
            o.put("spearman", s.spearman());
        }
    }

    private static void difference(ObjectNode parent, String name, Difference d) {
        if (d == null) {
            return;
        }
        ObjectNode o = parent.putObject(name);
        o.put("mean", d.difference());
        o.put("low", d.low());
        o.put("high", d.high());
        o.put("mde", d.mde());
        o.put("n", d.n());
        o.put("noneDiffers", d.constant() && d.difference() == 0);
    }

    /** The grid's treatments' configurations come from the caller; this names which to run. */
    public static List<String> gridTreatments(List<String> treatments) {
        return treatments.stream().filter(t -> List.of(NO_POLICY, "P1", "P2", "P3", "ALL").contains(t)).toList();
    }

}
