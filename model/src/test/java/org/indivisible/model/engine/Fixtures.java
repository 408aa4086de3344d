package org.indivisible.model.engine;

import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;

/** Small hand-built configurations whose results can be worked out on paper. */
final class Fixtures {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Fixtures() {
    }

    /** Two actors with flat GDP (1000 and 500 bn US$) spending 2% and 1%; one theater at peace. */
    static Configuration twoActors(List<ScheduledEvent> events, List<Policy> policies, int years) {
        return new Configuration("fixture", "P0", Horizon.ofYears(START, 7, years),
                List.of(new Actor("DEU", "Germany", 52.5, 13.4), new Actor("RUS", "Russia", 55.75, 37.6)),
                List.of(new Group("NATO_EUROPE", "NATO Europe", List.of(new Membership("DEU", LocalDate.of(1955, 1, 1), null)))),
                List.of(),
                List.of(new Theater("nato_europe", "NATO Europe", List.of("DEU", "RUS"), TheaterState.PEACE)),
                events,
                List.of(UncertainParameter.fixed(GdpBaselineNames.trend("DEU"), 0, "percent per year", "test", Status.ASSUMPTION),
                        UncertainParameter.fixed(GdpBaselineNames.trend("RUS"), 0, "percent per year", "test", Status.ASSUMPTION)),
                List.of(flatGdp("DEU", 1000), flatGdp("RUS", 500)),
                List.of(SpendingPath.flat("DEU", 2025, 2.0), SpendingPath.flat("RUS", 2025, 1.0)),
                policies);
    }

    static GdpPath flatGdp(String iso3, double usdBillions) {
        return new GdpPath(iso3, new TreeMap<>(Map.of(2025, usdBillions)));
    }

    static ScheduledEvent war(String id, LocalDate from, LocalDate to, double probability, Double weeks) {
        UncertainParameter duration = weeks == null ? null
                : new UncertainParameter(id + ".duration", weeks, new Distribution.Fixed(weeks), "weeks", "test",
                        Status.ASSUMPTION, "");
        return new ScheduledEvent(id, "nato_europe", TheaterState.WAR, "RUS", from, to, probability, duration,
                TheaterState.CEASEFIRE);
    }

    /** Parameter names used by the baseline, kept in one place for the fixtures. */
    static final class GdpBaselineNames {
        static String trend(String iso3) {
            return org.indivisible.model.economy.GdpBaseline.TREND_PARAMETER + iso3;
        }
    }
}
