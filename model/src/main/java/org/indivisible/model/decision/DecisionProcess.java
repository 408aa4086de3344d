package org.indivisible.model.decision;

import org.indivisible.model.posture.Forces;
import org.indivisible.model.influence.NarrativeState;
import org.indivisible.model.industry.MunitionStocks;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import org.indivisible.model.config.DecisionMode;
import org.indivisible.model.config.DecisionPair;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.industry.MunitionStocks;
import org.indivisible.model.policy.SanctionsAnnouncement;
import org.indivisible.model.theater.TheaterState;

/**
 * docs/model.md, process overview, step 2: each week, every decided pair whose theater is not at war asks the
 * scenario's {@link DecisionRule} for its hazard h and starts a war with probability
 * 1 - exp(-h w) (w weeks per step). The war lasts {@code decision.warWeeks.<pair>} and ends in
 * a ceasefire, after which the pair may decide again.
 *
 * <p>Common random numbers: every pair the scenario names draws exactly one uniform per step
 * from its own stream ({@link DecisionPair#streamName()}), whether it is asked or not, so two
 * treatments of a scenario see the same draws in replication k and a lower hazard can only
 * delay or remove a war, never move it earlier. Pairs are {@link DecisionMode#DECIDE} unless the
 * scenario forces (schedules) or forbids them. The no-conflict counterfactual is unchanged: the
 * economy compares each replication with itself without shocks.
 */
public final class DecisionProcess implements Process {

    @Override
    public Ports ports() {
        return Ports.provides(DecisionRecord.class).andProvides(Features.class)
                .andRequires(Forces.class, Port.Timing.LAST_STEP,
                        "the balance of forces and US forces in each theater, features of the hazard")
                .andOptional(NarrativeState.class, Port.Timing.LAST_STEP,
                        "the coalition's willingness to sanction, which scales P3's expected cost; 1 without it")
                .andOptional(MunitionStocks.class, Port.Timing.LAST_STEP,
                        "North Korea's missiles in stock (its missile strike feature) and the defenders' munitions "
                                + "endurance (P2's peacetime path); both features are 0 without it");
    }

    private final List<DecisionPair> pairs;
    private final int[] theater;
    private final boolean[] decided;
    private final DecisionRule rule;
    private final Configuration config;
    private Features features;
    private DecisionRecord record;
    private RandomGenerator[] streams;
    private int[] endStep;
    private int[] warSteps;
    /** h0 per pair for {@code hazard_multiplier_max} (this replication's draw; h itself where the rule is not the hazard rule). */
    private double[] baseHazardPerWeek;
    /** Per pair, the weekly chance that a war under way at the start ends in a ceasefire (0 for none). */
    private double[] ceasefirePerStep;
    private RandomGenerator[] ceasefireStreams;
    private double weeksPerStep;
    private final double[] x = new double[Feature.values().length];
    private boolean started;

    public DecisionProcess(Configuration config) {
        this.config = config;
        List<DecisionPair> list = new ArrayList<>();
        List<Boolean> decide = new ArrayList<>();
        boolean off = config.decisions().off();
        for (DecisionPair p : DecisionPair.STANDARD) {
            if (!off && hasTheater(config, p.theater()) && hasActor(config, p.aggressor())) {
                list.add(p);
                decide.add(config.decisions().mode(p, config.events()) == DecisionMode.DECIDE);
            }
        }
        pairs = List.copyOf(list);
        theater = pairs.stream().mapToInt(p -> config.theaterIndex(p.theater())).toArray();
        decided = new boolean[pairs.size()];
        for (int i = 0; i < decided.length; i++) {
            decided[i] = decide.get(i);
        }
        rule = off ? null : DecisionRule.byId(config.decisions().rule());
    }

    private static boolean hasTheater(Configuration c, String id) {
        return c.theaters().stream().anyMatch(t -> t.id().equals(id));
    }

    private static boolean hasActor(Configuration c, String iso3) {
        return c.actors().stream().anyMatch(a -> a.iso3().equals(iso3));
    }

    /** The pairs the scenario names (decided, forced or forbidden), in {@link DecisionPair#STANDARD} order. */
    public List<DecisionPair> pairs() {
        return pairs;
    }

    /** Whether pair {@code i} is decided by the rule (not forced or forbidden). */
    public boolean decided(int i) {
        return decided[i];
    }

    /** P3's running cost (euros a year from its announcement, at policy.usdPerEur) is a policy cost. */
    private void chargeAnnouncement(World world) {
        SanctionsAnnouncement p3 = config.policy(SanctionsAnnouncement.class).orElse(null);
        if (p3 == null || world.date().isBefore(p3.announced()) || p3.costEurMillionsPerYear() == 0) {
            return;
        }
        double years = config.horizon().stepDays() / 365.25;
        world.addPolicyCost(p3.costEurMillionsPerYear() / 1000 * world.parameter(DecisionParameters.USD_PER_EUR) * years);
    }

    @Override
    public String name() {
        return "decision";
    }

    @Override
    public void start(World world) {
        List<DecisionPair> asked = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (decided[i]) {
                asked.add(pairs.get(i));
            }
        }
        record = new DecisionRecord(asked);
        world.attach(DecisionRecord.class, record);
        features = new Features(config, pairs);
        world.attach(Features.class, features);
        streams = new RandomGenerator[pairs.size()];
        endStep = new int[pairs.size()];
        warSteps = new int[pairs.size()];
        baseHazardPerWeek = new double[pairs.size()];
        ceasefirePerStep = new double[pairs.size()];
        ceasefireStreams = new RandomGenerator[pairs.size()];
        boolean hazardRule = rule != null && HazardDecisionRule.ID.equals(rule.id());
        weeksPerStep = config.horizon().stepDays() / 7.0;
        for (int i = 0; i < pairs.size(); i++) {
            streams[i] = world.random(pairs.get(i).streamName());
            endStep[i] = -1;
            String ceasefire = DecisionParameters.CEASEFIRE + pairs.get(i).id();
            if (world.hasParameter(ceasefire)) {
                double annual = world.parameter(ceasefire) / 100;
                if (!(annual >= 0 && annual < 1)) {
                    throw new IllegalStateException("parameter " + ceasefire + " must lie in [0, 100), drew " + annual * 100);
                }
                // Constant hazard: the weekly chance that compounds to the annual one.
                ceasefirePerStep[i] = -Math.expm1(Math.log1p(-annual) * config.horizon().yearFraction());
                ceasefireStreams[i] = world.random("ceasefire." + pairs.get(i).id());
            }
            if (decided[i]) {
                double weeks = world.parameter(DecisionParameters.WAR_WEEKS + pairs.get(i).id());
                warSteps[i] = (int) Math.max(1, Math.round(weeks / weeksPerStep));
                baseHazardPerWeek[i] = hazardRule ? HazardDecisionRule.hazardPerWeek(
                        world.parameter(DecisionParameters.BASE_HAZARD + pairs.get(i).id()), new double[x.length], x) : Double.NaN;
            }
        }
        started = false;
    }

    @Override
    public void step(World world) {
        if (!started) {
            features.start(world);
            started = true;
        }
        int step = world.step();
        chargeAnnouncement(world);
        int r = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double u = streams[i].nextDouble(); // one draw per pair and step, always
            if (!decided[i]) {
                continue;
            }
            int k = r++;
            if (endStep[i] == step && world.theaterState(theater[i]) == TheaterState.WAR) {
                world.setTheaterState(theater[i], TheaterState.CEASEFIRE);
            }
            if (ceasefireStreams[i] != null) {
                double c = ceasefireStreams[i].nextDouble(); // one draw per step, always
                // A war under way when the run starts (not one the rule started) ends by its own hazard.
                if (endStep[i] < 0 && world.theaterState(theater[i]) == TheaterState.WAR && c < ceasefirePerStep[i]) {
                    world.setTheaterState(theater[i], TheaterState.CEASEFIRE);
                }
            }
            if (world.theaterState(theater[i]) == TheaterState.WAR) {
                continue;
            }
            features.compute(world, i, x);
            double h = rule.hazardPerWeek(pairs.get(i), x, world);
            if (!(h >= 0) || !Double.isFinite(h)) {
                throw new IllegalStateException("decision rule " + rule.id() + " gave pair " + pairs.get(i).id()
                        + " the hazard " + h + " (must be finite and >= 0)");
            }
            double p = -Math.expm1(-h * weeksPerStep);
            record.survival[k] *= 1 - p;
            if (record.startedStep[k] < 0) {
                record.toFirstStart[k] += p;
            }
            record.lastHazardPerWeek[k] = h;
            double h0 = Double.isNaN(baseHazardPerWeek[i]) ? h : baseHazardPerWeek[i];
            if (h0 > 0) {
                record.maxMultiplier[k] = Math.max(record.maxMultiplier[k], h / h0);
            }
            if (u < p) {
                world.setTheaterState(theater[i], TheaterState.WAR);
                endStep[i] = step + warSteps[i];
                if (record.startedStep[k] < 0) {
                    record.startedStep[k] = step;
                }
            }
        }
    }
}
