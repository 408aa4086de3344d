package org.indivisible.model.industry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;

/**
 * Small configurations for the munitions tests: six actors with flat GDP and spending (DEU 4000
 * and 2%, KOR 1800 and 2.5%, PRK 27.5 and 20%, RUS 2000 and 6%, UKR 180 and 30%, USA 28000 and 3%,
 * US$ bn), NATO = {DEU, USA}, ALIGNED = {PRK, RUS}, and two theaters: Ukraine (RUS, UKR; its
 * state given) and Korea (PRK, KOR, USA; at peace). Parameters are given by the test.
 */
final class IndustryFixtures {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate LONG_AGO = LocalDate.of(1949, 1, 1);

    private IndustryFixtures() {
    }

    static Configuration config(Map<String, Double> munitions, List<Policy> policies, TheaterState ukraine, int years) {
        return config(munitions, policies, ukraine, List.of(), Horizon.ofYears(START, 7, years));
    }

    static Configuration config(Map<String, Double> munitions, List<Policy> policies, TheaterState ukraine,
                                List<ScheduledEvent> events, Horizon horizon) {
        List<String> codes = List.of("DEU", "KOR", "PRK", "RUS", "UKR", "USA");
        double[] gdp = {4000, 1800, 27.5, 2000, 180, 28000};
        double[] pct = {2, 2.5, 20, 6, 30, 3};
        List<Actor> actors = new ArrayList<>();
        List<GdpPath> gdpPaths = new ArrayList<>();
        List<SpendingPath> spending = new ArrayList<>();
        List<UncertainParameter> parameters = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            actors.add(new Actor(codes.get(i), codes.get(i), 0, 0));
            gdpPaths.add(new GdpPath(codes.get(i), new TreeMap<>(Map.of(2025, gdp[i]))));
            spending.add(SpendingPath.flat(codes.get(i), 2025, pct[i]));
            parameters.add(UncertainParameter.fixed(GdpBaseline.TREND_PARAMETER + codes.get(i), 0, "percent per year",
                    "test", Status.ASSUMPTION));
        }
        munitions.forEach((id, v) -> parameters.add(UncertainParameter.fixed(id, v, "", "test", Status.ASSUMPTION)));
        return new Configuration("industry-fixture", "P0", horizon, actors,
                List.of(group("NATO", "DEU", "USA"), group("NATO_EUROPE", "DEU"), group("ALIGNED", "PRK", "RUS")),
                List.of(),
                List.of(new Theater("korea", "Korea", List.of("KOR", "PRK", "USA"), TheaterState.PEACE),
                        new Theater("ukraine", "Ukraine", List.of("RUS", "UKR"), ukraine)),
                events, parameters, gdpPaths, spending, policies);
    }

    /** The same configuration with China added (flat GDP 18,000 US$ bn, 1.7%), for input-supplier tests. */
    static Configuration configWithChina(Configuration c) {
        List<Actor> actors = new ArrayList<>(c.actors());
        actors.add(new Actor("CHN", "CHN", 0, 0));
        List<GdpPath> gdp = new ArrayList<>(c.gdp());
        gdp.add(new GdpPath("CHN", new TreeMap<>(Map.of(2025, 18000.0))));
        List<SpendingPath> spending = new ArrayList<>(c.spending());
        spending.add(SpendingPath.flat("CHN", 2025, 1.7));
        List<UncertainParameter> ps = new ArrayList<>(c.parameters());
        ps.add(UncertainParameter.fixed(GdpBaseline.TREND_PARAMETER + "CHN", 0, "percent per year", "test",
                Status.ASSUMPTION));
        actors.sort(java.util.Comparator.comparing(Actor::iso3));
        gdp.sort(java.util.Comparator.comparing(GdpPath::iso3));
        spending.sort(java.util.Comparator.comparing(SpendingPath::iso3));
        return new Configuration(c.scenarioId(), c.treatmentId(), c.horizon(), actors, c.groups(), c.treaties(),
                c.theaters(), c.events(), ps, gdp, spending, c.policies());
    }

    static Group group(String id, String... members) {
        List<Membership> list = new ArrayList<>();
        for (String m : members) {
            list.add(new Membership(m, LONG_AGO, null));
        }
        return new Group(id, id, list);
    }

    /**
     * RUS makes 152 mm shells at {@code capacity} rounds a year; {@code importShare} of its inputs
     * is imported and export controls deny {@code cut} of those; then the test's own id-value pairs.
     */
    static Map<String, Double> russiaUnderExportControls(double capacity, double importShare, double cut,
                                                         Object... idValue) {
        Map<String, Double> map = params(idValue);
        map.put(MunitionParameters.capacityRoundsPerYear("shell152", "RUS"), capacity);
        map.put(MunitionParameters.importShare("shell152", "RUS"), importShare);
        map.put(MunitionParameters.exportControlCut("RUS"), cut);
        return map;
    }

    static Map<String, Double> params(Object... idValue) {
        Map<String, Double> map = new TreeMap<>();
        for (int i = 0; i < idValue.length; i += 2) {
            map.put((String) idValue[i], ((Number) idValue[i + 1]).doubleValue());
        }
        return map;
    }
}
