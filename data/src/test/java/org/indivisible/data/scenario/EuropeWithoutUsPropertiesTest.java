package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.decision.DecisionRecord;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.engine.World;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.posture.Flank;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.posture.Location;
import org.indivisible.model.theater.TheaterState;

/**
 * Issue 15's directional properties on the shipped scenarios and the real snapshot, with common
 * random numbers: jqwik picks the replication (every parameter's draw) and the size of the
 * change; the two runs of a pair differ only in what the property names.
 */
class EuropeWithoutUsPropertiesTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final RunSettings SETTINGS = new RunSettings(20261128L, true, false);
    private static final int RUSSIA_NATO = 2; // index of RUS.nato_europe in DecisionPair.STANDARD

    private static Configuration shipped(String scenario) {
        Scenario s = ScenarioFiles.loadScenario(Path.of("..", "scenarios", scenario + ".yaml").toAbsolutePath().normalize(),
                SNAPSHOT).orElseThrow();
        return ScenarioCompiler.compile(s, "P0", SNAPSHOT);
    }

    /**
     * A Pacific war that claims US forces and reinforcements never raises Europe's flank balance:
     * at every step and every warning time, taiwan-invasion's flank ratio is at most the baseline's
     * (decisions off, so that no other war differs between the runs).
     */
    @Property(tries = 8)
    void aPacificWarNeverRaisesTheFlankBalance(@ForAll @IntRange(min = 0, max = 10_000) int replication) {
        Configuration without = shipped("baseline").withDecisions(DecisionSettings.OFF);
        Configuration with = shipped("taiwan-invasion").withDecisions(DecisionSettings.OFF);
        List<double[]> a = trace(without, replication, FLANK);
        List<double[]> b = trace(with, replication, FLANK);
        boolean lower = false;
        for (int s = 0; s < a.size(); s++) {
            for (int d = 0; d < Flank.DAYS.length; d++) {
                assertTrue(b.get(s)[d] <= a.get(s)[d] * (1 + 1e-12), "step " + s + ", day " + Flank.DAYS[d] + ": "
                        + b.get(s)[d] + " with the Pacific war, " + a.get(s)[d] + " without");
                lower |= b.get(s)[d] < a.get(s)[d] * (1 - 1e-9);
            }
        }
        assertTrue(lower, "the Pacific war lowers the flank balance at some step (the property is not vacuous)");
    }

    /**
     * More European forces never raise Russia's hazard: with k more Polish armoured brigades (the
     * whole range shifted, so the draw moves by k), Russia's weekly hazard against NATO's flank is
     * never higher, week by week, until a war on the flank starts in either run.
     */
    @Property(tries = 8)
    void moreEuropeanForcesNeverRaiseRussiasHazard(@ForAll @IntRange(min = 0, max = 10_000) int replication,
                                                   @ForAll @DoubleRange(min = 0.5, max = 6) double brigades) {
        Configuration base = shipped("baseline");
        List<UncertainParameter> more = new ArrayList<>();
        for (UncertainParameter p : base.parameters()) {
            if (p.id().equals("forces.oob.europe.POL.armoured_brigade")) {
                Distribution.Triangular d = (Distribution.Triangular) p.distribution();
                p = new UncertainParameter(p.id(), p.value() + brigades, new Distribution.Triangular(d.low() + brigades,
                        d.mode() + brigades, d.high() + brigades), p.unit(), p.sourceId(), p.status(), p.note());
            }
            more.add(p);
        }
        List<double[]> a = trace(base, replication, HAZARD);
        List<double[]> b = trace(base.withParameters(more), replication, HAZARD);
        boolean lower = false;
        for (int s = 0; s < a.size() && a.get(s)[1] == 0 && b.get(s)[1] == 0; s++) {
            assertTrue(b.get(s)[0] <= a.get(s)[0] * (1 + 1e-12), "week " + s + ": Russia's hazard " + b.get(s)[0]
                    + " with more Polish brigades, " + a.get(s)[0] + " without");
            lower |= b.get(s)[0] < a.get(s)[0];
        }
        assertTrue(lower, "more brigades lower the hazard in some week (the property is not vacuous)");
    }

    /**
     * A ceasefire in Ukraine never lowers Russia's strength facing NATO five years later: the
     * baseline with a ceasefire scheduled in 2026 against the baseline without one (decisions off,
     * so the war in Ukraine goes on in the run without the ceasefire).
     */
    @Property(tries = 8)
    void aUkraineCeasefireNeverLowersRussiasStrengthAfterFiveYears(@ForAll @IntRange(min = 0, max = 10_000) int replication) {
        Configuration without = shipped("baseline").withDecisions(DecisionSettings.OFF);
        List<ScheduledEvent> events = new ArrayList<>(without.events());
        events.add(new ScheduledEvent("ukraine-ceasefire", "ukraine", TheaterState.CEASEFIRE, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), 1.0, null, TheaterState.CEASEFIRE));
        Configuration with = new Configuration(without.scenarioId(), "P0", without.horizon(), without.actors(),
                without.groups(), without.treaties(), without.theaters(), events, without.parameters(), without.gdp(),
                without.spending(), without.policies(), DecisionSettings.OFF);
        List<double[]> a = trace(without, replication, RUSSIA);
        List<double[]> b = trace(with, replication, RUSSIA);
        int fiveYears = (int) Math.ceil(5 * without.horizon().stepsPerYear());
        for (int s = fiveYears; s < a.size(); s++) {
            assertTrue(b.get(s)[0] >= a.get(s)[0] * (1 - 1e-12), "step " + s + ": Russia's power in Europe "
                    + b.get(s)[0] + " after a ceasefire, " + a.get(s)[0] + " without");
        }
        assertTrue(b.get(a.size() - 1)[0] > a.get(a.size() - 1)[0], "Russia rebuilds after the ceasefire");
    }

    private interface Probe {
        double[] read(World world);
    }

    private static final Probe FLANK = world -> {
        Flank f = world.part(Forces.class).flank();
        double[] r = new double[Flank.DAYS.length];
        for (int d = 0; d < r.length; d++) {
            r[d] = f.ratio(world, d);
        }
        return r;
    };

    /** Russia's weekly hazard against NATO's flank, and 1 once a war on the flank has started. */
    private static final Probe HAZARD = world -> {
        DecisionRecord record = world.part(DecisionRecord.class);
        int k = record.pairs().indexOf(org.indivisible.model.config.DecisionPair.STANDARD.get(RUSSIA_NATO));
        return new double[]{record.lastHazardPerWeek(k), record.startedStep(k) >= 0 ? 1 : 0};
    };

    private static final Probe RUSSIA = world -> {
        Forces f = world.part(Forces.class);
        int rus = world.config().actorIndex("RUS");
        return new double[]{f.power(world, Location.EUROPE.ordinal(), rus)};
    };

    /** What the probe reads after every step of one replication. */
    private static List<double[]> trace(Configuration config, int replication, Probe probe) {
        List<double[]> out = new ArrayList<>();
        Observer reader = new Observer() {
            @Override
            public void afterStep(World world) {
                out.add(probe.read(world));
            }

            @Override
            public void finish(World world, Outcome.Builder outcome) {
            }
        };
        WithObserver.run(config, SETTINGS, replication, reader);
        return out;
    }
}
