package org.indivisible.analysis.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.analysis.run.SummaryJson;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.engine.Model;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

class EnsembleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    static Configuration config(String treatment) {
        return EnsembleTestFixture.config(treatment);
    }

    static EnsembleSpec spec(int replications, long seed, int threads) {
        return new EnsembleSpec(List.of(new Cell("fixture", "P0", config("P0")), new Cell("fixture", "P1", config("P1"))),
                replications, seed, threads, true);
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalSummaries() throws Exception {
        byte[] one = SummaryJson.toBytes(Ensemble.standard().run(spec(150, 7, 1), ProgressListener.NONE));
        byte[] two = SummaryJson.toBytes(Ensemble.standard().run(spec(150, 7, 2), ProgressListener.NONE));
        byte[] again = SummaryJson.toBytes(Ensemble.standard().run(spec(150, 7, 2), ProgressListener.NONE));
        byte[] otherSeed = SummaryJson.toBytes(Ensemble.standard().run(spec(150, 8, 2), ProgressListener.NONE));
        assertArrayEquals(one, two);
        assertArrayEquals(two, again);
        assertFalse(java.util.Arrays.equals(one, otherSeed));
    }

    @Test
    void conflictProbabilityIsTheEventProbability() throws Exception {
        EnsembleSummary s = Ensemble.standard().run(spec(2000, 11, 2), ProgressListener.NONE);
        double p = s.cell("fixture", "P0").orElseThrow().metrics().get("p_conflict.nato_europe").mean();
        assertEquals(0.6, p, 4 * Math.sqrt(0.6 * 0.4 / 2000));
    }

    @Test
    void treatmentsShareRandomNumbers() throws Exception {
        // Common random numbers: P1 changes budgets, not when the war comes.
        EnsembleSummary s = Ensemble.standard().run(spec(100, 3, 2), ProgressListener.NONE);
        var p0 = s.cell("fixture", "P0").orElseThrow().metrics();
        var p1 = s.cell("fixture", "P1").orElseThrow().metrics();
        assertEquals(p0.get("conflict_start_week.nato_europe"), p1.get("conflict_start_week.nato_europe"));
        assertEquals(p0.get("war_weeks.nato_europe"), p1.get("war_weeks.nato_europe"));
        assertTrue(p1.get("policy_cost_usd").mean() > 0);
        assertEquals(0.0, p0.get("policy_cost_usd").mean());
    }

    @Test
    void progressCountsEveryReplication() throws Exception {
        List<Long> seen = new ArrayList<>();
        long[] total = new long[1];
        Ensemble.standard().run(spec(37, 1, 2), new ProgressListener() {
            @Override
            public void started(long totalReplications) {
                total[0] = totalReplications;
            }

            @Override
            public void advanced(long done) {
                seen.add(done);
            }
        });
        assertEquals(74, total[0]);
        assertEquals(74L, seen.get(seen.size() - 1));
    }

    @Test
    void failingReplicationIsNamed() {
        Engine failing = new Engine(c -> () -> {
            Model m = StandardModel.build(c);
            List<org.indivisible.model.engine.Process> ps = new ArrayList<>(m.processes());
            ps.add(new org.indivisible.model.engine.Process() {
                @Override
                public String name() {
                    return "nan";
                }

                @Override
                public void step(org.indivisible.model.engine.World w) {
                    if (w.replication() == 5) {
                        w.gdpUsdBillions()[0] = Double.NaN;
                    }
                }
            });
            return new Model(ps, m.observers(), m.invariants());
        });
        ReplicationFailure f = assertThrows(ReplicationFailure.class,
                () -> new Ensemble(failing).run(spec(10, 1, 2), ProgressListener.NONE));
        assertTrue(f.getMessage().contains("treatment P0, replication 5"), f.getMessage());
        assertTrue(f.getMessage().contains("DEU: GDP must be positive"), f.getMessage());
    }
}
