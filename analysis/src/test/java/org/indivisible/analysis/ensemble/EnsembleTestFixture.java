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

/** The two-actor configuration ensemble tests share. */
public final class EnsembleTestFixture {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private EnsembleTestFixture() {
    }

    /** Two actors with uncertain growth and an uncertain war; P1 or not. */
    public static Configuration config(String treatment) {
        var events = List.of(new ScheduledEvent("attack", "nato_europe", TheaterState.WAR, "RUS", START.plusMonths(6),
                START.plusYears(3), 0.6, new UncertainParameter("d", 20, new Distribution.Uniform(4, 60), "weeks", "t",
                        Status.ASSUMPTION, ""), TheaterState.CEASEFIRE));
        var params = List.of(
                new UncertainParameter("economy.trendGrowthPct.DEU", 1, new Distribution.Uniform(-1, 3), "%", "t", Status.ASSUMPTION, ""),
                new UncertainParameter("economy.trendGrowthPct.RUS", 1, new Distribution.Uniform(-2, 4), "%", "t", Status.ASSUMPTION, ""));
        var policies = treatment.equals("P1")
                ? List.<org.indivisible.model.policy.Policy>of(new PrepareForReducedUsPresence("NATO_EUROPE", new TreeMap<>(Map.of(2026, 2.0, 2030, 3.5))))
                : List.<org.indivisible.model.policy.Policy>of();
        return new Configuration("fixture", treatment, Horizon.ofYears(START, 7, 6),
                List.of(new Actor("DEU", "Germany", 52.5, 13.4), new Actor("RUS", "Russia", 55.75, 37.6)),
                List.of(new Group("NATO_EUROPE", "NATO Europe", List.of(new Membership("DEU", LocalDate.of(1955, 1, 1), null)))),
                List.of(), List.of(new Theater("nato_europe", "NATO Europe", List.of("DEU", "RUS"), TheaterState.PEACE)),
                events, params,
                List.of(new GdpPath("DEU", new TreeMap<>(Map.of(2025, 4600.0, 2026, 4700.0))),
                        new GdpPath("RUS", new TreeMap<>(Map.of(2025, 2100.0, 2026, 2150.0)))),
                List.of(SpendingPath.flat("DEU", 2024, 1.9), SpendingPath.flat("RUS", 2024, 7.1)), policies);
    }

}
